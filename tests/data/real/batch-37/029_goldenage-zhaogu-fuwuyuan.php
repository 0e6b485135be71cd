<?php include '_header.php'; ?>
<main class="recruit_main content">
    <article>
        <div class="page-banner">
            <div class="page-banner_box">
                <div class="page-banner_info">
                    <h2 class="page-banner_info_title">
                        成為夥伴
                    </h2>
                </div>
            </div>
        </div>
        <div class="page-content fadeInUp animated">
            <div class="article-name">
                <h3>成為我們的夥伴</h3>
            </div>
            <div class="user_editor ">
                <div class="recruit">
                    <div class="recruit_top row">
                        <div class="col-12 col-sm-12 col-md-7">
                            <div class="">
                                <img src="images/recruit_pic.jpg" title="護理之家的各位夥伴合照" alt="護理之家的各位夥伴合照">
                            </div>
                        </div>
                        <div class="col-12 col-sm-12 col-md-5">
                            <div class="dc_txt">
                                <div class="box1">
                                    <div class="page-title"><h4>工作條件</h4></div>
                                    <ul class="">
                                        <li>
                                            <span>具照顧服務員訓練結業証書或丙級證照</span>
                                        </li>
                                    </ul>
                                </div>
                                <div class="box2">
                                    <div class="page-title"><h4>工作項目</h4></div>
                                    <ul class="">
                                        <li> <span>居家服務(中壢區、觀音區)</span> </li>
                                        <li> <span>內壢護理之家</span> </li>
                                        <li> <span>中壢日照中心</span> </li>
                                    </ul>
                                </div>
                                <button type="button"><a href="#" target="_blank" title="另開視窗連結至人才招募">我要應徵</a></button>
                            </div>
                        </div>
                    </div>
                    <div class="recruit_mid row ">
                        <div class="col-12 col-sm-12 col-md-5 rm_bg">
                            <div class="dc_txt ">
                                <div class="box1">
                                    <div class="page-title"><h4>工作內容</h4></div>
                                    <div class="box1_act">
                                        <strong>派遣至個案家中</strong>
                                        <ul class="box1-1_act">
                                        <li>
                                            <span>家務及日常照顧服務： <br>
                                                包含換洗衣物之洗滌或修補、居家環境改善、家務整理、餐飲服務、陪同就醫及其他相關之居家服務…等。</span>
                                        </li>
                                        <li>
                                            <span>身體照顧服務： <br>
                                                包含協助沐浴、穿換衣服、協助使用日常生活輔具、進食、服藥及其他服務…等。</span>
                                        </li>
                                    </div>
                                </div>
                                <div class="box2">
                                    <ul class="box2_act">
                                        <li><span>學歷：</span>不拘</li>
                                        <li><span>休假制度：</span>比照勞基法新制之給假制度</li>
                                        <li><span>工作性質：</span>正職、兼職亦可</li>
                                        <li><span>需備駕照：</span>輕型機車或普通重型機車</li>
                                    </ul>
                                </div>
                                <div class="box3">
                                    <div class="page-title"><h4>聯絡方式</h4></div>
                                    <ul class="">
                                        <li><span>天晟醫院　人資室　陳小姐</span></li>
                                        <li>
                                            <span>電話：03-4629292分機28836</span>
                                        </li>
                                        <li>
                                            <span>Mail：tthr@tcmg.com.tw</span>
                                        </li>
                                        <li>
                                            <span>院址：桃園市中壢區延平路155號(紙本郵寄可)</span>
                                        </li>
                                    </ul>
                                </div>
                                <button type="button"><a href="#"target="_blank" title="另開視窗連結至人才招募">我要應徵</a></button>
                            </div>
                        </div>
                        <div class="col-12 col-sm-12 col-md-7">
                            <div class="">
                                <img src="images/recruit_pic2.jpg" title="護理之家的專業團隊合照" alt="護理之家的專業團隊合照">
                            </div>
                        </div>
                    </div>
                </div>
                <div class="backBtn">
                    <a href="javascript:history.back(1)">
                        回上頁
                    </a>
                </div>
            </div>
        </div>
    </article>
</main>
<?php include '_footer.php'; ?>