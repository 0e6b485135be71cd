<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ include file="include/include.jsp"%>
<%@ include file="include/top-head.jsp"%>
<%@ include file="include/hover-tool.jsp"%>
<html>
<head>
    <title>职位详情</title>
</head>

<body>
    <div class="title-header">
        <div class="container" style="border-bottom: 1px solid lightgray;">
            <div class="row">
                <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">
                    <span class="normal-color">当前位置：山色咨询>猎头职位></span>
                    <span class="normal-color">上海猎头公司职位</span>
                </div>
            </div>
            <div class="img-responsive mb10"></div>
            <div class="row">
                <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">
                    <h1>上海猎头公司职位 测试开发专家</h1>
                </div>
            </div>
            <div class="row">
                <div class="col-lg-2">
                    <span>来源：未知</span>
                </div>
                <div class="col-lg-10">
                    <span>上海猎头职位</span>
                    <span>|</span>
                    <span>2019-03-14</span>
                </div>
            </div>
        </div>
    </div>
    <div class="content pad-dis-t">
        <div class="container">
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <span class="deep-color">职位年薪：</span>
                    <span class="deep-color">30-60万</span>
                </div>
            </div>
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <span class="deep-color">所属行业：</span>
                    <span class="deep-color">互联网</span>
                </div>
            </div>
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <span class="deep-color">所属部门：</span>
                    <span class="deep-color">测试部门</span>
                </div>
            </div>
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <span class="deep-color">企业性质：</span>
                    <span class="deep-color">私营民营企业</span>
                </div>
            </div>
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <span class="deep-color">企业规模：</span>
                    <span class="deep-color">1000-2000人</span>
                </div>
            </div>
            <div class="row mar-dis-t mar-dis-l">
                <div class="col-lg-12">
                    <p class="deep-color">职位描述：</p>
                    <ul>
                        <li class="no-indent normal-color">1. 参与公司软件产品测试的全流程，包括参与需求分析、设计评审，制定测试计划，设计和执行测试用例，进行缺陷跟踪和软件质量分析等;</li>
                        <li class="no-indent normal-color">2. 执行项目测试，包括制定测试计划，构建测试环境，执行集成测试，回归测试等;</li>
                    </ul>
                </div>
            </div>
        </div>
    </div>
</body>
</html>
