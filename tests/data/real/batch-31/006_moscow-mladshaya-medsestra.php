<?php 
/*
Template Name: "Vacansii"
*/

get_header(); ?>

    <!-- Breadcrumb start -->
    <section class="breadcrumb-wrap">
      <div class="container">
        <h2 class="cl-white mb-0">Вакансии</h2>
      </div>
      <div class="overlay"></div>
    </section>
    <!-- Breadcrumb end -->

    <!-- FAQ start -->
    <section class="faq-1">
      <div class="container">
        <div class="sc-title-two text-center">
          <h4 class="cl-green">Вакансии</h4>
          <h2>На работу в медицинские учреждения Москвы и Московской области срочно требуются</h2>
        </div>
        <div class="row align-items-center">
          <div class="col-lg-8 col-md-12 pe-lg-5">
            <div class="faq-content sv-detail-content">
              <div class="accordion mt-4" id="accordionExample">
                <div class="accordion-item">
                  <h2 class="accordion-header" id="headingOne">
                    <button
                      class="accordion-button bg-sfgrey-3 fw-bold"
                      type="button"
                      data-bs-toggle="collapse"
                      data-bs-target="#collapseOne"
                      aria-expanded="true"
                      aria-controls="collapseOne"
                    >
                    Младшая медицинская сестра по уходу за больными / от 80 до 110 тыс. руб.
                    </button>
                  </h2>
                  <div id="collapseOne" class="accordion-collapse collapse show" aria-labelledby="headingOne" data-bs-parent="#accordionExample">
                    <div class="accordion-body">
                      <h3>Описание вакансии</h3>

В больницы города Москвы нужны сотрудники на вакансию «Младшая медицинская сестра/брат по уходу за больными». МОЖНО БЕЗ ОПЫТА РАБОТЫ!

 

<h3>Обязанности:</h3>
<ul>
  <li>уход за пациентами, гигиенические процедуры;</li>
  <li>кормление пациентов, смена постельного белья;</li>
  <li>поддержание порядка и чистоты палат.</li>
</ul>
<h3>Требования:</h3>
<ul>
  <li>знание русского языка;</li>
  <li>наличие полного пакета документов для официального оформления;</li>
  <li>наличие мед. книжки (не обязательно);</li>
  <li>пунктуальность;</li>
  <li>ответственность, аккуратность.</li>
</ul>
<h3>Плюсы работы в нашей компании:</h3>
<ul>
  <li>Оказываем помощь в прохождении обучения и стажировок.</li>
  <li>Вы сможете выбрать место работы в различных районах г. Москвы.</li>
  <li>Предоставляем униформу, оформляем медкнижку (при ее отсутствии).</li>
  <li>Подтверждаем трудовой договор в УФМС для граждан СНГ.</li>
  <li>Официальная зарплата 2 раза в месяц, БЕЗ ЗАДЕРЖЕК!</li>
  <li>График работы 1/1, 1/3, 2/2.</li>
  <li>Сутки – 4500 руб. на руки.</li>
  <li>Помогаем с трудоустройством гражданам СНГ, оказываем помощь при оформлении документов.</li>
</ul>
                    </div>
                  </div>
                </div>
