<?php include 'header.php'; ?>

<div class="wrapTitlePage">
    <h2 class="titlePage">RECRUIT</h2>
    <p class="subTitlePage">求人</p>
</div>
<div class="areaRecruit">
    <div class="inner">
        <div class="wrapRecruit">
            <div class="wrapTab">
                <ul class="listTab">
                    <li class="active"><a href="#jobsRecruit">求人</a></li>
                </ul>
                <div class="contentTab">
                    <div class="itemTab" id="jobsRecruit">
                        <ul class="listItem anchor">
                            <li><a href="#insApprentice">指導員見習い</a></li>
                            <li><a href="#instructor">教習指導員</a></li>
                        </ul>
                        <div class="wrapBasicPlan" id="insApprentice">
                            <h3 class="titleItemContent">指導員見習い</h3>
                            <div class="contentItem">
                                <h4 class="titleItem">仕事内容</h4>
                                <p class="desApprentice">指導員とはお客様の免許取得のサポートをする仕事です。<br>
                                    教習車の助手席で、生徒さんに運転の技術や知識、心の教育を行います。<br>
                                    まずは「見習い」として、指導員の資格試験への事前準備（教養）をしながら、教習生の送迎などをしていただきます。<br>
                                    マンツーマンで先輩が合格をサポートします。<br>
                                    試験に合格して指導員資格を取得したら、晴れて指導員デビューです！</p>
                                <div class="boxApprentice">
                                    <div class="iframeApprentice">
                                        <div class="wrapApprenticeItem">
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">学歴・資格等</h5>
                                                <ul class="listApprentice">
                                                    <li>●高卒以上</li>
                                                    <li>●普通自動車一種免許取得後3年以上<br>（普通自動二輪免許・中型自動車免許　入社後取得制度有）</li>
                                                    <!-- <li>●3級自動車整備士所持者は優遇</li> -->
                                                </ul>
                                            </div>
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">勤務時間</h5>
                                                <ul class="listApprentice">
                                                    <li>9時20分～18時20分　残業あり</li>
                                                </ul>
                                            </div>
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">雇用形態</h5>
                                                <ul class="listApprentice">
                                                    <li>正社員</li>
                                                </ul>
                                            </div>
                                        </div>
                                        <div class="wrapApprenticeItem">
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">給与</h5>
                                                <ul class="listApprentice">
                                                    <li>当社規定による</li>
                                                </ul>
                                            </div>
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">休日・休暇</h5>
                                                <ul class="listApprentice">
                                                    <li>当社カレンダーによる</li>
                                                </ul>
                                            </div>
                                            <div class="contentItemApprentice">
                                                <h5 class="titleSenior">福利厚生</h5>
                                                <ul class="listApprentice">
                                                    <li>●各種社会保険完備<br>（健康・厚生年金・労災・雇用）</li>
                                                    <li>●退職金制度</li>
                                                </ul>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                                <p class="desApprentice">先輩指導員のほとんどは未経験からのスタートです。<br>
                                    サービス業や営業職からの転職組もたくさんいらっしゃいます。<br>
                                    研修制度もバッチリあるので、未経験でも安心です。<br>
                                    </p>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<?php include 'footer.php'; ?>
