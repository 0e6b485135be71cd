<?php get_header();?>
<main role="main">
	<div class="p-staff-visual">
		<img src="<?php echo get_template_directory_uri(); ?>/assets/images/staff/bg-visual01.jpg" alt="スタッフ募集">
	</div><!-- p-staff-visual -->

	<section class="p-staff-recruit">
		<div class="p-staff-recruit__container">
			<div class="p-staff-recruit__head">
				<div class="m-guide -staff">
					<h2 class="m-guide__head">スタッフ募集</h2>
					<nav class="m-guide__nav">
						<ol>
							<li><a href="<?php echo home_url();?>/">ホーム</a></li>
							<li>スタッフ募集</li>
						</ol>
					</nav>
				</div><!-- m-guide -->
			</div>

			<section class="content-message">
				<div class="content-message__thumb"><img src="<?php echo get_template_directory_uri(); ?>/assets/images/staff/ph-staff01.jpg" alt="スタッフ募集"></div>
				<div class="content-message__container">
					<div class="content-message__block">
						<h2><span>はたらく人は、幸せを共有しながら<br class="u-device-pc">長く人生を共にする『家族』</span></h2>
						<p>当院では、スタッフのことを<span>「ファミリースタッフ」</span>と呼んでいます。<br>単なる職場の同僚や先輩ではなく、ここで出会う人々は良い人生を送るためのパートナー。<br>つまり、<span>家族のようなかけがえのない存在</span>です。<br>院内研修や企業研修（院外）を通して<br class="u-device-pc">社会人としての接遇から医療従事者としての知識を幅広く学び、<br class="u-device-pc">入社後もステップアップできる機会を数多く設けています。</p>
					</div>
					<div class="content-message__block">
						<h2><span>理念に共感・共鳴してくださる<br class="u-device-pc">「ファン」を募集します</span></h2>
						<p>年齡や経験に関わらず、地域の幸せは世界の幸せであると信じ、<br class="u-device-pc"><span>「育児は世界で最も重要な仕事である」という私たち理念に共感・共鳴してくださる方を歓迎します。</span><br>当院の考え方を本質的に理解し、地域や世界の未来の幸せを共に考えてくれる方。<br>あるいは、当院の門をたたいてくださる方が、<br class="u-device-pc">たなべクリニックの「ファン」であってくださればとてもうれしく思います。</p>
					</div>
				</div>
			</section><!-- content-message -->

			<section class="content-info">
				<h2 class="content-info__head">募集要件</h2>
				<center><h3>2022年度の募集予定はありません</h3></center>
				<div class="content-info__body">
					<table style="opacity:0.3">
						<tr>
							<th>職　種</th>
							<td>助産師、看護師</td>
						</tr>
						<tr>
							<th>雇用形態</th>
							<td>正社員（正規雇用契約）　※有期雇用期間は90日です。</td>
						</tr>
						<tr>
							<th>給与・公的保険</th>
							<td>
								<dl>
									<dt>【1】給与：</dt>
									<dd>当院の人事制度に準じる</dd>
								</dl>
								<dl>
									<dt>【2】手当：</dt>
									<dd>資格手当、当直手当、分娩手当、通勤手当、住宅手当、保育補助手当</dd>
								</dl>
								<dl>
									<dt>【3】保険：</dt>
									<dd>健康保険、雇用保険、労災保険</dd>
								</dl>
								<dl>
									<dt>【4】賞与：</dt>
									<dd>年2回（当院の人事制度に準じる）</dd>
								</dl>
							</td>
						</tr>
						<tr>
							<th>勤務日・勤務時間</th>
							<td>
								<dl>
									<dt>【1】勤務時間：</dt>
									<dd>（日勤）8時30分〜17時30分<br>（夜勤）17時00分〜9時00分</dd>
								</dl>
								<dl>
									<dt>【2】休日：</dt>
									<dd>4週8休</dd>
								</dl>
								<dl>
									<dt>【3】勤務開始時期：</dt>
									<dd>勤務開始日についてはご相談ください。</dd>
								</dl>
							</td>
						</tr>
						<tr>
							<th>業務内容</th>
							<td>
								●外来診療補助　<br class="u-device-sp">●保健指導　<br class="u-device-sp">●分娩介助　<br class="u-device-sp">●病棟看護<br>当院は、妊婦さんの不安をできるだけ取り除くために、保健指導に力をいれています。<br>看護技術だけでなく、患者様の不安を一緒に考え解決していく、とてもやりがいがある仕事です。
								<ul>
									<li>産婦人科勤務経験は不問です。</li>
									<li>学歴・年齢は不問です。</li>
								</ul>
							</td>
						</tr>
					</table>
				</div>
			</section><!-- content-info -->

			<section class="content-flow">
				<h2 class="content-flow__head">採用までの流れ</h2>
				<div class="content-flow__list">
					<dl>
						<dt><span>1</span>エントリー</dt>
						<dd>履歴書、職務経歴書をお送りください。</dd>
					</dl>
					<dl>
						<dt><span>2</span>書類選考</dt>
						<dd>面接に進んでいただくか、あるいは不採用の通知を電話か書面で<br class="u-device-pc">ほぼ1週間以内にお知らせいたします。</dd>
					</dl>
					<dl>
						<dt><span>3</span>面接</dt>
						<dd>当院にて面接を実施させていただきます。<br>その実施日時については双方、打ち合わせのうえ、決定させていただきます。</dd>
					</dl>
					<dl>
						<dt><span>4</span>採用</dt>
						<dd>おめでとうございます！<br>たなべクリニックのメンバーです。
							<ul>
								<li>不採用になった時点で郵送いただいた資料は全て、郵送にて返却いたします。</li>
								<li>メールで履歴書等をお送りいただいた場合、その個人情報は責任を持って破棄いたします。</li>
							</ul>
						</dd>
					</dl>
				</div>
			</section><!-- content-flow -->
		</div>
	</section><!-- p-staff-recruit -->

	<section class="p-starr-report">
		<h2 class="p-starr-report__head">＼  当院でインターシップされた方の感想です  ／</h2>
		<p class="p-starr-report__btn"><a href="<?php echo home_url();?>/category/職場体験レポート/">職場体験レポート</a></p>
	</section><!-- p-starr-report -->
</main>
<?php get_template_part( 'templates/modules/content', 'footsitemap' );?>
<?php get_footer();?>
