<?php require_once 'header.php'; ?>

<div class="container">
    <div class="page_title">
        <h1>О компании</h1>
    </div>
    <div class="company_wrap">
        <div class="sidebar_page">
            <ul class="sidebar_page_submenu">
                <li><a href="<?= PATH ?>page/company/">О компании</a></li>
                <li><a href="<?= PATH ?>page/partners/">Партнеры</a></li>
                <li><a href="<?= PATH ?>page/vacancy/">Вакансии</a></li>
                <li><a href="<?= PATH ?>page/requisites/">Реквизиты</a></li>
            </ul>
        </div>

        <div class="vacancy">
            <div class="vacancy_title">
                <div class="vacancy_name">Фармацевт </div>
                <div class="vacancy_price"> от 50 000 до 65 000 &#8381</div>
            </div>
            <div class="vacancy_text">
                <div>
                    <ul>
                        <li><span class="vacancy_text_title">Должностные обязанности:</span></li>
                        <li>- Профессиональное консультирование покупателей по лекарственным препаратам, лечебной косметике, парафармации;</li>
                        <li>- Отпуск лекарственных средств и сопутствующих товаров;</li>
                        <li>- Реализация рекламных акций;</li>
                        <li>- Соблюдение фармацевтического порядка.</li>
                        <li><span class="vacancy_text_title">Требования:</span></li>
                        <li>- Высшее/среднее специальное фармацевтическое образование;</li>
                        <li>- Наличие сертификата специалиста.</li>
                        <li><span class="vacancy_text_title">Условия:</span></li>
                        <li>Оформление по ТК РФ;</li>
                        <li>График работы: 2/2, либо по договоренности, возможность подработок;</li>
                        <li>Продление сертификата и оплата медицинской книжки за счет компании;</li>
                        <li>Стабильная и достойная заработная плата;</li>
                        <li>Возможность увеличения з/платы по индивидуальным показателям;</li>
                        <li>Перспектива карьерного роста;</li>
                        <li>Хороший коллектив.</li>
                        <li>Сменный график работы;</li>
                        <li>На территории работодателя;</li>
                        <li><span class="vacancy_text_title">Зарплата: от 50 000 до 65 000 &#8381</span></li>
                    </ul>
                </div>
                <div class="vacancy_mail">
                    <a href="mailto:aneboleyka@mail.ru?subject=Резюме на вакансию Фармацевт">Отправить резюме</a>
                </div>
            </div>
        </div>
    </div>
</div>

<?php require_once 'footer.php'; ?>