<?php
/*Template Name: 採用情報 */
?>
<?php get_header(); ?>
<div class="l-spacer">
	<div class="l-container--wide">
		<?php get_template_part('inc/breadcrumb'); ?>
	</div>
</div>

<section class="l-spacer -medium -both">
	<div class="l-container--primary">
		<h1 class="c-title-ex-large">採用情報</h1>
	</div>
</section>

<section class="l-spacer -medium -both">
	<div class="l-container--primary-m">
		<article class="l-contents">
			<div class="l-contents__conts">

				<dl class="p-recruit-list">

					<div class="p-recruit-list__item">
						<dt class="p-recruit-list__title">【ハルニレテラス】丸山珈琲＜カフェ＆ブックス＞</dt>
						<dd class="p-recruit-list__txt">
							<dl class="c-list-dl -recruit">

								<dt>職種</dt>
								<dd>店舗スタッフ（アルバイト）<br>＊コーヒー豆の販売・カフェでの接客対応・コーヒーの抽出等</dd>

								<dt>給与</dt>
								<dd>時給1,300円</dd>

								<dt>勤務時間</dt>
								<dd>7時～21時の間でシフト制によるフルタイムもしくはパートタイム(応相談)</dd>

								<dt>待遇</dt>
								<dd>週休2日制、交通費支給、社会保険完備・有給休暇あり(規定による)</dd>

								<dt>条件</dt>
								<dd>長期間勤務可能な方、人と接する事が好きな方、コーヒーに興味のある方、明るく前向きな方</dd>

								<dt>お問い合わせ</dt>
								<dd>株式会社丸山珈琲　小諸オフィス・人事部　0267-26-5506</dd>

								<dt>担当</dt>
								<dd>井出</dd>

							</dl>
						</dt>
					</div>

				</dl>

			</div>
		</article>
	</div>
</section>

