<?php require_once './header.php'; ?>

<!-- START "Хлебные крошки" -->
<?php require_once './templates/breadcrumbs.php'; ?>
<!-- END "Хлебные крошки" -->


<!-- START "Вакансия машинист автокрана" -->
<div class="vacancy">
    <div class="container">
        <div class="vacancy__inner">
            <h1>Вакансия машинист автокрана</h1>
            <div class="vacancy__body">
                <div class="vacancy__body-info">
                    <div class="vacancy__body-info-txt">
                        <div class="vacancy__body-info-txt-header">
                            <h4 class="vacancy__body-title">Машинист автокрана</h4>
                            <div class="vacancy__body-price">от 150 000 ₽</div>
                        </div>
                        <div class="vacancy__body-info-txt-desc">
                            <div class="vacancy__body-offer">
                                <h5>Что мы предлагаем</h5>
                                <ul>
                                    <li>Автокран 30/40 zoomlion со всеми необходимыми разрешительными документами.</li>
                                    <li>Заработная плата от 150.000 рублей; (700 р в час)</li>
                                    <li>Выплаты зп 2 раза в месяц;</li>
                                    <li>Оформление по ТК РФ;</li>
                                    <li>База техники Нарвская 2.</li>
                                    <li>Разъездной характер работы.</li>
                                    <li>Стабильная работа в развивающейся компании со своим автопарком;</li>
                                    <li>Работа на новых автомобилях;</li>
                                    <li>График работы обсуждается с каждым кандидатом индивидуально;Предоставляем проживание;</li>
                                    <li>Просьба оставлять отклики или звонить по указанному номеру.</li>
                                </ul>
                            </div>
                            <div class="vacancy__body-require">
                                <h5>Требования к кандидату</h5>
                                <ul>
                                    <li>Водительское удостоверение кат. С.</li>
                                    <li>Знания по устройству автомобиля и прицепа;</li>
                                    <li>Бережное отношение к технике, профессионализм, коммуникабельность, самостоятельность, высокий уровень самодисциплины.</li>
                                </ul>
                            </div>
                        </div>
                    </div>
                    <div class="vacancy__body-info-img">
                        <img src="./assets/img/vacancy__body-info-img.webp" alt="Машинист автокрана">
                    </div>
                </div>
                <div class="vacancy__body-form">
                    <div class="vacancy__body-form-header">
                        <h5>Оставляйте заявку на собеседование</h5>
                        <div class="vacancy__body-form-header-info">
                            Оставьте контакты и наши специалисты помогут с выбором
                        </div>
                    </div>
                    <div class="vacancy__body-form-body">
                        <form>
                            <div class="vacancy__body-form-inputs">
                                <input type="text" placeholder="Ваше имя">
                                <input type="tel" placeholder="+7 (...) ... - .. - ..">
                                <input class="btn btn_input" type="submit" value="Оставить заявку">
                            </div>
                        </form>
                    </div>
                    <div class="vacancy__body-form-footer">
                        Нажимая на кнопку «Оставить заявку», вы соглашаетесь с нашей Политикой конфиденциальности
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
<!-- END "Вакансия машинист автокрана" -->

<!-- START "Контакты" -->
<?php require_once './templates/contacts.php'; ?>
<!-- END "Контакты" -->

<?php require_once './footer.php'; ?>