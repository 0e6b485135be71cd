<!DECTYPE html>
<html>
	<head>
		<meta charset="UTF-8">
		<link rel="stylesheet" href="style.css">
		<title>新卒採用 大阪</title>
		
		<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.10.2/jquery.min.js"></script>
		<script src="js/jquery.bxslider.min.js"></script>
		<script type="text/javascript" src="jquery-1.9.1.min.js"></script>
		<link href="css/jquery.bxslider.css" rel="stylesheet" />
	</head>
	<body>

		<?php include("./inc/header.inc"); ?>
		
		<!-- パンくずリスト -->
		<div class="">
			<a href="index.html" class="">HOME</a>
			> 
			<a href="recruit.php" class="">募集要項</a>
			> 新卒採用 大阪 プログラマー
		</div>
		<!-- 画像 -->
		<div class="image">
			<img src="./images/title06.png" alt="募集要項" class="titleImage">
		</div>
		<h2 class="ngp">新卒採用　大阪</h2>
		<dl class="recruitBox">
			<dt class="recruitList">募集職種</dt>
				<dd class="recruitListdd">
					プログラマー
				</dd>
			<dt class="recruitList">求める人材</dt>
				<dd class="recruitListdd">
					開発チームの一員として仕事に携わっていただきますのでコミュニケーション能力および協調性のある人材<br>
					IT業界は技術の進歩が速く、この流れの中で新しい知識や技術の習得に向けた向上心を持つ人材
				</dd>
			<dt class="recruitList">募集対象</dt>
				<dd class="recruitListdd">
					2019年3月末までに大学および大学院を卒業（修了）見込みの方（学部、学科不問）<br>
					※既卒の方も新卒採用として応募可能です。
				</dd>
			<dt class="recruitList">給与</dt>
				<dd class="recruitListdd">
					大学院、大学（専門4年含） 200,000円<br>
					短大・専門 180,000円<br>
					※高卒者は募集しておりません<br>
				</dd>
			<dt class="recruitList">給与事例</dt>
				<dd class="recruitListdd">
					325万円／入社3年目／月給23万円<br>
					440万円／入社5年目／月給32万円
				</dd>
			<dt class="recruitList">賞与</dt>
				<dd class="recruitListdd">
					年2回(7月、12月)<br>
					実績により変動<br>
				</dd>
			<dt class="recruitList">給与改定</dt>
				<dd class="recruitListdd">
					年1回(5月)<br>
					前年実績（平均2％）<br>
				</dd>
			<dt class="recruitList">休日休暇</dt>
				<dd class="recruitListdd">
					完全週休2日制（土、日）<br>
					祝日、夏期休暇、年末年始休暇、有給休暇、慶弔休暇、産前産後休暇、育児休暇あり<br>
					※年間休日120日以上
				</dd>
			<dt class="recruitList">諸手当</dt>
				<dd class="recruitListdd">
					通勤交通費全額支給<br>
					職務手当、技術手当、資格手当、家族手当、住宅手当、残業手当、勤務地手当
				</dd>
			<dt class="recruitList">福利厚生</dt>
				<dd class="recruitListdd">
					健康保険・労災保険・雇用保険・厚生年金、財形貯蓄制度、企画（アイデア）報奨制度<br>
					メンタルヘルス支援、親睦会制度、クラブ活動など<br>
					全国情報サービス産業企業年金基金加入<br>
					ベネフィット・ステーション（福利厚生サービス）加入
				</dd>
			<dt class="recruitList">勤務地</dt>
				<dd class="recruitListdd_last">
					大阪市西区江戸堀１-１０-２
				</dd>
			<div class="clear"></div>
		</dl>
		<div class="clear"></div>
		<?php include("./inc/footer.inc"); ?>
	</body>
</html>