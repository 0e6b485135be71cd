<?php $this->meta_title = 'Вакансия “Backend-разработчик”';?>

<div class="requirements clearfix">
    <h1 class="requirements_title">НАМ НУЖЕН BACKEND - РАЗРАБОТЧИК</h1>
    <div class="requirements_title-sub">У нас красивый и просторный офис в Ярославле - в Петровском Пассаже </div>
    <div class="requirements_func">&lt;?php echo "Hello, World!"; ?&gt;</div>
    <div class="requirements_hold clearfix">
        <div class="requirements_col-l">
            <h3 class="requirements_t"> Умный<br>и адекватный</h3>
            <div class="requirements_desc">Умение работать по техническому<br> заданию четко и быстро</div>
            <h3 class="requirements_t">Ответственный</h3>
            <div class="requirements_desc">Обучаемый и без заморочек<br> сделает работу в срок</div>
            <div class="requirements_pay"></div>
        </div>
        <div class="requirements_col-r">
            <h3 class="requirements_t">Увлеченный <br>и талантливый</h3>
            <div class="requirements_desc">Интересуется современными  технологиями и  обладает большим кругозором </div>
            <h3 class="requirements_t">Умелый</h3>
            <div class="requirements_desc">
                <div class="margin-b10">Владеющий следующими навыками: </div>
                <div class="requirements_skils"></div>
            </div>
        </div>
    </div>
</div>


<div class="vacancy_row vacancy_row__blue">
    <h3 class="vacancy_row-t">Что мы <br>предлагаем</h3>
    <div class="vacancy_row-desc">
        <ul class="vacancy_ul">
            <li class="vacancy_li">Работа в центре города в просторном офисе</li>
            <li class="vacancy_li">Мы стараемся использовать самые передовые и современные технологии - это прекрасная возможность для профессионального роста</li>
            <li class="vacancy_li">Общение с целым рядом экспертов в своих областях</li>
            <li class="vacancy_li">Никакого перебрасывания с проекта на проект. Мы “готовим” один продукт, поэтому будет возможность обустроить свое рабочее место</li>
            <li class="vacancy_li">Достойную заработную плату (от 40 000 до 80 000 рублей)</li>
        </ul>
    </div>
</div>
<div class="vacancy_row vacancy_row__green">
    <h3 class="vacancy_row-t">Приветствуется</h3>
    <div class="vacancy_row-desc">
        <ul class="vacancy_ul">
            <li class="vacancy_li">Опыт работы с PHP от одного года</li>
            <li class="vacancy_li">Опыт работы с JavaScript от одного года</li>
            <li class="vacancy_li">Работа с MVC фреймворками (Yii, Zend, Symfony)</li>
            <li class="vacancy_li">Опыт работы с Comet-сервером или websocket</li>
        </ul>
    </div>
</div>
<div class="vacancy_row vacancy_row__carrot">
    <h3 class="vacancy_row-t">Что нужно <br> будет делать</h3>
    <div class="vacancy_row-desc">
        <ul class="vacancy_ul">
            <li class="vacancy_li">Разработка новых продуктовых сервисов</li>
            <li class="vacancy_li">Разработка REST API сервисов</li>
            <li class="vacancy_li">Поддержка существующего кода</li>
        </ul>
    </div>
</div>