<!DOCTYPE html>
<html dir="ltr" lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, user-scalable=yes, maximum-scale=1.0, minimum-scale=1.0">
<title>四恩学園 採用サイトです</title>
<meta name="keywords" content="">
<meta name="description" content="">
<link rel="stylesheet" href="css/style.css" type="text/css" media="screen">
<link rel="stylesheet" type="text/css" href="css/recruit_style.css" media="screen">
<!--[if lt IE 9]>
<script src="js/html5.js"></script>
<script src="js/css3-mediaqueries.js"></script>
<![endif]-->
<script src="js/jquery1.7.2.min.js"></script>
<script src="js/script.js"></script>
</head>

<body>

<?php include (dirname(__FILE__).'/parts/header.html'); ?>

<?php include (dirname(__FILE__).'/parts/gnav.html'); ?>

<div id="wrapper">

	<div id="content">
		<section>
			<article class="content">
				<div class="post">
					<h1><span>募集要項</span></h1>
				</div>
			</article>
		</section>
		<div class="post">
	        <h2 id="infant">乳児院</h2>
	        <table>
	          <tr>
	            <th>雇用形態</th>
	            <td>正社員 パート</td>
	          </tr>
	          <tr>
	            <th>勤務時間</th>
	            <td>7:00～19:00（シフト制）</td>
	          </tr>
	          <tr>
	            <th>休日・休暇</th>
	            <td>年間休日：105日</td>
	          </tr>
	          <tr>
	            <th>給与・賞与</th>
	            <td>
	              <dl>
	                <dt>【保育士(正社員)】</dt>
	                <dd>
	                  <ul>
	                    <li>月給160,000～300,000円<br/>
	                    賞与	有 年2回　計	4.35	か月分(前年度実績)<br/>
	                    通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	                <dt>【保育士(パート)】</dt>
	                <dd>
	                  <ul>
	                    <li>時給900円～1,200円</li>
	                    <li>通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	              </dl>
	            </td>
	          </tr>
	          <tr>
	            <th>福利厚生</th>
	            <td>
	             	昇給あり <br/>
					社会保険完備 <br/>
					退職金あり <br/>
					研修制度あり <br/>
					社員寮あり <br/>
					各種祝い金あり <br/>
					産休・育休あり 
	            </td>
	          </tr>
	          <tr>
	            <th>選考フロー</th>
	            <td>面接と見学のみ</td>
	          </tr>
	        </table>

	        <h2 id="childreHome">児童擁護施設</h2>
	        <table>
	          <tr>
	            <th>雇用形態</th>
	            <td>正社員 パート</td>
	          </tr>
	          <tr>
	            <th>勤務時間</th>
	            <td>7:00～19:00（シフト制）</td>
	          </tr>
	          <tr>
	            <th>休日・休暇</th>
	            <td>年間休日：105日</td>
	          </tr>
	          <tr>
	            <th>給与・賞与</th>
	            <td>
	              <dl>
	                <dt>【保育士(正社員)】</dt>
	                <dd>
	                  <ul>
	                    <li>月給160,000～300,000円<br/>
	                    賞与	有 年2回　計	4.35	か月分(前年度実績)<br/>
	                    通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	                <dt>【保育士(パート)】</dt>
	                <dd>
	                  <ul>
	                    <li>時給900円～1,200円</li>
	                    <li>通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	              </dl>
	            </td>
	          </tr>
	          <tr>
	            <th>福利厚生</th>
	            <td>
	             	昇給あり <br/>
					社会保険完備 <br/>
					退職金あり <br/>
					研修制度あり <br/>
					社員寮あり <br/>
					各種祝い金あり <br/>
					産休・育休あり 
	            </td>
	          </tr>
	          <tr>
	            <th>選考フロー</th>
	            <td>面接と見学のみ</td>
	          </tr>
	        </table>

	        <h2 id="bringup">保育園</h2>
	        <table>
	          <tr>
	            <th>雇用形態</th>
	            <td>正社員 パート</td>
	          </tr>
	          <tr>
	            <th>勤務時間</th>
	            <td>7:00～19:00（シフト制）</td>
	          </tr>
	          <tr>
	            <th>休日・休暇</th>
	            <td>年間休日：105日</td>
	          </tr>
	          <tr>
	            <th>給与・賞与</th>
	            <td>
	              <dl>
	                <dt>【保育士(正社員)】</dt>
	                <dd>
	                  <ul>
	                    <li>月給160,000～300,000円<br/>
	                    賞与	有 年2回　計	4.35	か月分(前年度実績)<br/>
	                    通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	                <dt>【保育士(パート)】</dt>
	                <dd>
	                  <ul>
	                    <li>時給900円～1,200円</li>
	                    <li>通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	              </dl>
	            </td>
	          </tr>
	          <tr>
	            <th>福利厚生</th>
	            <td>
	             	昇給あり <br/>
					社会保険完備 <br/>
					退職金あり <br/>
					研修制度あり <br/>
					社員寮あり <br/>
					各種祝い金あり <br/>
					産休・育休あり 
	            </td>
	          </tr>
	          <tr>
	            <th>選考フロー</th>
	            <td>面接と見学のみ</td>
	          </tr>
	        </table>

	        <h2 id="children">児童館</h2>
	        <table>
	          <tr>
	            <th>雇用形態</th>
	            <td>正社員 パート</td>
	          </tr>
	          <tr>
	            <th>勤務時間</th>
	            <td>7:00～19:00（シフト制）</td>
	          </tr>
	          <tr>
	            <th>休日・休暇</th>
	            <td>年間休日：105日</td>
	          </tr>
	          <tr>
	            <th>給与・賞与</th>
	            <td>
	              <dl>
	                <dt>【保育士(正社員)】</dt>
	                <dd>
	                  <ul>
	                    <li>月給160,000～300,000円<br/>
	                    賞与	有 年2回　計	4.35	か月分(前年度実績)<br/>
	                    通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	                <dt>【保育士(パート)】</dt>
	                <dd>
	                  <ul>
	                    <li>時給900円～1,200円</li>
	                    <li>通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	              </dl>
	            </td>
	          </tr>
	          <tr>
	            <th>福利厚生</th>
	            <td>
	             	昇給あり <br/>
					社会保険完備 <br/>
					退職金あり <br/>
					研修制度あり <br/>
					社員寮あり <br/>
					各種祝い金あり <br/>
					産休・育休あり 
	            </td>
	          </tr>
	          <tr>
	            <th>選考フロー</th>
	            <td>面接と見学のみ</td>
	          </tr>
	        </table>

	        <h2 id="senior">ふれあい館しおん（高齢者）</h2>
	        <table>
	          <tr>
	            <th>雇用形態</th>
	            <td>正社員 パート</td>
	          </tr>
	          <tr>
	            <th>勤務時間</th>
	            <td>7:00～19:00（シフト制）</td>
	          </tr>
	          <tr>
	            <th>休日・休暇</th>
	            <td>年間休日：105日</td>
	          </tr>
	          <tr>
	            <th>給与・賞与</th>
	            <td>
	              <dl>
	                <dt>【保育士(正社員)】</dt>
	                <dd>
	                  <ul>
	                    <li>月給160,000～300,000円<br/>
	                    賞与	有 年2回　計	4.35	か月分(前年度実績)<br/>
	                    通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	                <dt>【保育士(パート)】</dt>
	                <dd>
	                  <ul>
	                    <li>時給900円～1,200円</li>
	                    <li>通勤手当	30,000円(月上限)</li>
	                  </ul>
	                </dd>
	              </dl>
	            </td>
	          </tr>
	          <tr>
	            <th>福利厚生</th>
	            <td>
	             	昇給あり <br/>
					社会保険完備 <br/>
					退職金あり <br/>
					研修制度あり <br/>
					社員寮あり <br/>
					各種祝い金あり <br/>
					産休・育休あり 
	            </td>
	          </tr>
	          <tr>
	            <th>選考フロー</th>
	            <td>面接と見学のみ</td>
	          </tr>
	        </table>

			<h4 id="valantior"><span>ボランティア・インターンのエントリーについて</span></h4>
			<table>
			<tbody>
			<tr>
			<td colspan="2">矢口幼稚園では、無資格でも幼児教育に興味があり、やる気のある方、空いた時間で幼稚園のお手伝いをしてみたい方を募集しております！</td>
			</tr>
			<tr>
			<th>勤務地</th>
			<td>矢口幼稚園</td>
			</tr>
			<tr>
			<th>応募方法</th>
			<td>お電話にてお気軽にお問い合わせください。<br /><span class="f">矢口幼稚園：03-3731-2720<br />担当：園長 鈴木 宛</span></td>
			</tr>
			</tbody>
			</table>
		</div>
	</div><!-- / content -->

</div>
<!-- / wrapper -->

<?php include (dirname(__FILE__).'/parts/footer.html'); ?>
<!-- / footer -->

</body>
</html>