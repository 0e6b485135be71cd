<?php
/**
 * Template Name: 採用情報
 */

get_header();
?>

<div id="page_recruit">
  <div class="columnSeparate">
    <!-- .sideContents -->
    <div class="sideContents"></div>
    <!-- /.sideContents -->

    <!-- .mainContents -->
    <div class="mainContents">
      <!-- #pageTtl -->
      <section id="pageTtl">
        <div class="top">
          <div class="m_box_fixed -under">
            <h1>
              <span class="en">recruit</span>
              採用情報
            </h1>
          </div>
        </div>
      </section>
      <!-- /#pageTtl -->

      <!-- #guidelines -->
      <section id="guidelines">
        <div class="m_box_fixed -under">
          <p class="lead">
            あいちハートクリニックでは、一緒働いてくださるスタッフを募集しております。<br>
            ご興味のある方は下記エントリーフォームもしくはお電話にてお問い合わせください。
          </p>

          <h2 class="m_txt_ttl">
            <span class="en">application guidelines</span>
            <em class="ja">募集要項</em>
          </h2>

          <dl>
            <dt>募集職種</dt>
            <dd>
              <ul class="m_list_dot">
                <li>看護師：非常勤2名</li>
              </ul>
            </dd>
          </dl>

          <dl>
            <dt>勤務地</dt>
            <dd>名古屋市天白区古川町158番地　<br class="pc-hide">野並メディカルステーション内（クリニック）</dd>
          </dl>

          <dl>
            <dt>各種保険・待遇</dt>
            <dd>
              <ul class="m_list_dot">
                <li>社会保険・雇用保険</li>
                <li>有給入職半年後より10日付与</li>
                <li>年間休日124日＋有給</li>
                <li>交通費負担</li>
                <li>住宅手当あり（賃貸の場合）</li>
              </ul>
            </dd>
          </dl>

          <div class="entry">
            <p class="txt">
              下記エントリーフォームもしくは<br class="pc-hide">お電話にてお問い合わせください。<br>
              あいちハートクリニック知立院にて<br class="pc-hide">面接や採用後の研修を実施いたします。<br>
              <br>
              あいちハートクリニック知立院<br>
              〒472-0054 愛知県知立市東上重原6-70
            </p>

            <div class="row">
              <div>
                <p class="form m_btn_cta -gray">
                  <a href="/entry/">
                    エントリーフォームはこちら
                    <i></i>
                  </a>
                </p>
              </div>

              <div>
                <p class="tel">
                  <a href="tel:080-8097-9020">
                    <span class="num">080-8097-9020</span>
                    <span class="charge">採用担当：山口</span>
                  </a>
                </p>
              </div>
            </div>
          </div>
        </div>
      </section>
      <!-- /#guidelines -->
    </div>
    <!-- /.mainContents -->
  </div>
</div>

<?php get_footer(); ?>
