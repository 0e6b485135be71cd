<?php include_once "header.php"; ?>
<title>Портал-Опис вакансії</title>
</head>

<body id="main">
    <?php include_once "menu.php"; ?>
    <!-- main-section-->
    <section class="mt-0 pt-3 news_description">
        <div class="container pt-2 pb-2 pb-lg-3 px-sm-0 px-md-3 px-lg-3 px-xl-3">
            <div class="d-flex justify-content-between align-items-baseline mt-3 mt-md-3 mt-lg-3 mt-xl-4">
                <h3 class="d-md-none d-lg-block pt-sm-2 pt-lg-3 text-left text-uppercase text_color">Опис вакансії
                </h3>
                <h3
                    class="d-none d-md-block align-self-baseline d-lg-none pt-sm-2 pt-lg-3 text-left mb-2 text-uppercase text_color">
                    Акціонерне Товариство "Марганецький гірничо-збагачувальний
                    комбінат"</h3>
                <a href="index.php" class="align-self-baseline d-flex flex-row align-items-center flex-nowrap bg-light mt-5 mb-3 p-1 text-uppercase border border-primary rounded shadow text_color">
                    Вихід<i class="fas fa-sign-out-alt ml-2"></i></a>
            </div>
            <div class="row pb-sm-1 ml-0 px-0 mr-0">
                <?php include_once "left-nav.php"; ?>
                <aside class="col-sm-12 col-lg-10 px-0 px-sm-0 pl-md-0 pl-lg-1 py-3 py-lg-0">
                    <div id="open-positions" class="row mx-0 border border-primary rounded bg_muted">
                        <!-- heading -->
                        <div class="col-12 mx-0 px-0 text-center">
                        <h2 class="d-flex flex-row justify-content-center align-items-center flex-wrap text-uppercase px-1 py-3 mx-1 my-1 text-white bg_linear_dark">Досвід 
                                <span class="d-none d-sm-inline-block dot mx-1 mx-md-2 mx-md-3"><i class="far fa-dot-circle"></i></span><span class="d-sm-none">-</span> Стабільність 
                                <span class="d-none d-sm-inline-block dot mx-1 mx-md-2 mx-md-3"><i class="far fa-dot-circle"></i></span><span class="d-sm-none">-</span> Перспектива</h2>
                        </div>
                        <!-- text-positions -->
                        <div class="col-12 mx-0 px-2">
                            <div class="d-flex flex-row justify-content-center justify-content-md-start align-items-center mx-5 my-4">
                                <h2 class="text-center text-md-left text_color">Підземний гірник очисного забою 5-6 розряду</h2>
                            </div>
                            <p class="px-2 mb-2"><strong>Привіт, наш майбутній співробітник!</strong><br>Ми чекаємо Вас в нашій команді! Молодого, амбітного, спраглого стати професіоналом у обраній професії.</p>
                            <p class="px-2 mb-2"><strong class="font-italic">Готові прийняти випускників, надати перше місце роботи! Дати старт для Вашої професійної кар'єри!</strong></p>
                            <br>
                            <p class="px-2 mb-2 font-weight-bold">Розмір середньої заробітної плати</p>
                                <ul class="list-unstyled ml-3">
                                    <li> - 21 200 грн (5 розряд)</li>
                                    <li> - 24 750 грн (6 розряд)</li>
                                </ul>
                            <p class="px-2 mb-2"><strong>Графік роботи</strong><br> 3-x змінний, бригадний. Тривалість зміни 7.2 години</p>
                            <p class="px-2 mb-2"><strong>Умови пенсійного забезпечення</strong><br> пільговий список пенсійного забезпечення № 1</p>
                            <p class="px-2 mb-2"><strong>Від Вас ми чекаємо:</strong><br> - БАЖАННЯ ПРАЦЮВАТИ!!!</p>
                            <p class="px-2 mb-2 font-weight-bold">Ми Вам пропонуємо:</p>
                                <ol>
                                    <li> Старт для Вашої професійної кар'єри.</li>
                                    <li> Повний соцпакет.</li>
                                    <li> Оформлення відповідно до КЗпП України.</li>
                                    <li> Стабільний дохід.</li>
                                    <li> Право на пільгове пенсійне забезпечення</li>
                                    <li> Оздоровлення в санаторії-профілакторії.</li>
                                    <li> Пільгова програма відпочинку за кордоном (Туреччина, Єгипет).</li>
                                    <li> Харчування працівників у виробничих їдальнях.</li>
                                    <li> Трансфер автобусами підприємства в віддалені райони міста.</li>
                                    <li> Медичне страхування в СК «Лікарняна каса».</li>
                                    <li> Матеріальна допомога при вступі в шлюб та при народженні дитини, а також інші умови згідно Колективного договору.</li>   
                                </ol>
                            <div class="row m-2">
                                <a href="#" class="btn btn-lg btn-dark text-uppercase my-4 mx-auto mx-md-0 shadow">Відгукнутися на вакансію</a>
                            </div>
                        </div>
                    </div>
                </aside>
            </div>
        </div>
    </section>
    <!--footer-->
    <?php include_once "footer.php"; ?>