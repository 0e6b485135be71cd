<?php
	require_once("loadhead.php");
?>

<?php MasterPage::BeginPlaceHolder(); ?>
关于瑞特-诚聘英才
<?php MasterPage::EndPlaceHolder("title"); ?>

<?php MasterPage::BeginPlaceHolder(); ?>
<img src="images/right_01.jpg" width="220" height="48" alt="" />
<?php MasterPage::EndPlaceHolder("image1"); ?>

<?php MasterPage::BeginPlaceHolder(); ?>
<img src="images/right_02.jpg" width="220" height="83" alt="" />
<?php MasterPage::EndPlaceHolder("image2"); ?>

<?php MasterPage::BeginPlaceHolder(); ?>
<img src="images/right07_03.jpg" width="220" height="170" alt="" />
<?php MasterPage::EndPlaceHolder("image3"); ?>

<?php MasterPage::BeginPlaceHolder(); ?>
<img src="images/right07_04.jpg" width="220" height="388" alt="" />
<?php MasterPage::EndPlaceHolder("image4"); ?>

<?php MasterPage::BeginPlaceHolder(); ?>
<table width="100%" border="0" align="center" cellpadding="4" cellspacing="0">
<tbody>
	<tr>
		<td colspan="2">&nbsp;&nbsp;<img src="images/info/hr.png" width="200" height="42" /></td>
	</tr>
	<tr>
	</tr>
</tbody>
</table>
	<div>
	  	<img width="270" height="180" class="floatRightImage" id="_x0000_i1038" src="images/info/hiring.png">
	</div>
            
	<br/>
        
        <div class="row-fluid">
	  <strong><h2>口腔科护士</h2></strong>
          <div>
              <ol>
                <li>医疗护理专业中专以上学历，取得卫生局颁发的护士执业资格证书</li>
                <li>有两年以上口腔医疗护理工作经验</li> 
                <li>品貌端正，普通话标准流利；具有优秀的语言表达能力及沟通能力</li> 
                <li>高档口腔诊所工作经验者优先考虑</li>
                <li>熟练掌握英语者可优先考虑</li>
              </ol>
          </div>
        </div>
