<?php
$menu = $this->getPageMenu();
$this->pageTitle = '加入我们_名医主刀';
?>
<style>
    #site-header{border-bottom:1px solid #ddd;}
    .page-content .heading-u{margin-bottom:0;}
    .page-content .panel{border-top:none;border-radius:0;}
    .page-content .panel-body{padding-top:30px;font-size: 16px;}    

</style>
<div class="container">
    <div class="mb20">
        <div id="sidemenu" class="col-sm-2">
            <?php $this->renderPartial('pages/_menu'); ?>
        </div>
        <div class="col-sm-10 page-content">
            <div class="row">
                <div class="panel panel-default">

                    <div class="panel-body passage">
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;"><strong><span style="font-size: 14px;">PHP工程师（高级）</span></strong></span>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei; font-size: 14px;"></span>
                        </p>
                        <table class="table border-bottom">
                            <tbody>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作地点</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">上海</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作性质</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">全职</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">月薪</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">15000-20000</span>
                                    </td>
                                </tr>
                                <tr>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">工作经验</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">2年</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">学历</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">本科</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">招聘人数</span>
                                    </td>
                                    <td width="119" valign="top" style="word-break: break-all;">
                                        <span style="font-family: 微软雅黑, Microsoft YaHei;">1</span>
                                    </td>
                                </tr>
                            </tbody>
                        </table>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">岗位职责:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">负责项目后台编码、设计</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">参与数据库设计，并根据开发规范独立完成编码和测试</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px;">按照项目进度、功能需求完成工作</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">能够对于项目需求提出合理性建议</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">编写技术文档</span>
                                </p>
                            </li>
                        </ol>
                        <p>
                            <br/>
                        </p>
                        <p>
                            <span style="font-family: 微软雅黑, Microsoft YaHei;">技能需求:</span>
                        </p>
                        <ol class=" list-paddingleft-2" style="list-style-type: decimal;">
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">2年及以上PHP网站项目开发经验</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">精通PHP语言进行面向对象编程，具备系统分析、数据分析和独立设计能力</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">精通MVC架构，至少熟悉一种常用的PHP开发框架（yii框架最佳）</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">熟悉mySql、Apache、PHP配置，以及常见扩展</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">有一定的数据库优化经验</span>
                                </p>
                            </li>
                            <li>
                                <p>
                                    <span style="font-family: 微软雅黑, Microsoft YaHei; color: rgb(51, 51, 51); letter-spacing: 0px; font-size: 14px; background: rgb(255, 255, 255);">善于学习，抗压能力强</span>
                                </p>
                            </li>
