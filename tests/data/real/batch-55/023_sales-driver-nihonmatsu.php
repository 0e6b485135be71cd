<?php
/*
Template Name: recruit03
*/
/* recruit03 セールスドライバー */
?>

<?php get_header(); ?>

<!-- ローディング画面 -->
<!--<div id="loading">
    <p>Loading...</p>
    <div id="loading-screen"></div>
</div>-->

<main class="l-contents-main page_main">

<!--page title-->
<h1 class="page_header_title content-title recruit_title">
  <p class="en">Sales Driver</p><br>
  <p class="ja"><?php the_title(); ?></p>

</h1>
<!--page titleここまで-->

<div class="page_title-pic">
<div class="parallax-img js-trigger">
<picture>
    <source srcset="<?php echo get_template_directory_uri(); ?>/assets/images/recruit/recruit-03/recruit-03-b.webp" type="image/webp">
    <img src="<?php echo get_template_directory_uri(); ?>/assets/images/recruit/recruit-03/recruit-03-b.jpg" alt="セールスドライバー">
</picture>
</div>
</div>

<div class="recruit_content page_content">

<!--====================================================

  セールスドライバー

=====================================================-->
<section class="page_section recruit_section">
<div class="js-scrollable-wrap">
<table class="recruit_table page_table page_box js-scrollable">
<colgroup>
<col span="2" />
</colgroup>
<tr>
  <th>職種</th>
  <td>セールスドライバー</td>
</tr>
<tr>
  <th>雇用形態</th>
  <td>正社員</td>
</tr>
<tr>
  <th>勤務地</th>
  <td>〒964-0315<br>福島県二本松市成田字柏崎214番地</td>
</tr>
<tr>
  <th>基本給</th>
  <td>175,000～250,000円（年齢・経験・能力等を考慮し決定）</td>
</tr>
<tr>
  <th>勤務時間</th>
  <td>8:00-17:00（1月～3月）<br>8:00-17:30（4月～12月）<br>休憩90分(10:00・15:00…15分 12:00～13:00)
    <dl>
      <dt>【出勤について】</dt>
      <dd>会社カレンダーによりおおよそ隔週で週休二日になります。</dd>
    </dl>
    <dl>
      <dt>【休日出勤について】</dt>
      <dd>受注状況・生産状況によりお願いする場合がありますが、基本的には土曜の出勤だけで、法定休日(日曜・祝日)は休みになります。</dd>
    </dl>
    <dl>
      <dt>【残業について】</dt>
      <dd>受注状況・生産状況によりますが、多くても1日2時間程度まで、日勤で言えば19時くらいまでです。残業の場合、定時から10分間の休憩があります。</dd>
    </dl>
    <dl>
      <dt>【休暇について】</dt>
      <dd>有給休暇は入社6か月後に付与。</dd>
    </dl>
  </td>
</tr>
<tr>
  <th>必要資格</th>
  <td>中型自動車免許・玉掛け技能講習・小型移動式クレーン技能講習</td>
</tr>
<tr>
  <th>休日・休暇</th>
  <td>日曜・祝祭日、年間休日…？？？日</td>
</tr>
<tr>
  <th>待遇・福利厚生</th>
  <td>交通費全額支給(当社規定による)、社会保障完備、制服貸与、有給休暇、慶弔休暇</td>
</tr>
</table>
</section>

<section class="page_section recruit_section">
<!--仕事内容-->
<div class="work page_box">
<h2 class="page_recruit_h2 page_h2">仕事内容</h2>
<p>工場で加工した製品(プレカット材)や、一部の住宅資材を建築現場にお届け するお仕事です。プレカット材は現場作業予定に応じて搬入しますが、朝イチ(8:00)までに現場にお届けする場合が多く、距離によっては折り返して1日に何度か搬入する場合もあります。現場搬入時はユニックによる荷降ろしが基本となります。また、その他に小口の素材品(加工していない製材品)の受注品の配達も行います。</p>
</div>
</section>

<!--この仕事のいいところ-->
<section class="page_section recruit_section">
<h2 class="page_recruit_h2 page_h2">この仕事のいいところ</h2>
<ol>
  <li>業務上必要な資格は会社負担で取得可能</li>
  <li>色々な住宅建築の現場に行くので、家が建つ過程や構造を知ることができます。</li>
</ol>
</section>

<!--1日の流れ-->
<section class="page_recruit_schedul page_section recruit_section">
  <h3 class="page_h3-02 recruit_h3-02">1日の流れ</h3>
    <p>※現場までの距離により、大幅に変わります。</p>
    <ul>
      <li>朝イチ現場着</li>
      <li>↓</li>
      <li>荷降ろし次第、帰社、折返し分の荷積み</li>
      <li>↓</li>
      <li>折返しの現場へ</li>
      <li>↓</li>
      <li>翌日分の荷積みの後、運転日報を記入・提出して終業</li>
    </ul>
</section>

<section class="page_recruit_question page_section recruit_section">
    <h3 class="page_h3-02 recruit_h3-02">よくある質問</h3>
    <ul>
      <li>
        <p class="question">使用するトラックは何トン車ですか？</p>
        <p class="answer">2t～7tです。</p>
      </li>
      <li>
        <p class="question">ユニックや玉掛け、フォークリフトなどの資格は必要ですか？</p>
        <p class="answer">積み込み・荷降ろしには必要になります。<br>※業務上必要な資格は費用を会社が負担して資格することができます。</p>
      </li>

      <li>
        <p class="question">早出・残業はありますか？</p>
        <p class="answer">遠方現場の場合、早出や残業となる場合があります。</p>
      </li>
      <li>
        <p class="question">荷降ろし以外に、現場で何か対応することはありますか？</p>
        <p class="answer">工事日程の確認や他物件の搬入路・現場の確認など、お客様からの情報収集を通した営業活動も行います。</p>
      </li>
      <li>
        <p class="question">運搬と付随する業務以外に作業をすることはありますか？</p>
        <p class="answer">出荷が少ない場合などに工場内での作業（積み込みや材料集め）をしていただくことがあります。</p>
      </li>
    </ul>
</section>


<!--====================================================
    list　リンクリスト
=====================================================-->
<aside class="pageOther">
    <ul class="pageOther_list">
      <li><a href="<?php echo home_url('/'); ?>recruit01"><p class="en">Machine Operator</p><p class="ja">加工機オペレーター</p></a></li>
      <li><a href="<?php echo home_url('/'); ?>/recruit02"><p class="en">CAD Operator</p><p class="ja">CADオペレーター</p></a></li>
    </ul>
</aside>

</div>

<!--====================================================

  Contact
  お問い合わせ

=====================================================-->
<?php get_template_part('contact'); ?>

</main>

<?php get_footer(); ?>