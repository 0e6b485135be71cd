<?php
/**
 * Template Name:採用情報
 */

get_header(); ?>

<div id="recuruit" class="contents">
  <div class="c-page-mv">
    <h1 class="c-page-mv__ttl">RECRUIT<span>採用情報</span></h1>
  </div>

  <div class="recuruit-intro">
    <div class="l-container">
      <p class="recuruit-intro__ttl">植杉造園では<br class="sp">「作業員」を募集しています！</p>
      <p class="recuruit-intro__txt">健康な身体で楽しい人生を過ごしましょう！<br>
      草刈り作業でおなか周りをシェイプアップ。芝刈り作業で足の筋肉アップ。雪囲いで肩の筋力アップ。<br>
      造園の仕事で健康な身体を維持しましょう。<br>
      未経験でも大丈夫です。<br>
      植物が好き、緑が好き、何かをつくる事が好きな方。<br>
      まずはお気軽にお電話、もしくはメールフォームよりご応募下さい。</p>
    </div>
  </div>

  <div class="recuruit-desc">
    <div class="l-container">
      <section class="l-sec">
        <h2 class="l-sec-ttl">JOB DESCRIPTION<span>募集要項</span></h2>
        <div class="c-lines">
          <dl>
            <dt>職種</dt>
            <dd>作業員</dd>
          </dl>
          <dl>
            <dt>仕事の内容</dt>
            <dd>草刈り・芝刈り・雪囲い</dd>
          </dl>
          <dl>
            <dt>資格</dt>
            <dd>普通自動車免許</dd>
          </dl>
          <dl>
            <dt>就業時間</dt>
            <dd>７時45分〜17時15分（４月から9月）<br>７時45分〜16時45分（10月から３月）</dd>
          </dl>
          <dl>
            <dt>日当</dt>
            <dd>7,500円～</dd>
          </dl>
          <dl>
            <dt>休日</dt>
            <dd>会社カレンダーによる</dd>
          </dl>
          <dl>
            <dt>応募方法</dt>
            <dd>件名に希望職種を明記のうえ、履歴書および職務経歴書を下記メールアドレスへお送りください。書類選考を行い、1週間～10日程度でご連絡いたします。
              <span class="msg">＊お預かりした個人情報は採用の目的にのみ利用し、それ以外の目的には利用しません。また、履歴書等の個人情報につきましては、採用可否の選考後、速やかに処分または削除いたします。返却及びお問い合わせには応じかねますので、ご了承ください。</span>
            </dd>
          </dl>
        </div>

        <div class="c-btn -arrow">
          <a href="mailto:info@uesugi-zoen.co.jp">メールで応募する</a>
        </div>
      </section>
    </div>
  </div>

</div><!-- /#recruit -->


<?php get_footer(); ?>