<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ja" lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-style-type" content="text/css" />
<meta http-equiv="content-script-type" content="text/javascript" />
<meta name="description" content="株式会社ショーゼンは安全、正確な輸送に徹しお客様に信頼される輸送サービスを提供します" />
<meta name="keywords" content="ショーゼン,貸切バス,団体ツアー,貨物輸送,観光バス,物流倉庫,ツアー,引越し,淡路,花バス" />
<title>採用情報 | 株式会社ショーゼン</title>
<link rel="canonical" href="http://www.shozen.com/" />
<link rel="stylesheet" href="../css/import.css" type="text/css" />
<script type="text/javascript" src="../js/jquery.tools.min.js"></script>
<script type="text/javascript" src="../js/jquery.lightbox-0.5.min.js"></script>
<script type="text/javascript" src="../js/scrollsmoothly.js"></script>
<script type="text/javascript" src="../js/lib/common.js"></script>
<!--[if IE 6]>
<script type="text/javascript" src="../js/DD_belatedPNG_0.0.8a-min.js"></script>
<script type="text/javascript" src="../js/lib/ie6.js"></script>
<![endif]-->
<script type="text/javascript">



</script>
<!-- Global site tag (gtag.js) - Google Analytics -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-75283835-1"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());

  gtag('config', 'UA-75283835-1');
</script>
</head>

<body onload="initialize()" id="blue">

<div id="wrap">

<div id="header">
<?php include "../inc/header.inc";?>
</div><!-- /header -->

<?php include "../inc/gnav.inc";?>

<div id="mainVisual">
<img src="../images/recruit/main_visual00.png" alt="採用情報" width="980" height="135" />
</div><!-- /mainVisual -->

<div id="container">

<div id="main">

<ul id="pankuzu">
<li id="home"><a href="/">トップページ</a></li>
<li>採用情報</li>
</ul>


<h2  class="greener" id="anc_track">トラック運転手募集</h2>


<div id="company01" class="mb40">
<table cellpadding="0" cellspacing="0" class="comProfile">
<tr>
<th>応募資格（運転免許）</th>
<td>大型一種免許お持ちの方（大型二種免許をお持ちの方優遇）<br />
<br />
<span class="red">教育制度が充実しておりますので、未経験者も大歓迎!!</span>
</td>
</tr>
<tr>
<th>雇用形態
</th>
<td>契約社員（正社員登用制度あり）
</td>
</tr>
<tr>
<th>業務内容</th>
<td>
トラックの運転および付随業務</td>
</tr>
<tr>
<th>採用時期</th>
<td>随時</td>
</tr>

</table>
</div>

<div id="recruit_txt">詳細につきましては、ショーゼン総務課（℡:0799-62-6888）までお問い合わせください。
</div>




<?php include "../inc/btminq.inc";?>
<div class="pagetop"><a href="#wrap"><img src="../images/common/pagetop_off.gif" alt="このページの上に戻る" width="150" height="33" /></a></div>

</div><!-- /main -->


<div id="side">
<?php include "../inc/side.inc";?>
</div><!-- /side -->


</div>
<!-- /container -->

</div><!-- /wrap -->

<div id="footer">
<?php include "../inc/footer.inc";?>
</div><!-- /footer -->


</body>
</html>