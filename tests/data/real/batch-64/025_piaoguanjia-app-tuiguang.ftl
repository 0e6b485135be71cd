[#import "/common/main.ftl" as main]
[#include "/common/setting.ftl"]
[@main.body title='票管家-帮助中心']
[@main.header currentmenu='1' topindex="0"/]

<div class="w1200 bc mt20 mb20">
    <!--左菜单-->
    [@main.left remark='5' leftindex4='3'/]
    <div class="fl w970 ml6 bcwhite c666666 pb30">
        <h1 class="f24 mt30 tl ti20">招聘岗位：APP推广</h1>
        <div class="bae0e0e0 br5 ml20 mr20 mt30 pt30 pl20 pr20 pb30">
            <p class="ti32">岗位职责：</p>
            <p class="ti32 mt30">1、负责公司手机客户端运营推广；</p>
            <p class="ti32 mt30">2、参与制定运营策略、活动方案和推广计划，负责实施；</p>
            <p class="ti32 mt30">3、提供用户反馈和运营数据，从运营角度提出产品优化建议；</p>
            <p class="ti32 mt30">4、了解行业最新动态，及时跟踪，并提出应对的策略与建议；</p>
            <p class="ti32 mt30">任职要求：</p>
            <p class="ti32 mt30">1、大专以上学历;</p>
            <p class="ti32 mt30">2、拥有市场营销、经济金融知识基础将使你更具优势；</p>
            <p class="ti32 mt30">3、从事过钢铁、药品、汽车、工程机械、煤炭等贸易行业者优先；</p>
            <p class="ti32 mt30">4、吃苦耐劳，诚实守信，具备优秀的表达能力，良好的客户沟通、营销能力；</p>
            <p class="ti32 mt30">5、优秀的执行力，良好的团队合作精神和协作能力；</p>
            <p class="ti32 mt30">6、精通EXCEL等办公软件</p>
            <p class="ti32 mt30">工作时间：</p>
            <p class="ti32 mt30">周一至周五8:45-17:30</p>
            <p class="ti32 mt30">福利待遇：</p>
            <p class="ti32 mt30">不限量零食，弹性工作，做五休二，住房补贴，年终奖。</p>
        </div>
    </div>
    <div class="cb"></div>
</div>
[@main.footer/]
[/@main.body]