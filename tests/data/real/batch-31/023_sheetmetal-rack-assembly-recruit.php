<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>ビジネス・企業向け無料ホームページテンプレート tp_biz35</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="ここにサイト説明を入れます">
<meta name="keywords" content="キーワード１,キーワード２,キーワード３,キーワード４,キーワード５">
<link rel="stylesheet" href="css/style.css">
<!--[if lt IE 9]>
<script src="https://oss.maxcdn.com/html5shiv/3.7.2/html5shiv.min.js"></script>
<script src="https://oss.maxcdn.com/respond/1.4.2/respond.min.js"></script>
<![endif]-->
<script type="text/javascript" src="js/openclose.js"></script>
</head>

<body>

<div id="container">

<div id="contents">

<div id="main">

<section>

<h2>採用情報</h2>
<p>スタッフ募集のご案内。</p>

<h3>正社員募集</h3>
<table class="ta1">
<tr>
<th>募集業務</th>
<td>板金加工品の製造ラック組み立て<br>
生産工程管理作業</td>
</tr>
<tr>
<th>職務内容</th>
<td>
・工場内（株）アマダ製プレスゴレーキ , ベンダー , 板金曲げ加工操作オペレーター<br>
・自社製造の板金加工品（アルミ、スチール、ステンレス）サーバーラック組立作業<br>
・板金加工製造の補助作業<br>
・工場内（株）アマダ製ターレットパンチプレス操作オペレーター EM2510 EMZ3610<br>
・バリ取り等 板金加工軽作業<br>
・板曲げ板金（スチール・ステンレス・アルミ）を図面指示通りに外注先の表面処理業者、塗装業者へ注文書作成、手配作業<br>
・手配製品の梱包、荷出し、荷受け、納期管理、整理整頓・急を要する場合は社用普通自動車にて外注先へ配送、引取あり<br>
・パソコンによる生産管理システムの入力作業・インターネットでの得意先との受発注作業<br>
</td>
</tr>
<tr>
<th>応募条件</th>
<td>あれば普通自動車免許（AT限定可）あればフォークリフト運転資格<br>簡単なパソコン操作できる方</td>
</tr>
<tr>
<th>給与</th>
<td>月給<br>
<br>
a 基本給（月額平均）又は時間額150,000円～170,000円<br>
<br>
b 定額的に支払われる手当<br>
住宅手当 20,000円～30,000円技術手当 10,000円～30,000円<br>
<br>
a + b<br>
180,000円～230,000円<br>
<br>
c その他の手当等付記事項<br>
家族手当残業手当<br></td>
</tr>
<tr>
<th>勤務時間</th>
<td>08:30～17:00</td>
</tr>
<tr>
<th>休日・休暇</th>
<td>・完全週休2日制（土・日）<br>
・祝日<br>
・夏季休暇<br>
・年末年始休暇<br>
・有給休暇<br>
</td>
</tr>
<tr>
<th>その他特徴</th>
<td>
学歴不問<br>
通勤手当あり<br>
各種保険あり<br>
マイカー通勤可能<br>
</td>
</tr>
</table>

<h3>アルバイト募集</h3>
<table class="ta1">
<tr>
<th>見出し</th>
<td>ここに説明など入れて下さい。サンプルテキスト。</td>
</tr>
<tr>
<th>見出し</th>
<td>ここに説明など入れて下さい。サンプルテキスト。</td>
</tr>
<tr>
<th>見出し</th>
<td>ここに説明など入れて下さい。サンプルテキスト。</td>
</tr>
<tr>
<th>見出し</th>
<td>ここに説明など入れて下さい。サンプルテキスト。</td>
</tr>
<tr>
<th>見出し</th>
<td>ここに説明など入れて下さい。サンプルテキスト。</td>
</tr>
</table>

</section>

</div>
<!--/main-->

<div id="sub">

<nav class="box1">
<h2>SUB MENU</h2>
<ul class="submenu">
<li><a href="faq.html">よく頂く質問</a></li>
<li><a href="link.html">リンク集</a></li>
<li><a href="#">主要メニュー</a></li>
<li><a href="#">主要メニュー</a></li>
<li><a href="#">主要メニュー</a></li>
</ul>
</nav>

<div class="box1">
<h2>この見出しはh2タグです</h2>
<p>このボックスは、class="box1"と指定すれば出ます。</p>
</div>
<!--/box1-->

<h2>この見出しはh2タグです</h2>
<p>ここのスペースも使えます。</p>

</div>
<!--/sub-->

<p id="pagetop"><a href="#">↑</a></p>

</div>
<!--/contents-->

</div>
<!--/container-->


<!--メニューの３本バー-->
<div id="menubar_hdr" class="close"><span></span><span></span><span></span></div>
<!--メニューの開閉処理条件設定　800px以下-->
<script type="text/javascript">
if (OCwindowWidth() <= 800) {
	open_close("menubar_hdr", "menubar-s");
}
</script>
</body>
</html>
