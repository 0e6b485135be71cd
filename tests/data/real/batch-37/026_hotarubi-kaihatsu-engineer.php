<?php include('../header.php'); ?>
	<div class="content-container">
		<div class="common-content-container common-mT60">
			<h2>募集要項</h2>
			<div class="form-sizing-box-wide common-mT60">
				<h3>開発エンジニア</h3>
				<div class="recruit-container common-mT30">
					<p class="-status"><span>正社員</span></p>
					<div class="-condition common-mT30">
						<h4>必要条件</h4>
						<p class="common-mT10">以下のいずれかの開発経験<br>・Linux環境におけるWebアプリケーション開発<br>・Android、iOS向けネイティブアプリケーション開発</p>
					</div>
					<div class="-condition common-mT30">
						<h4>望ましい経験、スキル</h4>
						<p class="common-mT10">Unityを利用した開発経験<br>
							サーバ、ネットワーク関連の知識。DB設計・構築経験<br>
							Ruby/PHP/C++/Objective-C<br>
							HTML/CSS/Javascript<br>
							ゲームに関する知見、関心<br>
						技術への強い興味</p>
					</div>
					<div class="-condition common-mT30">
						<h4>待遇</h4>
						<h5 class="common-mT15">年収</h5>
						<p class="common-mT10">経験・能力を考慮の上、弊社規定により優遇致します。<br>※見込み時間外手当があり、手当時間を超えた分は全て適正に支給されます。</p>
						<h5 class="common-mT15">勤務時間</h5>
						<p class="common-mT10">10:00〜18:30</p>
					</div>
					<div class="form-container common-mT60">
						<a href="/recruit.php#form">
							<button class="-button">応募する</button>
						</a>
					</div>
				</div>
			</div>
			<div class="common-mT60">
				<h3 class="form-sizing-box-wide">その他の職種</h3>
				<div class="common-link-box">
					<div class="-flex-box">
						<a href="/contact.php">
							<div class="-button common-mT50">
								<img class="-img-icon" src="/static/img/mail.svg">
								<p>インフラエンジニア</p>
								<img class="-img-direction" src="/static/img/arrow-right.svg">
							</div>
						</a>
						<a href="/recruit.php">
							<div class="-button common-mT50">
								<img class="-img-icon" src="/static/img/person.svg">
								<p>デザイナー</p>
								<img class="-img-direction" src="/static/img/arrow-right.svg">
							</div>
						</a>
					</div>
					<div class="-flex-box-single pc-mT40">
						<a href="/recruit.php">
							<div class="-button common-mT50">
								<img class="-img-icon" src="/static/img/person.svg">
								<p>プランナー</p>
								<img class="-img-direction" src="/static/img/arrow-right.svg">
							</div>
						</a>
					</div>
				</div>
			</div>
		</div>
	</div>
<?php include('../footer.php'); ?>