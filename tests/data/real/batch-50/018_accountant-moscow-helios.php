<? require_once "header.php" ?>
<section class="vacancy">
  <div class="container">
    <div class="vacancy__inner">
      <div class="title">
        <div class="small-text">
          Вакансия
        </div>
        Бухгалтер
      </div>
      <div class="vacancy__headline">
        Оклад
        <div class="small-text">40 000 — 50 000 руб.</div>
      </div>
      <div class="vacancy__headline">
        График
        <div class="small-text">Полный рабочий день</div>
      </div>
      <div class="vacancy__headline">
        Опыт работы
        <div class="small-text">От 3 лет</div>
      </div>
      <div class="vacancy__headline">
        Образование
        <div class="small-text">Образование</div>
      </div>
      <ul class="bookkeeping-list bookkeeping-list--first">
        <div class="list-headline">Обязанности:</div>
        <div class="list__items">
          <li class="list-item">— Работа с несколькими юридическими лицами</li>
          <li class="list-item">— Подготовка и оперативное проведение платежей различных банков</li>
          <li class="list-item">— Загрузка банковских документов из клиент - банка в программу 1С</li>
          <li class="list-item">— Составление реестров на оплату</li>
          <li class="list-item">— Обработка и ввод первичной документации (акты, накладные, счета-фактуры, чеки и пр.)
          </li>
          <li class="list-item">— Сортировка и организация хранения документации</li>
          <li class="list-item">— Запрос закрывающей и иной документации от партнеров и сотрудников компании</li>
          <li class="list-item">— Учёт кассовых операций (ввод в 1С Z-отчетов, отчетов о розничных продажах, ПКО, РКО,
            авансовые отчеты)</li>
          <li class="list-item">— Начисление и выплата заработной платы, ведение кадрового делопроизводства</li>
          <li class="list-item">— Выставление счетов, подготовка закрывающих документов</li>
          <li class="list-item">— Проведение сверок с покупателями (заказчиками)</li>
          <li class="list-item">— Выполнение поручений главного бухгалтера, генерального директора</li>
        </div>
      </ul>
      <ul class="bookkeeping-list">
        <div class="list-headline">Требования:</div>
        <div class="list__items">
          <li class="list-item">
            Внимательность, ответственность, стремление к профессиональному росту, готовность к большому объему
            работы, исполнительность, коммуникабельность, высокая работоспособность, усидчивость, стрессоустойчивость,
            высокая обучаемость, грамотная письменная и устная речь
          </li>
          <li class="list-item">
            — Отличное знание налогового, трудового и гражданского законодательства РФ
          </li>
          <li class="list-item">
            — Уверенный пользователь ПК, 1С Бухгалтерия 8.3 и MS Office
          </li>
        </div>
      </ul>
      <ul class="bookkeeping-list">
        <div class="list-headline">Условия:</div>
        <div class="list__items">
          <li class="list-item">
            — График работы 5/2 с 09.00 до 18.00
          </li>
          <li class="list-item">
            — Офис у м. Савёловская (3 мин. пешком от метро)
          </li>
          <li class="list-item">
            — Оплачиваемый отпуск по ТК РФ
          </li>
        </div>
      </ul>
      <ul class="bookkeeping-list">
        <div class="list-headline">Место работы:</div>
        <div class="list__items">
          <li class="list-item">
            — Москва, м. Савёловская, г Москва Бумажный проезд д 14 стр 1
          </li>
        </div>
      </ul>
    </div>
  </div>
</section>
<section class="claim">
  <div class="container">
    <div class="claim__inner">
      <div class="claim__title">
        Выберете необходимую Вам услугу и мы подробно проконсультируем Вас о стоимости и сроках ее получения
      </div>
      <div class="claim-pos">
        <div class="claim__title-m">Оставить заявку</div>
        <input type="text" class="claim__input" placeholder="Номер телефона">
        <a class="claim__btn">
          ОСТАВИТЬ ЗАЯВКУ
        </a>
        <div class="claim__btn-m"></div>
      </div>
    </div>
</section>
<? require_once "footer.php" ?>
</body>

</html>