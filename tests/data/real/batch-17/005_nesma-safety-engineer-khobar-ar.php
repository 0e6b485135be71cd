<?php
    include 'controllers/header.php';
?>

    <!-- الرئيسيه -->
    <div class="main-home">
        <div class="container">
            <div class="search-tab">
                <a href="#" class="main-page">الرئيسيه <span>></span> </a>
                <a href="#" class="main-page">التوظيف <span>></span> </a>
                <a href="#" class="sub-main-page">عرض الوظيفه</a>
            </div>
        </div>
    </div>
    <!-- الرئيسيه -->

        <div class="showing-vacancy">
            <div class="container">
                <div class="title-grouping">
                    <div class="row">
                        <div class="col-md-6">
                            <div class="safety-engineer">
                                <div class="row">
                                    <div class="col-md-4">
                                        <div class="logo-of-company">
                                            <a href="#">
                                                <img src="images/042.png" alt="">
                                            </a>
                                        </div>
                                    </div>
                                    <div class="col-md-8">
                                        <div class="job-description">
                                            <a href="#">Safety Engineer</a>
                                            <span>نسما للكهرباء</span>
                                        </div>
                                    </div>
                                </div>
                            </div>
                        </div>
                    <div class="col-md-3">
                        <div class="listed-dates">
                            <ul>
                                <li>تاريخ الإعلان عنها : <span>Feb 26, 2018</span></li>
                                <li>تاريخ انتهاء الصلاحية : <span>Feb 26, 2018</span></li>
                                <li>الرقم المرجعي : <span> JB3777850</span></li>
                            </ul>
                        </div>
                    </div>
                    <div class="col-md-3">
                        <div class="registering-now">
                            <ul>
                                <li><a href="employment.php"><i class="fa fa-spotify"></i>تقدّم الآن</a></li>
                                <li><a href="#"><i class="fa fa-odnoklassniki"></i>أرسل إلى صديق</a></li>
                                <li><a href="#"><i class="fa fa-share-alt"></i>المشاركه</a></li>
                            </ul>
                        </div>
                    </div>
                </div>
            </div>
        </div>
        <div class="container">
            <div class="listed-lists">
                <div class="row">
                    <div class="col-md-4">
                        <div class="job-detailed-desc">
                            <h4>تفاصيل الوظيفة</h4>
                            <ul>
                                <li>منطقة الوظيفة : <span> الخبر, السعودية</span></li>
                                <li>الدور الوظيفي : <span>المحاسبة/الشؤون المالية</span></li>
                                <li>تاريخ الالتحاق بالعمل : <span> 2018-03-15</span></li>
                                <li>الحالة الوظيفية : <span> دوام كامل</span></li>
                                <li>نوع التوظيف : <span>موظف</span></li>
                                <li>عدد الوظائف الشاغرة : <span>1</span></li>
                            </ul>
                        </div>
                        <div class="job-detailed-desc">
                            <h4>المرشح المفضل</h4>
                            <ul>
                                <li>المستوى المهني : <span>مبتدئ</span></li>
                                <li>منطقة الإقامة : <span>الخبر, المملكة العربية السعودية</span></li>
                                <li>الجنس : <span> ذكر</span></li>
                                <li>الجنسية : <span> المملكة العربية السعودية</span></li>
                                <li>الشهادة : <span>بكالوريوس</span></li>
                            </ul>
                        </div>
                    </div>
                    <div class="col-md-8">
                        <div class="left-listed-lists">
                            <h4>الوصف الوظيفي</h4>
                            <ul>
                                <li>Prepare monthly bank reconciliation.</li>
                                <li>Maintain container deposit schedule with weekly updates.</li>
                                <li>Prepare petty cash/bank payment vouchers.</li>
                                <li>Process vacation and ticketing.bv</li>
                                <li>Contribute to developing an effective culture organization, upholding company value and staff morale.</li>
                            </ul>
                        </div>
                        <div class="left-listed-lists">
                            <h4>المهارات</h4>
                            <ul>
                                <li>Knowledge of Generally Accepted Accounting Principles.</li>
                                <li>Analytical and accounting skills.</li>
                                <li>Experience with MS Word, MS Excel, Financial software, HRMS.</li>
                                <li>Keen attention to detail and accuracy.</li>
                                <li>Good computer skills.</li>
                                <li>Information/Records administration.</li>
                                <li>Numerical Skills.</li>
                            </ul>
                        </div>
                    </div>
                </div>
            </div>

        </div>
    </div>

<?php
    include 'controllers/footer.php';
?>