<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page language="java" contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ include file="/views/jsp/common/taglibs.jsp" %>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
    <%@ include file="/views/jsp/common/meta.jsp" %>
    <title>招贤纳士 ${jmh_title}</title>
    <link href="${URL_LIB}/static/theme/default/css/core.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/global.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/common.css?${version}" rel="stylesheet" type="text/css"/>
    <link href="${URL_LIB}/static/theme/default/css/style.css?${version}" rel="stylesheet" type="text/css"/>
    <script type="text/javascript" src="${URL_LIB}/static/js/common/google-statistics.js"></script>
</head>
<body>
<%@ include file="/views/jsp/tiles/header-only-icon.jsp" %>
<div class="content about-bg clearfix">
    <%@ include file="/views/jsp/help/left.jsp" %>
    <div class="about-right">
        <div class="jobdetail-title"><a href="${ctx}/about/job/zhaopin">招聘职位</a>&nbsp;>&nbsp;人事经理/总监</div>
        <div class="jobdetail-content">
            <div class="job-apply"><a class="submitbtn" href="mailto:hr@enjoyfound.com"><span>立即申请</span></a></div>
            <div class="u_fans u_fansz">
            <ul class="zp"><h3>人事经理/总监</h3>
              <p>·工作地点：北京 </p>
              <p>·招聘人数：1人</p>
             
              <li class="listf clearfix">
               <b>·职位描述:</b>
                <dl>
                  <dt>1.</dt>
                  <dd>参与制定人力资源战略规划，为人事决策提供建议和信息支持；</dd>
                </dl>
                <dl>
                  <dt>2.</dt>
                  <dd>建立招聘体系，挖掘招聘渠道，负责招聘与任用的具体事务性工作，做好各部门间的协调工作；</dd>
                </dl>
                <dl>
                  <dt>3.</dt>
                  <dd>根据企业发展及人力资源战略要求，设置职位发展通道，组织开展职位分析工作，做好各职系人员发展体系的建立；</dd>
                </dl>
                <dl>
                  <dt>4.</dt>
                  <dd>组织制定、执行、监督公司人事管理制度；</dd>
                </dl>
                <dl>
                  <dt>5.</dt>
                  <dd>制定薪酬政策和晋升政策，组织提薪评审和晋升评审，制定公司福利政策，办理社会保障福利;</dd>
                </dl>
                <dl>
                  <dt>6.</dt>
                  <dd>完成领导交办的其他工作。</dd>
                </dl>
              </li>
              <li class="listf clearfix">
            <b>  ·职位要求：</b><br/>
<dl>
  <dt>1.</dt>
  <dd>相关专业本科以上学历；</dd>
</dl>
<dl>
  <dt>2.</dt>
  <dd>对人力资源战略规划、人才的发现与引进、薪酬设计、绩效考核、岗位培训、福利待遇、公司制度建设、组织与人员调整、员工职业生涯设计等具有丰富的实践经验；
</dd>
</dl>
<dl>
  <dt>3.</dt>
  <dd>对人力资源管理事务性的工作有娴熟的处理技巧，熟悉人事工作流程;</dd>
</dl>
<dl>
  <dt>4.</dt>
  <dd>熟悉国家、地区及企业关于合同管理、薪金制度、用人机制、保险福利待遇和培训方针;</dd>
</dl>

<dl>
  <dt>5.</dt>
  <dd>对人及组织变化敏感，具有很强的沟通、协调和推进能力;</dd>
</dl>

<dl>
  <dt>6.</dt>
  <dd>高度的敬业精神及高涨的工作激情，能接受高强度的工作，工作态度积极乐观;</dd>
</dl>
<dl>
  <dt>7.</dt>
  <dd>善于与各类性格的人交往，待人公平;</dd>
</dl>
<dl>
  <dt>8.</dt>
  <dd>良好的英文听、说、读、写能力;</dd>
</dl>
<dl>
  <dt>9.</dt>
  <dd>擅长招聘及组织发展，职级职系体制的建立者优先考虑;</dd>
</dl>
<dl>
  <dt>10.</dt>
  <dd>有互联网行业从业经验者优先考虑。</dd>
</dl>




              </li>
            </ul>
          </div>
        </div>
        <!--jobdetail-content结束-->
    </div>
    <!--about-right结束-->
</div>
<!--content结束-->
<div class="piccon"></div>
<%@ include file="/views/jsp/tiles/footer.jsp" %>

<script src="${URL_LIB}/static/js/common/pv.js"></script>
<script type="text/javascript">
    lz_main();
</script>

</body>
</html>
