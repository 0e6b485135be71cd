<?php 
/*
Template Name: Вакансия (Уборщица-посудомойщица)
*/
?>
<?php get_header() ?>
 <section class="main__section banket">

     <div class="container-fluid banket__header about-page__bg">
         <div class="container">
             <h2 class="banket__header-title">Вакансия Уборщица-посудомойщица</h2>
         </div>
     </div>

     <div class="container">

         <div class="vacancy__box">
             <h3 class="vacancy__desc-title">Обязанности:</h3>
             <ul class="vacancy__desc-list">
                 <li class="vacancy__desc-item">поддержание чистоты в кофейне</li>
                 <li class="vacancy__desc-item">мойка посуды</li>
                 <li class="vacancy__desc-item">уборка санузлов</li>
             </ul>
             <h3 class="vacancy__desc-title">Требования:</h3>
             <ul class="vacancy__desc-list">
                 <li class="vacancy__desc-item">опыт работы приветствуется</li>
                 <li class="vacancy__desc-item">ответственность</li>
             </ul>
             <h3 class="vacancy__desc-title">Условия:</h3>
             <ul class="vacancy__desc-list">
                 <li class="vacancy__desc-item">работа в известной, стабильной, активно развивающейся Компании</li>
                 <li class="vacancy__desc-item">оформление по ТК РФ</li>
                 <li class="vacancy__desc-item">график 2/2, 5/2</li>
                 <li class="vacancy__desc-item">стабильный доход от 20000 руб</li>
                 <li class="vacancy__desc-item">корпоративное питание, форма</li>
                 <li class="vacancy__desc-item">возможность работать рядом с домом</li>
             </ul>

         </div>

     </div>

 </section>
<?php get_footer(); ?>