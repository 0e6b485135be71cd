<?php include '../header1.php';?>
    <title>Компания Ангара вакансия водитель со своим автомабилем</title>
    <?php include '../header2.php';?>
        <h1>Нужен <span>водитель со своим автомобилем...</span></h1>

        <p>Требуется расторопный водитель, ответственный, оптимистично настроенный.</p>
        
		<p class="section-head"><strong>Требования</strong></p>
        <ol>
          <li><div><span>Автомобиль</span>Типа Соболь, Газель, Каблучек, Портер, микроавтобус, минивэн.</div></li>
          <li><div><span>Без вредных привычек</span>Вредные привычки не приветствуются.</div></li>
          <li><div><span>Опоздания</span>Опоздания на работу не допускаются.</div></li>
          
        </ol>
        
        <p class="section-head"><strong>Обязанности</strong></p>
        <ol>
          <li><div><span>Перевозка автозапчастей</span>Доставка запчастей клиентам, на транспортные компании, от поставщиков.</div></li>
          <li><div><span>Приемка товаров</span>Принимать товар у поставщика, проверять его целостность, соответствие и правильность оформления документов.</div></li>
          <li><div><span>Доставка документов</span>Доставлять бухгалтерские и другие документы.</div></li>
          
        </ol>

        <p class="section-head"><strong>Условия</strong></p>
        <ol>
        	<li><div><span>Режим работы</span>Понедельник - пятница c 9-00 до 18-00. Каждый день.</div></li>
          <li><div><span>Оплата топлива</span>Топливо оплачивается исходя из пробега автомобиля</div></li>
          <li><div><span>Оплата сдельная</span>Зависит от количества километров, плюс количество посещенных точек, плюс удаленность этих точек.</div></li>
          <li><div><span>Офис базирования</span>Офис находится на Северо-Западе Москвы, район Куркино.</div></li>
          <li><div><span>Заработок</span>От 30 до 45 тыс рублей. Заработок расчитывается от пробега плюс точки доставки, а так же зависит от других KPI. </div></li>
        </ol>

        

        <p>Если вы настроены зарабатывать а не получать и согласны со всем перечисленным выше - отправляйте своё резюме на angara99@gmail.com.</p>
        

        <div class="footer">
          <div class="footer-inner">
            <h3>Уверен в своих силах?</h3>
            <h4>Отправляй резюме на angara99@gmail.com</h4>

            <a href="mailto:angara99@gmail.com" id="apply-now">Отправь резюме</a>
            <p>Офис расположен на Северо-Западе Москвы. Рассчитывайте время на дорогу.</p>
            <div class="footer-meta">
              <a href="http://angara77.com/" class="home-link">Angara</a>
              <ul class="social">
                <li class="twitter"><a href="http://twitter.com/">Twitter</a></li>
                <li class="facebook"><a href="http://www.facebook.com/">Facebook</a></li>
                <li class="linkedin"><a href="http://www.linkedin.com/">LinkedIn</a></li>
                <li class="flickr"><a href="http://www.flickr.com/">Flickr</a></li>
              </ul>

              <a href="http://angara77.com/" class="job-text-link">http://angara77.com</a>
            </div>
          </div>
        </div>
      </div>
    </div>
  

</body>
</html>
