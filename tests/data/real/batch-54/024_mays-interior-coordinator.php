<?php get_header(); ?>
<link rel="stylesheet" href="/css/recruit.css">

<div class="page-header" style="background-image: url(/images/gallery/header.jpg)">
  <h1><i>RECRUIT</i><strong>採用</strong></h1>
</div><!-- .page-header -->

<div id="recruit">
  <section class="recruit-header">
    <h3 class="title">
      個性溢れるブランド小企業で<br>
      共に会社を創り上げる仲間を探しています
    </h3>
    <p class="text">
      少数精鋭の「個性溢れるキラッと光るブランド小企業」を目指し、メイズと共に成長していく仲間を探しています。<br>
      メイズでは、これまでICT環境整備や社内業務のDX化に取り組み、テレワーク勤務制度・フレックスタイム制勤務など人事制度の拡充により、個々の社員が自身で選んだ働き方により、社員一人一人が責任とやりがいを持って会社に貢献できる環境を創り上げてきました。また、制度やインフラのみならず、社内横断的なプロジェクトや日々の業務における部門間・チーム間の連携を通して、それぞれの社員が持つ個性を尊重しつつも、チームワークを重視し自由闊達に働く会社を目指しています。 
    </p>
  </section>
  <section class="recruit-detail">
    <div class="recruit-detail__content">
      <h3 class="title">募集中職種</h3>
      <div class="recruit-detail__tab">
        <div class="recruit-detail__tab--ctrl">
            <button data-index="0" class="btn1 active">インテリアコーディネーター </button>
            <button data-index="1" class="btn2">営業 </button>
        </div>
        <div class="recruit-detail__tab--content">
          <div class="tab-content active" id="tab1">
            <table class="recruit-table">
              <thead>
                <tr>
                  <td>職務</td>
                  <td>インテリアコーディネーター</td>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td>職務内容</td>
                  <td>家具・インテリアのコーディネートサービスを行う当社のインテリアコーディネーターとして、外国人・日本人顧客を対象としたリース・販売用のインテリアコーディネートをお任せします。大使館職員や外資系企業役員・上級社員などの外国人及び日本人のお客様の ご要望にあった家具・カーテン・照明・家電等のリース・販売をワンストップで提供。100社以上の取引先からご提案していきます。</td>
                </tr>
                <tr>
                  <td>雇用形態</td>
                  <td>正社員（試用期間６ヶ月）</td>
                </tr>
                <tr>
                  <td>応募資格</td>
                  <td>
                    <ul class="square">
                      <li>必要業務経験：以下いずれかに該当する方
                        <ul class="disc">
                          <li>インテリアコーディネーターのご経験をお持ちの方</li>
                          <li>インテリアメーカーでの就業経験</li>
                          <li>家具セレクトショップ等での販売経験をお持ちの方</li>
                        </ul>
                      </li>
                      <li>歓迎条件：
                        <ul class="disc">
                          <li>インテリアコーディネーターの資格をお持ちの方</li>
                          <li>日常会話以上の英会話ができる方</li>
                        </ul>
                      </li>
                    </ul>
                  </td>
                </tr>
                <tr>
                  <td>雇用条件等</td>
                  <td>
                    <ul class="square">
                      <li>勤務地<p>東京都港区虎ノ門3-2-2 虎ノ門30森ビル1F</p></li>
                      <li>勤務時間<p>9:10〜17:30</p></li>
                      <li>給与<p>スキル・経験等を考慮し決定</p></li>
                      <li>昇給<p>年１回</p></li>
                      <li>賞与<p>年２回（夏季、冬季）</p></li>
                      <li>手当<p>通勤手当、時間外勤務手当、テレワーク手当　他</p></li>
                      <li>各種保険<p>通勤手当、健康保険、厚生年金保険、雇用保険、労災保険、退職金制度</p></li>
                      <li>休日／休暇<p>年間休日120日、週休２日、年次有給休暇、年末年始休日、慶弔休暇</p></li>
                      <li>働き方<p>テレワーク勤務制度、フレックスタイム制度</p></li>
                    </ul>
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      </div>
      <div class="btn-wrapper">
        <a href="/???/" class="button">応募フォームへ</a>
      </div>
    </div>
  </section>

</div>

<script>
  $('.btn1').click(function(){
    $(this).addClass('active');
    $('.btn2').removeClass('active');
    $('#tab1').addClass('active');
    $('#tab2').removeClass('active');
  })
  $('.btn2').click(function(){
    $(this).addClass('active');
    $('.btn1').removeClass('active');
    $('#tab1').removeClass('active');
    $('#tab2').addClass('active');
  })
</script>

<?php get_footer(); ?>