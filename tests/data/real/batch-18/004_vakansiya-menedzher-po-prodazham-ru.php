<?php
/**
 * Template Name: Вакансии
 */
?>
<?php get_header('page');?>
<main class="main">
    <section class="vacancies">
    <div class="container">
        <h1 class="vacancies__title title">Вакансии</h1>
        <div class="vacancies-block">
            <div class="vacancies-block__title">Менеджер по продажам</div>
            <div class="vacancies-block__subtitle">Обязанности:</div>
            <ul class="vacancies-block__list">
                <li class="vacancies-block__list-item">Оптовая торговля</li>
                <li class="vacancies-block__list-item">Развитие клиентской базы</li>
            </ul>
            <div class="vacancies-block__subtitle">Требования:</div>
            <ul class="vacancies-block__list">
                <li class="vacancies-block__list-item">Ответственность, внимательность</li>
                <li class="vacancies-block__list-item">Азарт и желание заработать</li>
                <li class="vacancies-block__list-item">Опыт в оптовой торговле приветствуется</li>
            </ul>
            <div class="vacancies-block__subtitle">Условия:</div>
            <ul class="vacancies-block__list">
                <li class="vacancies-block__list-item">Фиксированный оклад + % от продаж</li>
                <li class="vacancies-block__list-item">Официальное оформление по ТК РФ</li>
                <li class="vacancies-block__list-item">
                    Карьерный рост
                </li>
                <li class="vacancies-block__list-item">
                    График работы: 5/2, Пн-Чт 8:45-17:30; ПТ 8:45-16:00
                </li>
            </ul>
        </div>

    </div>
    </section>
</main>
<?php get_footer();?>