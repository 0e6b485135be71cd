<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<!-- written by Voov (www.voov.hu), copyright 2011 -->
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>Jégverem Fogadó</title>
	<meta name="title" content="Jégverem Fogadó" />
	<meta name="Keywords" lang="HU" content="" />
	<meta name="Description" lang="HU" content="" />
	<meta http-equiv="Content-Language" content="hu-hu" />
    <meta name="Page-Topic" content="all, alle" />
    <meta name="Distribution" content="global" />
	<meta http-equiv="Cache-Control" content="no-cache"/>
	<meta http-equiv="Pragma" content="no-cache"/>
	<meta name="Robots" content="index,follow" />
	<meta http-equiv="Imagetoolbar" content="no" />
	<meta name="Owner" content="Jégverem Fogadó (www.jegverem.hu)" />
	<meta name="Copyright" content="Copyright (c) 2011 Jégverem Fogadó, All Rights Reserved" />
	<meta name="Author" content="Voov Kft. (www.jegverem.hu)" />
	<meta name="Designer" content="Voov Kft. (www.jegverem.hu)" />

	<link rel="shortcut icon" href="favicon.ico"/>
	<link rel="apple-touch-icon" href="apple-touch-icon.png"/>
	<link rel="preconnect" href="https://fonts.googleapis.com">
	<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
	<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Roboto:wght@400;500;700&display=swap">
	<link href="/css/main.css?v=20260221" rel="stylesheet" type="text/css" media="screen" />
	<?php include $_SERVER['DOCUMENT_ROOT'] . '/html_template/shared/mobile_menu_css.php'; ?>

	<script src="https://ajax.googleapis.com/ajax/libs/jquery/1.4.2/jquery.js" type="text/javascript"></script>
    <script src="/js/voov.slideshow.js" type="text/javascript"></script>
    <script src="/js/jegverem.js" type="text/javascript"></script>
</head>
<body>


<!-- container -->
<script defer async src='https://cdn.trustindex.io/loader.js?132e8ed65625479a84db43c2e'></script>
<div id="container">
    <?= $header ?>

    <div id="middle">
        <div class="main">
            <div class="top"></div>
            <div class="content">
			<h2>Munkatársat keresünk az alábbi pozíciókba!</h2>
            <p>Vállalj munkát hosszú távra! Mi ragaszkodunk a jó munkaerőhöz, így nálunk biztosítva lehet a jövőd.</p>
            <p>Csatlakozz a Jégverem csapatába és dolgozz egy fiatalos, mindig megújuló helyen, Sopron belvárosában!</p>            
            <h2>Szakács:</h2>
            <p>Panziónk hat szobával rendelkezik, szállóvendégeink számára reggelit biztosítunk, éttermünkben pedig a la carte kínálatot.</p>

            <h3>Feladatok:</h3>
            <ul>
                <li>Étlapon, valamint napi menüajánlatban szereplő ételek elkészítése, tálalása</li>
                <li>Csoportok étkeztetéséhez szükséges, illetve rendezvényekre előrendelt ételek elkészítése</li>
                <li>Előkészületek elvégzése</li>
            </ul>

            <h3>Elvárások:</h3>
            <ul>
                <li>Szakmai tapasztalat</li>
                <li>Precizitás</li>
                <li>Motiváltság</li>
                <li>Minőség- és vendégközpontú gondolkodás</li>
                <li>Önálló munkavégzés, ugyanakkor csapatszellem</li>
                <li>Kreativitás</li>
            </ul>

            <h3>Munkaidő:</h3>
            <ul>
                <li>Megegyezés szerint</li>
                <li>Munkavégzés ünnepnapokon is előfordul</li>
            </ul>

            <h3>Előnyt jelent:</h3>
            <ul>
                <li>Szakmai végzettség</li>
            </ul>

            <h3>Amit kínálunk:</h3>
            <ul>
                <li>Főállású munkakör</li>
                <li>Hosszú távú munkalehetőség</li>
                <li>Kiemelt bér</li>
                <li>Barátságos, fiatalos légkör</li>
                <li>Szakmai fejlődési lehetőség</li>
                <li>Kedvezményes étkezés</li>
            </ul>

            <p>Várjuk jelentkezésedet fényképes önéletrajzoddal és a munkakör megjelölésével az alábbi e-mail címen: <a href="mailto:allas@palatinusgroup.com">allas@palatinusgroup.com</a></p>
            <p>További információ: +36 30 952 8687</p>
            </div>
            <div class="bottom"></div>
        </div>

        <div class="sidebar sidebar-home-mini-cards">
            <?php
                $lang = 'hu';
                $order = array('accommodation', 'menu', 'delivery');
                include $_SERVER['DOCUMENT_ROOT'] . '/modules/sidebar/html_template/home_mini_cards.php';
            ?>
        </div>
        <br class="clearfix" />
    </div>

	<?= $banner ?>
    <?= $footer ?>
</div>
<!-- eof container -->

</body>
</html>