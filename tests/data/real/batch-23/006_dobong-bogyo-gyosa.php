<? 
$_dep = array(6,4);
$_tit = array('커뮤니티','구인');
include $_SERVER['DOCUMENT_ROOT']."/dobong/include/common.php"; 
?>

</head>
<body>
<div id="wrap" class="wrap">
    <? include $_SERVER['DOCUMENT_ROOT']."/dobong/include/header.php"; ?>

    <section class="section notice-page job-page notice-inner-page job-inner-page">
        <? include $_SERVER['DOCUMENT_ROOT']."/dobong/include/svis.php"; ?>

        <article class="cont cont1">
            <div class="inner">
                <div id="content">
                    <div class="row">
                        <div class="notice_inner_wr">
                            <div class="top_wr">
                                <h6 class="title">[보건복지부] 코로나19 유행대비 어린이집 대응지침(13판- 23.06.01 시행)</h6>
                                <p class="date">등록일 2021.07.06</p>
                            </div>

                            <div class="information_box_wr">
                                <ul class="list">
                                    <li class=""><span class="title">시설명</span><p class="text">꿈빛</p></li>
                                    <li class=""><span class="title">시설유형</span><p class="text">국공립</p></li>
                                    <li class=""><span class="title">시설장</span><p class="text">김신덕</p></li>
                                    <li class=""><span class="title">아동정원</span><p class="text">84명</p></li>
                                    <li class=""><span class="title">모집직종</span><p class="text">보육교사</p></li>
                                    <li class=""><span class="title">모집인원</span><p class="text">1명</p></li>
                                    <li class=""><span class="title">연락처</span><p class="text">02)996-9375</p></li>
                                    <li class=""><span class="title">이메일</span><p class="text">iiidreamiii@hanmail.net</p></li>
                                    <li class=""><span class="title">자격조건</span><p class="text"></p></li>
                                    <li class=""><span class="title">근무시간</span><p class="text"></p></li>
                                    <li class="w100"><span class="title">급여</span><p class="text"></p></li>
                                    <li class="w100"><span class="title">마감일</span><p class="text">2024-05-22</p></li>
                                    <li class="w100"><span class="title">주소</span><p class="text">노원구 초안산로 1길 51</p></li>
                                </ul>
                            </div>

                            <div class="notice_contents">
                                <p class="text">
                                    1. 모집분야 및 응시자격<br>
                                    - 보육교사: 보육교사 1, 2급 소지자<br><br>

                                    2. 전형방법<br><br>

                                    <1차: 서류전형><br>
                                    - 제출서류: 이력서 1부, 자기소개서 1부, 경력증명서, 최종학교 성적증명서 1부<br>
                                    - 접수방법: E-mail 접수 (iiidreamiii@hanmail.net)<br>
                                    - 접수기간: 2024년 5월 22일(수) - 2024년 5월 24일(금)<br>
                                    - 근무기간: 2024년 5월 27일(월) - 2025년 2월 28일(금)<br><br>

                                    <2차: 면접><br>
                                    - 1차 합격자에 한하여 개별통지<br><br>

                                    3. 근로기준: 국공립 어린이집 근로 조건 및 보수 규정에 준함<br><br>

                                    문의) 02-996-9375 
                                </p>
                            </div>

                            <div class="view_btn_wr">
                                <ul class="list">
                                    <li><a href="<?=DIR?>/community/job_write.php" class="modify_btn">수정</a></li>
                                    <li><a href="#none" class="delete_btn">삭제</a></li>
                                </ul>
                            </div>

                            <div class="list_btn_wr">
                                <a href="<?=DIR?>/community/job.php" class="listbtn">목록<i class="axi axi-ion-grid"></i></a>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </article>

        <? include $_SERVER['DOCUMENT_ROOT']."/dobong/include/f_popup.php"; ?>
    </section>
</div>

<? include $_SERVER['DOCUMENT_ROOT']."/dobong/include/footer.php"; ?>
</body>
</html>