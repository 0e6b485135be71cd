<section class="job-data">
    <div class="job-data__main">
        <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/7amtHM/b-g7BC/Kljwr6/P4EROC/AMs/shop_album.jpg?1460948158">

        <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/LtuQ1n/kVCdER/IK1mrM/A96yNB/cyQ/shop_album.jpg?1460948167" class="f_right">


  <section class="area_visionary">
    <h2 class="mb_15">この企業の夢・想い</h2>
    <h2 class="mt_30">この企業のこだわり/自慢</h2>
    <div class="ouen">
      <div class="row row-mg">
        <div class="cols_8">
          この求人をfacebookでシェアすることで、あなたの友達から友達へと、この店舗のことを知ってもらうことができます。この店舗独自の個性や想いに共感した方は、クリックして応援しましょう！
        </div>
        <div class="cols_4">
          <a onclick="ga('send', 'event', 'Share', 'エステ/セラピスト/アロマ/マッサージ', 'B4745048');" href="https://www.facebook.com/sharer/sharer.php?u=https://relax-job.com/job/B4745048" target="_blank" class="btn btn--facebook w-block">
            <i class="icon-facebook-squared txt_size_18"></i>想いを応援する
            <span class="txt_size_10 d_block">※facebook上でシェア</span>
          </a>
        </div>
      </div>
    </div>
  </section>


      <section>
        <table class="table table-set--jobdata">
          <colgroup>
            <col style="width: 140px;">
          </colgroup>
          <tbody>
              <tr>
                <th>業種</th>
                <td>
                  <ul class="ul-inline ul-inline--cut-pt2">
                    <li>

                          <a href="/esthe">
                            エステ
                          </a>
                          <a href="/therapist">
                            セラピスト
                          </a>
                          <a href="/aroma">
                            アロマ
                          </a>
                          <a href="/massage">
                            マッサージ
                          </a>
                    </li>
                  </ul>
                </td>
              </tr>
              <tr>
                 <th>注目ポイント</th>
                 <td>
                   <ul class="ul-inline ul-inline--mb_5-3">
                       <a href="/esthe/feature/pr/recruiting-hurriedly">
                         <li class="label label--pt6">
                           急募
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/bonus">
                         <li class="label label--pt6">
                           ボーナス・賞与あり
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/incentive">
                         <li class="label label--pt6">
                           インセンティブあり
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/norm-none">
                         <li class="label label--pt6">
                           ノルマなし
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/transportation-provision">
                         <li class="label label--pt6">
                           交通費支給
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/training-system">
                         <li class="label label--pt6">
                           研修制度あり
                         </li>
                       </a>
                       <a href="/esthe/feature/welfare/uniform">
                         <li class="label label--pt6">
                           制服あり
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/3times-a-week">
                         <li class="label label--pt6">
                           週3回
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/4times-a-week">
                         <li class="label label--pt6">
                           週4回
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/5times-a-week">
                         <li class="label label--pt6">
                           週5回
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/6times-a-week">
                         <li class="label label--pt6">
                           週6回
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/shift">
                         <li class="label label--pt6">
                           シフト制
                         </li>
                       </a>
                       <a href="/esthe/feature/workhour/five-day-work-week">
                         <li class="label label--pt6">
                           完全週休2日
                         </li>
                       </a>
                       <a href="/esthe/feature/experience/inexperienced">
                         <li class="label label--pt6">
                           未経験歓迎
                         </li>
                       </a>
                       <a href="/esthe/feature/experience/experienced">
                         <li class="label label--pt6">
                           経験者歓迎
                         </li>
                       </a>
                       <a href="/esthe/feature/experience/new-graduate">
                         <li class="label label--pt6">
                           新卒歓迎
                         </li>
                       </a>
                       <a href="/esthe/feature/experience/experienced-manager">
                         <li class="label label--pt6">
                           店長経験あり
                         </li>
                       </a>
                   </ul>
                 </td>
              </tr>
              <tr>
                <th>施設形態</th>
                <td>

                  小顔矯正・美容整体サロン
                </td>
              </tr>
              <tr>
                <th>募集職種</th>
                <td>
                  エステティシャン<br>
                      <a href="/esthe/feature/occupation/manager">
                        店長
                      </a>
                      <a href="/esthe/feature/occupation/healer">
                        施術者
                      </a>
                </td>
              </tr>
              <tr>
                <th>給与</th>
                <td>
                      【正社員】 月給 180,000円以上<br> ※◆店長
<br>　　月給:250,000円〜
<br>
<br>◆エステティシャン
<br>　　経験者:月給20万円〜
<br>　　未経験者:月給18万円〜
<br>　　*研修期間(6ヶ月) 月給18万円〜(経験に応じます)<br><br><br><br>
                      【アルバイト・パート】 時給 900円〜1,200円<br> ※◆エステティシャン
<br>　　時給:900円〜1,200円(経験に応じる)<br><br><br><br>

                </td>
              </tr>
              <tr>
                <th>勤務地</th>
                <td>
                  【株式会社ホスピタリエ　TOPページ】<br><br>■詳しくは各店舗リンクよりご確認ください■
<br>
<br>【<a href="/job/1018441/">上尾店</a>】
<br>【<a href="/job/1010227/">蓮田店</a>】
<br>【<a href="/job/B2832509/">春日部駅前店</a>】
                </td>
              </tr>


              <tr>
                <td colspan="2">
                  <div class="row row-mg mt_10 mb_10">
                      <div class="cols_6">
                        <div class="js_bookmark_area">
                            <a href="javascript:void(0)" class="btn w-block book_mark_button" data-bookmark-status="1"><i class="icon-attach"></i>キープする</a>
                        </div>
                      </div>
                      <div class="cols_6"><a href="/entry/B4745048" class="btn w-block btn--pt3" rel="nofollow"> WEB応募する </a></div>
                  </div>
                </td>
              </tr>
              <tr>
                <th>雇用形態</th>
                <td>
                    【<a href="/esthe/feature/employment/regular-member">
                      正社員
                    </a>】
                    【<a href="/esthe/feature/employment/arbeit">
                      アルバイト
                    </a>】
                </td>
              </tr>
              <tr>
                <th>勤務日数</th>
                <td>
                  9:00〜21:00
                  <br><br>
                  週3回 / 週4回 / 週5回 / 週6回 / シフト制 / 完全週休2日
                </td>
              </tr>
              <tr>
                <th>仕事内容</th>
                <td>1痩身(最新機械を使用)
<br>2小顔矯正
<br>3フェイシャル
<br>4アロママッサージなど
                  <ul class="ul-inline ul-inline--cut-pt2">
                      <li>
                        <a href="/esthe/feature/job_content/facial">
                          フェイシャル
                        </a>
                      </li>
                      <li>
                        <a href="/esthe/feature/job_content/soshin">
                          痩身エステ
                        </a>
                      </li>
                  </ul>
                </td>
              </tr>
              <tr>
                <th>必要経験</th>
                <td>未経験歓迎／経験者歓迎／新卒歓迎／店長経験あり</td>
              </tr>
              <tr>
                <th>応募資格</th>
                <td>◆資格の有無は不問
<br>◆実務経験者優遇します!
<br>◆新卒(大学・短大)も歓迎
<br>◆土曜・日曜出勤できる方優遇します!
<br>◆未経験者も大歓迎☆
<br>◆週3日〜歓迎(出勤日数・時間応相談)
                </td>
              </tr>
              <tr>
                <th>福利厚生</th>
                <td>◎交通費支給(20,000円/月迄)
<br>◎自転車の支給有り
<br>◎労災・雇用保険完備
<br>◎制服貸与有
<br>◎研修制度有
<br>◎勉強会・技術指導
<br>◎歩合給有
<br>◎各種休暇有(GWは暦通り・夏季・年末年始休暇)

                  <ul class="ul-inline ul-inline--cut-pt2">
                    <li>
                      <a href="/esthe/feature/welfare/bonus">
                        ボーナス・賞与あり
                      </a>
                    </li>
                    <li>
                      <a href="/esthe/feature/welfare/incentive">
                        インセンティブあり
                      </a>
                    </li>
                    <li>
                      <a href="/esthe/feature/welfare/norm-none">
                        ノルマなし
                      </a>
                    </li>
                    <li>
                      <a href="/esthe/feature/welfare/transportation-provision">
                        交通費支給
                      </a>
                    </li>
                    <li>
                      <a href="/esthe/feature/welfare/training-system">
                        研修制度あり
                      </a>
                    </li>
                    <li>
                      <a href="/esthe/feature/welfare/uniform">
                        制服あり
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
              <tr>
                <th>休日</th>
                <td>◎週休2日　祝日休み
<br>◎GWは暦通り
<br>◎夏季・年末年始休暇</td>
              </tr>
              <tr>
                <th>求める人材像</th>
                <td>○土曜、日曜(日曜要相談)勤務できる方歓迎♪
<br>○向上心ややる気のある方歓迎♪
<br>○店長になりたい方♪
<br>○明るく元気な方歓迎♪
<br>○人と話すのが好きな方歓迎♪
<br>○美容業界での職務経験がある方!!
<br>○業界を問わず、店長やリーダー経験のある方!!
<br>○今よりも役職・年収UPして自己成長したい方!!</td>
              </tr>
              <tr>
                <th>PR</th>
                <td>メディアで話題の痩身サロンが春日部にグランドオープン！！オープニングスタッフ大募集！
<br>地域で口コミNO.1エステサロン♪未経験者大歓迎♪♪土日休み希望も大丈夫！！スタッフ同士のお食事会など、嬉しいイベントも！！★
<br>
<br>◇ :+・*・+:+・*・+: ◇ :+・*・+:+・*・+: ◇ :+・*・+:+・*・+: ◇
<br>　　　　　　　エステティシャン　大募集!!
<br>
<br>「人に喜んでもらうことが好き」「美容を通じて人の役に立ちたい!」　　　
<br>　　　エステティックを通して「自分成長したな」と実感できるサロンです☆彡
<br>未経験の方、大歓迎です!お客様を幸せにできるサロンを一緒に作りませんか!
<br>◇ :+・*・+:+・*・+: ◇ :+・*・+:+・*・+: ◇ :+・*・+:+・*・+: ◇
<br>
<br>◆オープニングスタッフ大募集!
<br>現在、店舗展開しているサロンは「オンブラージュ」というエステサロン。
<br>
<br>当サロンのモットーは「楽しく仕事をする」こと♪
<br>技術研修、定期的パーティなども行っており、とにかくスタッフが楽しめる環境を目指しています!
<br>
<br>業界の経験がない人でも、一人前のエステティシャンになるまでしっかり研修します。
<br>また、キャリアアップ研修も一人一人に合わせて進めらるので、あなたの「なりたいエステティシャン」を目指せます!
<br>
<br>
<br>売上げを上げなければ…お客様に結果を出さなければ…
<br>色々なプレッシャーにより、一度はエステティシャンという仕事から
<br>遠ざかってしまうことはよくあります。
<br>
<br>しかし、エステティシャンは本当にやりがいがあり、
<br>大好きになれる仕事です!
<br>
<br>「エステが大好き!」「エステってやっぱり楽しい!」
<br>もう一度そう思える環境で働きませんか?
<br>
<br>今回はエステ事業拡大に際し、エステティシャンを大・大・大募集です!!
<br>他店で、厳しい売上げノルマや決まりきったやり方に疲れ、
<br>リタイアしたスタッフも当サロンで多く活躍していますよ。
<br>
<br>
<br>【働くスタッフを幸せに】
<br>
<br>私たちは働くスタッフが幸せでないと、
<br>お客様を幸せにすることができないと考えています。
<br>
<br>スタッフが笑顔で働き、お客様も笑顔になる。
<br>「笑顔が溢れる」そんなエステサロンを展開していきます。
<br>
<br>「幸せの連鎖を生み出す」エステサロンで一緒に働きませんか?
<br>
<br>アルバイト・パートも歓迎です◎あなたらしく活躍してください!
<br>ご応募をお待ちしております♪</td>
              </tr>
              <tr>
                <th>応募と今後の流れ</th>
                <td>●リジョブの応募フォームよりご応募
<br>↓
<br>●面接可否を、電話もしくはメールにてお知らせ致します。
<br>*ドメイン指定受信の解除を予めして下さい。
<br>↓
<br>●担当者と面接
<br>↓
<br>●採用決定
<br>↓
<br>◎入社
<br>
<br>*採用方法が変更となる場合もございますので、ご了承ください。</td>
              </tr>
              <tr>
                <td colspan="2">
                  <div class="row row-mg mt_10 mb_10">
                      <div class="cols_6">
                        <div class="js_bookmark_area">
                            <a href="javascript:void(0)" class="btn w-block book_mark_button" data-bookmark-status="1"><i class="icon-attach"></i>キープする</a>
                        </div>
                      </div>
                      <div class="cols_6"><a href="/entry/B4745048" class="btn w-block btn--pt3" rel="nofollow"> WEB応募する </a></div>
                  </div>
                </td>
              </tr>
          </tbody>
        </table>
      </section>

      <section>
        <h2 class="heading2-pt4">会社情報</h2>
        <table class="table table-set--jobdata">
          <colgroup>
            <col style="width: 140px;">
          </colgroup>
          <tbody>
          <tr>
            <th>会社名</th>
            <td>株式会社ホスピタリエ</td>
          </tr>
          </tbody>
        </table>
          <div class="row row-mg mt_20 mb_5">
            <div class="cols_4"><span class="txt_size_22"><span class="icon-phone rj_typo_color-g"></span> 0120-954-077</span></div>
            <div class="cols_8"><span class="txt_size_10">平日 10:00〜18:00　※土日祝日休み<br>求人番号：B4745048<br>お問い合わせの際求人番号をお控え下さい</span></div>
          </div>
          <div class="row row-mg mb_10">
              <div class="cols_6">
                <div class="js_bookmark_area">
                    <a href="javascript:void(0)" class="btn w-block book_mark_button" data-bookmark-status="1"><i class="icon-attach"></i>キープする</a>
                </div>
              </div>
              <div class="cols_6"><a href="/entry/B4745048" class="btn w-block btn--pt3"> WEB応募する </a></div>
          </div>
      </section>
    </div><!-- job-data__main -->

      <script type="application/ld+json">
        {"@context":"http://schema.org","@type":"JobPosting","datePosted":"2016年05月30日","description":"株式会社ホスピタリエ　TOPページの【蓮田・上尾・春日部でエステティシャン緊急急募！！】【☆★店舗拡大の為スタッフ大募集!☆★】【嬉しい賞与あり・福利厚生も充実♪】の求人情報！株式会社ホスピタリエ　TOPページの求人を探しているなら、業界専門サイトの求人サイトリジョブ","jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"-","addressRegion":"-"}},"occupationalCategory":"31-9011.00 Massage Therapists","qualifications":"○土曜、日曜(日曜要相談)勤務できる方歓迎♪ \r\n○向上心ややる気のある方歓迎♪ \r\n○店長になりたい方♪ \r\n○明るく元気な方歓迎♪ \r\n○人と話すのが好きな方歓迎♪ \r\n○美容業界での職務経験がある方!! \r\n○業界を問わず、店長やリーダー経験のある方!! \r\n○今よりも役職・年収UPして自己成長したい方!!","salaryCurrency":"JPY","title":"【蓮田・上尾・春日部でエステティシャン緊急急募！！】【☆★店舗拡大の為スタッフ大募集!☆★】【嬉しい賞与あり・福利厚生も充実♪】","name":"株式会社ホスピタリエ　TOPページの求人｜リジョブ","baseSalary":{"@type":"PriceSpecification","minPrice":180000,"priceCurrency":"JPY"},"employmentType":"正社員","image":"https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/Nxga0V/nCqyBm/LEdr4t/RYp6W5/wrk/thumb.jpg?1460948239","industry":"エステ、セラピスト、アロマ、マッサージ","jobBenefits":"正社員、急募、ボーナス・賞与あり、インセンティブあり、ノルマなし、交通費支給、研修制度あり、制服あり、週3回、週4回、週5回、週6回、シフト制、完全週休2日、未経験歓迎、経験者歓迎、新卒歓迎、店長経験あり、店長、施術者、フェイシャル、痩身エステ、アルバイト"}
      </script>

    <div class="job-data__side" style="height: 4253px;">

<div class="job-data__side__top">
  <div>
    <ul class="ul-inline ul-inline--lr1 f_left">
          <li class="label__employment">正</li>
          <li class="label__employment">ア</li>
    </ul>
    <span class="label__oiwai label__oiwai--5000 ml_3 f_left"></span>
  </div>
  <table class="table table-set--pt4 txt_size_12 table--thd-pt2">
    <colgroup>
      <col style="width: 60px;">
    </colgroup>
    <tbody>
    <tr>
      <th>募集職種</th>
      <td>
            エステティシャン
            <!--TODO: 書き方いい方法あれば後で変更-->
              ／
            セラピスト
            <!--TODO: 書き方いい方法あれば後で変更-->
              ／
            アロマ
            <!--TODO: 書き方いい方法あれば後で変更-->
              ／
            マッサージ
            <!--TODO: 書き方いい方法あれば後で変更-->
      </td>
    </tr>
    <tr>
      <th>給与</th>
      <td>
            【正社員】<br>月給 180,000円以上<br>
            【アルバイト・パート】<br>時給 900円〜1,200円<br>
          ...
      </td>
    </tr>
    <tr>
      <th>勤務地</th>
      <td>
        関東各地
      </td>
    </tr>
    </tbody>
  </table>
</div>

  <div class="job-data__side__fix-area">
    <table class="table table-set--pt4 txt_size_12 table--thd-pt2">
      <colgroup>
        <col style="width: 60px;">
      </colgroup>
      <tbody>
        <tr>
          <th>
            電話番号<br>
            <span class="icon-phone txt_size_26 rj_typo_color-g ml_10"></span>
          </th>
          <td>
            <span class="txt_size_22 rj_typo_color-c">0120-954-077</span><br>
            <span class="txt_size_10">平日 10:00〜18:00　※土日祝日休み<br>求人番号：<strong>B4745048</strong><br>お問い合わせの際求人番号をお控え下さい</span>
          </td>
        </tr>
      </tbody>
    </table>
    <div class="js_fixed_bar js_bookmark_area">
          <a href="javascript:void(0)" class="btn btn--small w-block mb_5 book_mark_button" data-bookmark-status="1"><i class="icon-attach"></i>キープする</a>
        <a href="/entry/B4745048" class="btn btn--pt3 btn--entry01 btn--kantan w-block" rel="nofollow"> WEB応募する </a>
    </div>
  </div>

<div class="job-data__side__photo" style="margin-top: 0px;">
      <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/7amtHM/b-g7BC/Kljwr6/P4EROC/AMs/minimum.jpg?1460948158" alt="店舗詳細画像0">
      <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/LtuQ1n/kVCdER/IK1mrM/A96yNB/cyQ/minimum.jpg?1460948167" alt="店舗詳細画像1">
      <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/WQt1lm/cKPD43/RwnJRQ/FPq85n/y7g/minimum.jpg?1460948177" alt="店舗詳細画像2">
      <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/0wn7jT/AbuJUU/mXr2v5/m0jxC9/G2o/minimum.jpg?1460948186" alt="店舗詳細画像3">
      <img src="https://s3-ap-northeast-1.amazonaws.com/rejob-v2-images-production/files/client_shop_image/HiGcpW/6EvYyU/A6gRB9/y8zNd_/cJE/minimum.jpg?1460948197" alt="店舗詳細画像4">
</div>

<div id="js-scout-assent-modal" class="popDiv_id" style="display: none; position: fixed; opacity: 1; z-index: 11000; left: 50%; margin-left: -420px; top: 50px;">
  <a href="#" class="modal_close js-no-scroll"></a>
  <div id="js-scout-assent-modal-inner">
  </div>
</div>


        <div class="job-data__side__ouen">
    <h3 class="heading2-pt3">この店舗の想いに共感したら<br>シェアして応援！</h3>
    <p class="mb_10">この求人をfacebookでシェアすることで、あなたの友達から友達へと、この店舗のことを知ってもらうことができます。この店舗独自の個性や想いに共感した方は、ぜひ下のボタンをクリックして応援しましょう！</p>
    <a onclick="ga('send', 'event', 'Share', 'エステ/セラピスト/アロマ/マッサージ', 'B4745048');" href="https://www.facebook.com/sharer/sharer.php?u=https://relax-job.com/job/B4745048" target="_blank" class="btn btn--facebook w-block">
      <i class="icon-facebook-squared txt_size_18"></i>想いを応援する
      <span class="txt_size_10 d_block">※facebook上でシェア</span>
    </a>
  </div>

    </div>
  </section>
