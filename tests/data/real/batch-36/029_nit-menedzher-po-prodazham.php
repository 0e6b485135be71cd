<section class="page-107 banner">
    <div class="container">
        <div class="rg-card shadow bg-svg-line">
            <div class="row align-items-center">
                <div class="col-md-8">
                    <h1 class="p-0 title text-start color-white">Менеджер по продажам</h1>
                    <div class="desc color-white mt-4">
                        <p class="h4 pb-3">Хотите работать в современной компании<br> и получать от 80 000₽? <br><span
                                    class="strong d-block mt-4">Тогда вы по адресу!</span></p>
                        <p>ООО «Новые Интернет Технологии» с 2009 года официальный представитель компании СКБ Контур. Мы
                            работаем по всей России и помогаем компаниям перейти на современные системы ведения
                            бизнеса.</p>
                        <p>В компании работает сильный, молодой и сплоченный коллектив, готовый прийти на помощь своим
                            коллегам в решении поставленных задач.</p>
                    </div>
                    <button data-pop="vakansii" class="popClick btn btn_yellow">Отправить резюме</button>
                </div>
                <picture class="col-md-4 d-none d-md-block">
                    <img src="/wp-content/themes/govorov.top/assets/img/pages/166/vakansii_1.svg"
                         alt="Поиск работы в СКБ Контур">
            </div>
        </div>
    </div>
</section>
<section class="page-166 section_2 pb-0">
    <div class="container">
        <h2>Мы будем рады видеть тебя в нашей команде!</h2>
        <div class="row">
            <div class="col-md-4">
                <p class="h5 text-start pb-3">Обязанности:</p>
                <ul class="rg-list rg-list_circle text-start pb-0">
                    <li>Звонить клиентам по готовым теплым базам;</li>
                    <li>Проводить онлайн и офлайн презентации, общаться с первыми лицами компании;</li>
                    <li>Заключать сделки и радоваться, что у бонусов нет потолка;</li>
                    <li>Вести базу клиентов, оформлять все сделки в CRM и биллинге.</li>
                </ul>
            </div>
            <div class="col-md-4">
                <p class="h5 text-start pb-3">Требования:</p>
                <ul class="rg-list rg-list_circle text-start pb-0">
                    <li>Грамотно говоришь и пишешь, опрятный;</li>
                    <li>Умеешь рассуждать, излагать свои мысли и договариваться;</li>
                    <li>Понимаешь, как работать с информацией: запоминать, анализировать, понимать, как использовать в
                        работе;
                    </li>
                    <li>Внимательно относишься к деталям и выполняешь задачи вовремя;</li>
                    <li>Преимуществом будет: знание техник продаж, опыт работы с клиентами, опыт работы в IT-сфере или
                        опыт работы с юридическим лицами.
                    </li>
                </ul>
            </div>
            <div class="col-md-4">
                <p class="h5 text-start pb-3">Условия:</p>
                <ul class="rg-list rg-list_circle text-start pb-0">
                    <li>Доход «без потолка» : оклад + ежемесячные, ежеквартальные премии;</li>
                    <li>Оформление по ТК;</li>
                    <li>Работа в офисе (м. Новослободская, Менделеевская, Достоевская, 2 мин. пешком);</li>
                    <li>Обучение, тренинги за счет компании;</li>
                    <li>Режим работы 5/2 (с 10 до 19 или с 9 до 18);</li>
                    <li>Молодой, сплоченный коллектив;</li>
                    <li>Соц пакет сотрудникам оплата 50% абонемента в спортзал, премии на ДР, корпоративы и другие
                        программы;
                    </li>
                    <li>Оклад (по итогам собеседования) + бонусы с продаж + мотивационные программы;</li>
                    <li><span class="strong">Средняя зарплата 80 000₽ / 100 000₽</span> <br> В зависимости от результата
                        может быть и на много больше;
                    </li>
                    <li>Испытательный срок 1 месяц.</li>
                </ul>
            </div>
        </div>
    </div>
</section>
<div class="popup" data-max-width="582" id="vakansii">
    <div class="pop html">
        <p class="title">Заполните форму <br>и отправьте заявку</p>
        <p class="desc">Заполните форму и нажмите «Отправить»<br> Наш специалист свяжется с вами в ближайшее время!</p>
		<?= do_shortcode( '[contact-form-7 id="178" title="Подбор персонала"]' ) ?>
    </div>
</div>
<div class="section rg-fast-connect-form-in-footer">
    <div class="container position-relative">
        <div class="items d-flex justify-content-end justify-content-md-center align-items-center">
            <picture class="item image">
                <source media="(max-width: 767.98px)"
                        data-srcset="/wp-content/themes/govorov.top/assets/img/repeat-elements/fast-connect-footer-768.png">
                <source media="(max-width: 991.98px)"
                        data-srcset="/wp-content/themes/govorov.top/assets/img/repeat-elements/fast-connect-footer-992.png">
                <source media="(max-width: 1199.98px)"
                        data-srcset="/wp-content/themes/govorov.top/assets/img/repeat-elements/fast-connect-footer-1200.png">
                <source media="(max-width: 1399.98px)"
                        data-srcset="/wp-content/themes/govorov.top/assets/img/repeat-elements/fast-connect-footer-1400.png">
                <img class="lazy" alt="Подключить диадок бесплатно!"
                     data-src="/wp-content/themes/govorov.top/assets/img/repeat-elements/fast-connect-footer.png">
            </picture>
            <div class="item text ms-4">
                <p class="h2 text-start pb-4">Все устраивает?</p>
                <p class="h2 text-start pb-4">Тогда скорей отправляйте резюме, мы Вас ждем!</p>

                <button data-pop="vakansii" class="btn popClick">
                    Отправить резюме
                </button>

            </div>
        </div>
    </div>
</div>

<script>
    let dataYear = document.querySelector('.years-of-work-nit');
    const now = new Date();
    dataYear.innerText = now.getFullYear() - 2009;
</script>