<?php
$title = 'Вакансия "Прораб" в Москве | Студия Дизайнов';
$description = "В нашу команду требуется прораб, который знает технологию отделки внутренних помещений, ответственно подходит к своей работе и умеет ее правильно организовывать";
include __DIR__ . "/../../assets/inc/header.php";
?>
    <section class="section vacancy">
        <div class="container">
            <div class="vacancy__wrapper">
                <h1 class="vacancy__title title wow fadeInUp">
                    <span>Отдел производства</span>
                    Прораб(г. Москва)
                </h1>
                <div class="vacancy__list">
                    <div class="item wow fadeInUp">
                        <h2 class="item__title">Требования:</h2>
                        <div class="item__list-duties">
                            <div class="duty">Опыт работы не менее 3-х лет;</div>
                            <div class="duty">Уверенное знание технологий внутренней отделки помещений;</div>
                            <div class="duty">Опыт управления штатом;</div>
                            <div class="duty">Организованность в работе, ответственность;</div>
                            <div class="duty">Высокая работоспособность;</div>
                            <div class="duty">Наличие документов для осуществления трудовой деятельности на территории РФ обязательно.</div>
                        </div>
                    </div>
                    <div class="item wow fadeInUp">
                        <h2 class="item__title">Обязанности:</h2>
                        <div class="item__list-duties">
                            <div class="duty">Организация проведения работ на объекте;</div>
                            <div class="duty">Открытие/ закрытие объектов;</div>
                            <div class="duty">Контроль качества выполнения работ, руководство мастерами;</div>
                            <div class="duty">Курирование и организация работы;</div>
                            <div class="duty">Взаимодействие с заказчиками по урегулированию и решению вопросов, возникающих в процессе выполнения работ;</div>
                            <div class="duty">Работа с документацией.</div>
                        </div>
                    </div>
                    <div class="item wow fadeInUp">
                        <h2 class="item__title">Условия:</h2>
                        <div class="item__list-duties">
                            <div class="duty">График работы: 5/2 c 9:00 до 19:00 (обсуждаемо);</div>
                            <div class="duty">Сдельная заработная плата каждые 7-10 дней;</div>
                            <div class="duty">Иногородним предоставляется общежитие;</div>
                            <div class="duty">Выдача спецодежды;</div>
                            <div class="duty">Оплата проезда за МКАД;</div>
                            <div class="duty">Постоянный объем отделочных работ;</div>
                            <div class="duty">Объекты в районе проживания.</div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </section>
<?php include __DIR__ . "/../../assets/inc/jobs_form.php"; ?>
<?php include __DIR__ . "/../../assets/inc/footer.php";
