<?php
/* Template Name: Saiyou4 */
get_header();
?>
<!--contents-->
<div id="contents" class="clearfix">
<div id="kaisou_main" class="clearfix">
<div class="kaisou_main_left"> 
<!--各ページ文字画像切り替えの場合分け-->
<img src="<?php bloginfo('template_directory'); ?>/images/km_saiyou.gif" width="40" height="170" />
<!--各ページ文字画像切り替えの場合分け　ここまで--> 
</div>
<!--kaisou_main_right START-->
<div class="kaisou_main_right">
<?php the_title('<h4>' , '</h4>'); ?>
<div class="letter"> 
<!--letter START-->


<div id="saiyou">
<div class="img_bottom30"><img src="<?php bloginfo('template_directory'); ?>/images/saiyou/saiyou4_img01.png" alt="パート・アルバイト募集-夢らんどは「人とのかかわり」を大切にする企業です。皆様のご応募心よりお待ちしております。" width="620" height="196" /></div>
<h5 class="h_yume">職　種</h5>
<p><span class="whiteB">●清掃スタッフ<br />
●夜間清掃スタッフ<br />
</span>※いずれも18歳以上の方。（高校生不可） </p>
<p><br class="img_bottom30" /></p>
<h5 class="h_yume">業務内容</h5>
<p><span class="whiteB">【清掃スタッフ</span>】<br />
営業中の店内において、灰皿・床・トイレ・窓ガラスなどの清掃やゴミの回収、店外の清掃などお任せします。</p>
<p><span class="whiteB">【夜間清掃スタッフ</span>】<br />
営業後、店内のパチンコ台・灰皿・床などの清掃、ゴミの回収などをお任せします。</p>
<p>どちらの職種も20代～60代の方が元気に活躍しています！<br />
初心者の方でも先輩スタッフがやさしくサポートします。
</p>
<p><br class="img_bottom30" /></p>
<h5 class="h_yume">採用データ</h5>
<p><span class="whiteBline">時　給</span></p>
<table summary="時給" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th width="30%" scope="row">清掃スタッフ</th>
<td width="70%" style="text-align:center"><span class="redB">850円　</span></td>
</tr>
<tr>
<th scope="row">夜間清掃スタッフ</th>
<td style="text-align:center"><span class="redB">1,063円</span>　（深夜手当含む）</td>
</tr>
</table>
<p><br class="img_bottom30" /></p>
<p><span class="whiteBline">勤務地</span><span class="whiteB">【清掃スタッフ</span>】<br />
夢らんど各店、太平プレイランド関宿店のいずれか</p>
<p><span class="whiteB">【夜間清掃スタッフ</span>】<br />
スーパー夢らんど、夢らんど各店、太平プレイランド関宿店のいずれか</p>
<p><span class="whiteBline">勤務時間／日数</span> <span class="whiteB">【清掃スタッフ</span>】<br />
9:00～17:00の間で1日6時間程度、週3日以上勤務できる方を希望します。<br />
※勤務時間帯は相談の上決定します。</p>
<p><span class="whiteB">【夜間清掃スタッフ</span>】<br />
23:00～25:00（スーパー夢らんど、夢らんど各店）<br />
22:30～24:00（太平プレイランド関宿店）<br />
週3日以上勤務できる方を希望します。</p>
<p><span class="whiteBline">待　遇</span> <span class="whiteB">【清掃スタッフ</span>】<br />
制服貸与、車通勤可、有給休暇、雇用保険、交通費支給※対象者のみ支給</p>
<p><span class="whiteB">【夜間清掃スタッフ】</span><br />
制服貸与、車通勤可
</p>
<p><span class="whiteBline">応募方法</span> ご希望の店舗へお電話をお願いします。 <br />
※面接時に履歴書（写真貼付）をご持参ください。</p>
<p><br class="img_bottom30" /></p>
<h5 class="h_yume">お問合せ・エントリー</h5>
<div class="img_bottom20">
<div class="img_bottom20">
<table summary="パート・アルバイト（清掃スタッフ）募集状況" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="3" scope="row" class="dark">パート・アルバイト（清掃スタッフ）募集状況</th>
</tr>
<tr>
<th width="25%" scope="row"><a href="#super">スーパー夢らんど</a></th>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#kasukabe">かすかべ夢らんど</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#uchimaki">内牧夢らんど</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#sugito">杉戸夢らんど</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#iwatsuki">岩槻夢らんど</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#hirakata">平方夢らんど</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th width="25%" rowspan="2" scope="row"><a href="#sekiyado">太平プレイランド関宿店</a></th>
<th width="25%" style="text-align:center">清掃スタッフ</th>
<td width="50%" class="redB" style="text-align:center">募集中</td>
</tr>
<tr>
<th style="text-align:center">夜間清掃スタッフ</th>
<td class="redB" style="text-align:center">募集中</td>
</tr>
</table>
</div>
<table summary="夢らんどグループお問合せ・エントリー" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="super">スーパー夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県さいたま市岩槻区長宮680-1</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d25835.145639442195!2d139.7100443760743!3d35.96181114911503!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0xc682a6bb66b66a0!2z44K544O844OR44O85aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406693578660" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:30</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/saitama/super-yumeland.htm" target="_blank">P-worldスーパー夢らんど</a></td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>スーパー夢らんど採用担当<br />
<a href="tel:0487990888">TEL.048-799-0888</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/#superyumeland">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
<div class="img_bottom20">
<table summary="かすかべ夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="kasukabe">かすかべ夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県北葛飾郡杉戸町大字堤根3855番地1</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td>
<p>国道4号線沿い、春日部市小渕交差点より車で5分 </p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d25819.531072225964!2d139.75223111406532!3d36.00951357056137!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x4d5db99b4615651c!2z44GL44GZ44GL44G55aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406693819353" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:45</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/saitama/kasukabe-yumeland.htm" target="_blank">P-worldかすかべ夢らんど</a>
</td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>かすかべ夢らんど採用担当<br />
<a href="tel:0480323311">TEL.0480-32-3311</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/kasukabeyumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
<div class="img_bottom20">
<table summary="内牧夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="uchimaki">内牧夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県春日部市内牧2491-1</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td>
<p>国道16号線（梅田西）交差点を（岡泉）方面へと向かい、共栄短大入口交差点左手付近、<br />
内牧公園傍です 。  </p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3228.1078609621936!2d139.72251685!3d35.99323105!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x6018b8fa1a9de80b%3A0x5f22687f2fcbf740!2z44CSMzQ0LTAwNTEg5Z-8546J55yM5pil5pel6YOo5biC5YaF54mn77yS77yU77yZ77yR4oiS77yRIOWGheeJp-WkouOCieOCk-OBqQ!5e0!3m2!1sja!2sjp!4v1406694270682" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:40</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/saitama/uchimaki-yumeland.htm" target="_blank">P-world内牧夢らんど</a>
</td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>内牧夢らんど採用担当<br />
<a href="tel:0487537555">TEL.048-753-7555</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/uchimakiyumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
<div class="img_bottom20">
<table summary="杉戸夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="sugito">杉戸夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県北葛飾郡杉戸町大字下高野2372</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3225.836703592363!2d139.718458!3d36.048691!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x409b2e01c1c2470a!2z5p2J5oi45aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406694730759" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:30</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<address>
<a href="http://www.p-world.co.jp/saitama/sugito-yumeland.htm" target="_blank">P-world杉戸夢らんど</a><br />
</address>
</td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>杉戸夢らんど採用担当<br />
<a href="tel:0480338888">TEL.0480-33-8888</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/sugitoyumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
<div class="img_bottom20">
<table summary="岩槻夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="iwatsuki">岩槻夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県さいたま市岩槻区箕輪24-1</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td>
<p>国道122号線を東京・浦和方面より岩槻・蓮田方面に向かい岩槻警察署の約200m先の交差点を<br />
右折して50m先の左側です。</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d12917.744595723301!2d139.68605444345198!3d35.96076098419169!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x4c2f6e37588df806!2z5bKp5qe75aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406694620323" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:45</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/saitama/iwatsuki-yumeland.htm" target="_blank">P-world岩槻夢らんど</a>
</td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>岩槻夢らんど採用担当<br />
<a href="tel:0487498888">TEL.048-749-8888</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/iwatsukiyumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
	
	

</div>
<div class="img_bottom20">
<table summary="平方夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="hirakata">平方夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>埼玉県越谷市平方1636-13</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td>
<p>東京草加方面から国道4号バイパスを越谷春日部方面に向かって野田岩槻線の平方交差点を<br />
左折して約500m先の右側です。  </p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3230.13710253556!2d139.78377405183988!3d35.943615910815055!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0xc9b5df91a67395bf!2z5bmz5pa55aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406694103920" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:45</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/saitama/h-yumeland.htm" target="_blank">P-world平方夢らんど</a></td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>平方夢らんど採用担当<br />
<a href="tel:0489775055">TEL.048-977-5055</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/hirakatayumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
	
</div>
<div class="img_bottom20">
<table summary="平井夢らんど" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="hirakata">平井夢らんど</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>東京都江戸川区平井4丁目8番3号</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td>
<p>総務本線平井駅下車、南口改札口から徒歩約5分で到着します。</p>
<p><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3230.13710253556!2d139.78377405183988!3d35.943615910815055!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0xc9b5df91a67395bf!2z5bmz5pa55aSi44KJ44KT44Gp!5e0!3m2!1sja!2sjp!4v1406694103920" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:30</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="https://www.p-world.co.jp/tokyo/hiraiyumeland.htm" target="_blank">P-world平井夢らんど</a></td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>平井夢らんど採用担当<br />
<a href="tel:0356283051">TEL.03-5628-3051</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/hirakatayumeland/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
	
<div class="img_bottom20">
<table summary="プレイランド関宿店" width="100%" border="0" cellspacing="1" cellpadding="0">
<tr>
<th colspan="2" scope="row" class="dark" id="sekiyado">太平プレイランド関宿店</th>
</tr>
<tr>
<th scope="row">住　所</th>
<td>千葉県野田市木間ヶ瀬4949-1</td>
</tr>
<tr>
<th scope="row">交　通</th>
<td><iframe src="https://www.google.com/maps/embed?pb=!1m14!1m8!1m3!1d3227.079745545355!2d139.827057!3d36.018346!3m2!1i1024!2i768!4f13.1!3m3!1m2!1s0x0%3A0x8f784631d81914a0!2z5aSq5bmz44OX44Os44Kk44Op44Oz44OJ6Zai5a6_5bqX!5e0!3m2!1sja!2sjp!4v1406694827773" width="100%" height="300" frameborder="0" style="border:0"></iframe></td>
</tr>
<tr>
<th scope="row">営業時間</th>
<td>10:00～22:50</td>
</tr>
<tr>
<th scope="row">P-world</th>
<td>
<a href="http://www.p-world.co.jp/chiba/tpl-sekiyado.htm" target="_blank">太平P-worldプレイランド関宿店</a>
</td>
</tr>
<tr>
<th scope="row">お問合せ</th>
<td>太平プレイランド関宿店採用担当<br />
<a href="tel:0471987200">TEL.04-7198-7200</a></td>
</tr>
<tr>
<th colspan="2" scope="row"><a href="http://yumelandgroup.com/tenpo/playlandsekiyado/">店舗紹介ページへ</a></th>
</tr>
</table>
</div>
</div>




</div>
<!--letter END--> 
</div>
<!--kaisou_main_right END--> 
</div>
<!--kaisou_main END-->
<?php get_sidebar('saiyou');?>
</div>
<!--contents END-->
<?php get_footer(); ?>
</div>
<!--container END-->
<?php wp_footer(); ?>
</body></html>