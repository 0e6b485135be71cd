<%@ page contentType="text/html;charset=UTF-8" pageEncoding="UTF-8"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
	<meta charset="UTF-8">
	<meta name="renderer" content="webkit">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
	<title>招聘信息-上海大众运行物流股份有限公司</title>
	<!--[if lt IE 9]>
		<script src="https://cdn.yuncars.cn/vendor/iecompatible/html5shiv.min.js"></script>
	<![endif]-->
</head>
<body>
<div class="top">
		<%@include file="header.html"%>
</div>


<div id="pressReleases" class="page">
	<div class="container">
		<div class="banner pr">
			<img src="${pageContext.request.contextPath}/img/kefu/1060x400/kefu-banner-2.jpg" alt="">
			<div class="pa car-code-left">
				<img src="${pageContext.request.contextPath}/img/wx-code.jpg" alt="">	
			</div>
		</div>
		<ol class="breadcrumb">
			<li><i class="fa fa-truck" aria-hidden="true"></i></li>
			<li><a href="${pageContext.request.contextPath}/">首页</a></li>
			<li>关于我们</li>
			<li class="active"><a href="javascript:void(0)">招聘信息</a></li>
		</ol>
	</div>

	<section class="middle-content">
		<div class="container">
			<div class="row">
				<div class="col-xs-9">
					<table class="table table-hover">
						<tbody>
							<tr>
								<td><h3>液化气配送驾驶员</h3></td>
							</tr>
							<tr>
								<td><h4>岗位职责：</h4>
								<ol>
									<li>负责液化气配送车辆的驾驶工作，保证安全行驶。</li>
								</ol>
								<h4>任职要求：</h4>
								<ol>
									<li>初中及以上学历</li>
									<li>持有道路从业资格证2年以上</li>
									<li>无重大安全事故，无违法犯罪记录</li>
									<li>有危险品资质优先</li>
								</ol>
								</td>
							</tr>
						</tbody>
					</table>
					<div class="color-orange text-center">
						<h4>简历投递至：<a href="mailto:123@dz.com">xuyue@96811.com</a>&nbsp&nbsp电话：31025905</h4>
					</div>
				</div>
				<%@include file="right.jsp"%>	
			</div>
		</div>
	</section>

</div>

<%@include file="footer.html"%>
<script type="text/javascript" src="${pageContext.request.contextPath}/js/slider.js"></script>
<script type="text/javascript">
	$(function(){
        $('li.dropdown').mouseover(function() {   
     		$(this).addClass('open');    
     	}).mouseout(function() {
     		$(this).removeClass('open');    
     	}); 
    });
</script>
</body>
</html>