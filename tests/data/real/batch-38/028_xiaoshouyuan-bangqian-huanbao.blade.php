<!DOCTYPE html>
<html lang="zh-CN">
	<head>
		<meta charset="utf-8">
		<meta http-equiv="X-UA-Compatible" content="IE=edge">
		<meta name="viewport" content="width=device-width, initial-scale=1">
		<title>中电博为</title>
		<link rel="stylesheet" type="text/css" href="./style/home/css/bootstrap.css">
		<link rel="stylesheet" href="./style/home/css/zoujin.css">
		<script src="./style/home/js/jquery.min.js"></script>
		<script src="./style/home/js/bootstrap.js"></script>
	</head>
	<body>

		<!--头部公众-->
		@include("home.public.header")
		
		
		<!--主体-->
		<div class="container">
			<div class="tail col-md-6">
				<p class="pull-left">
					<h3>招贤纳士/ Job</h3>
				</p>
			</div>
			<div class="col-md-6">
				<span class="pull-right" style="margin-top: 20px;"><img src="./style/home/images/wz_r2_c2.jpg">&nbsp;&nbsp;<a href="#">首页</a> >
					招贤纳士</span>
			</div>

			<div class="col-md-12">
					<dl>
						
							<h3 style="height:60px;line-height:60px;background:#ccc;">&nbsp; &nbsp;销售员</h3>
						
						<dd>
							所属公司：云南邦乾环保科技有限公司<br>
							工作地点： 昌源北路1389号昆明高新企业生物孵化器A幢11层 <br>
							招聘人数：0<br>
							学 历：大专 <br>
							发布时间：2017-06-09 <br>
							任职要求：<br>
							职位描述：<br>
							任职要求：<br>
							1、年满25周岁以上，男女不限，大专及以上学历，至少有两年工作经验；<br>
							2、诚实守信，勤奋好学，善于沟通，有销售及市场开拓经验；<br>
							3、有从事环保相关行业工作经验者优先。<br><br>
			
							薪资待遇：底薪4000元/月+补贴+提成
						</dd>
					</dl>
				</div>
			</div>
		</div>
		
		<div style="height:160px;line-height:160px; text-align: center; font-size: 20px; background:#ccc;">
			<p>如果你是以上精英欢迎来</p>
			<p>英才网上搜索中电博为投简历</p>
			
		</div>


		<!--尾部公共-->
		@include("home.public.footer")


	</body>
</html>
