<?php
/**
 * Created by PhpStorm.
 * User: Administrator
 * Date: 2016/4/11
 * Time: 14:19
 */?>
<div class="container" id="qyjs_title">
    <section style="padding:0;">
        <div class="row">
            <div class="col-md-12 col-sm-12 text-left">
                <h4>加入我们</h4>
            </div>
        </div>
    </section>
</div>
<div class="container" id="joinus">
    <section>
        <div class="row">
            <div class="col-md-12 col-sm-12 joinus">
                <p class="qinghuai">
                    如果你:<br>
                    对自己的创造力、学习力充满信心；<br>
                    愿意为远大的理想而付出脚踏实地的努力；<br>
                    善于沟通协调；<br>
                    追求品质和行动力；<br>
                    <br>
                    恭喜你，和我们基因相符，<br>
                    赶快加入我们吧！<br>
                    <br>
                    我们将为你提供：<br>
                    平等快乐的工作氛围；<br>
                    完善优厚的薪酬福利；<br>
                    花样百出的员工奖励；<br>
                    完善的培训与职业发展规划。<br>
                    <br>
                    加入清易云康，请将简历投递至邮箱hr@wocaring.cn
                </p>
            </div>
        </div>
        <div class="row">
            <div class="col-md-12 col-sm-12 joinus_text">
                <h1 class="joinus_h1 joinus_text">1.渠道专员</h1>
                <h2 class="joinus_h2 joinus_text">岗位职责：</h2>
                <p class="joinus_p joinus_text">负责公司现有全国渠道的建设、维护、更新、管理，及时沟通，反馈代理商信息，做出处理意见；
                    负责对空白市场代理商进行网络的开发及品牌推广，不断完善区域销售网络，增加有效渠道数量；
                    对代理商客情的维护、服务、帮助，及疑难问题的处理；
                    完成上级交付的其他事项。</p>
                <h2 class="joinus_h2 joinus_text">任职要求：</h2>
                <p class="joinus_p joinus_text">大专以上学历，理工科背景，制药、化学、分析类专业优先；
                    有良好的市场分析能力和反应能力；
                    有良好的人际沟通能力和团队协作精神；
                    具有实验室仪器销售工作经历、熟悉药检、化学和生命科学仪器产品市场和销售渠道者优先；
                    富有激情，能承受工作压力。</p>
            </div>
