<div class="vacancy">
    <div class="vacancy__items">
        <!-- vacancy-item -->
        <div class="vacancy-item accordion">
            <div class="accordion__title --js flex --align-center --just-space">
                <div class="accordion__title-wrap">
                    <div class="accordion__date p --m"><b>11.09.2021</b></div>
                    <div class="accordion__title h4"><b>Продавец-консультант премиум сегмент</b></div>
                    <div class="accordion__title-desc p --m">Уровень зарплаты: <b>от 70 000 руб. на руки</b></div>
                </div>
                <div class="accordion__title-icon"></div>
            </div>
            <div class="accordion__desc type-editor col --5 pt-32 mt-32">
                <p class="p --l"><b>Компания</b> «Massager Market» - эсперты массажного, фитнес-оборудования, существующий на рынке с 2006 года. Мы расположены, в 5 регионах России.</p>
                <p><b>Какие качества мы приветствуем в консультантах:<b> <br>навыки продаж, опыт работы в LUXЕ-сегменте будет являться преимуществом; <br>умение работать с клиентами, находить подход к каждому; <br>желание предоставлять безупречный сервис; <br>позитивный настрой к жизни и к работе (улыбка); <br>внимательность, обучаемость, желание зарабатывать и развиваться.</p>
                <p><b>В обязанности входит:<b></p>
                <ul class="--check">
                    <li class="--p">консультирование клиентов по продукции;</li>
                    <li class="--p">работа с кассой;</li>
                    <li class="--p">контроль работоспособности магазина и наличия товара;</li>
                    <li class="--p">своевременное выполнение поставленных задач.</li>
                </ul>
                <p><b>Условия:<b></p>
                <ul class="--check">
                    <li class="--p">работа в крупной, стабильной компании</li>
                    <li class="--p">высокая заработная плата: оклад + % + премиальные, выплачивается стабильно;</li>
                    <li class="--p">сменный график работы (2/2, 3/2, 4/3);</li>
                    <li class="--p">официальное трудоустройство по ТК;</li>
                    <li class="--p">продвинутая система обучения под руководством опытных наставников, возможность построить карьеру в рамках компании (тренинги, корпоративные мероприятия, конкурсы);</li>
                    <li class="--p">молодой и дружный коллектив профессионалов;</li>
                    <li class="--p">корпоративная одежда;</li>
                    <li class="--p">скидки на продукцию компании.</li>
                </ul>
                <a href="#request-call" data-popup="#request-call" data-popup-title="Оставить заявку" class="accordion__desc-btn btn --fill-1 p --l mt-40">Оставить заявку</a>
            </div>
        </div>
        <!-- vacancy-item 
        <div class="vacancy-item accordion">
            <div class="accordion__title --js flex --align-center --just-space">
                <div class="accordion__title-wrap">
                    <div class="accordion__date p --m"><b>11.09.2018</b></div>
                    <?php if ($meta__title === "Вакансии") {  ?>
                        <div class="accordion__title h4"><b>Продавец-кассир</b></div>
                    <?php } ?>
                    <?php if ($meta__title === "FAQ") {  ?>
                        <div class="accordion__title h4"><b>Вопрос в несколько слов</b></div>
                    <?php } ?>
                    <div class="accordion__title-desc p --m">Уровень зарплаты: <b>от 20 000 руб. - до 35 000 руб.</b></div>
                </div>
                <div class="accordion__title-icon"></div>
            </div>
            <div class="accordion__desc type-editor col --5 pt-32 mt-32">
                <p class="p --l">Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке, а начинающему оратору отточить навык публичных выступлений</p>
                <p>При создании генератора мы использовали небезизвестный универсальный код речей. Текст генерируется абзацами случайным образом от двух до десяти предложений в абзаце, что позволяет сделать текст более привлекательным и живым</p>
                <ul class="--check">
                    <li class="--p">Сайт рыбатекст поможет дизайнеру, верстальщику</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько</li>
                </ul>
                <a href="#request-call" data-popup="#request-call" data-popup-title="Оставить заявку" class="accordion__desc-btn btn --fill-1 p --l mt-40">Оставить заявку</a>
            </div>
        </div> -->
        <!-- vacancy-item 
        <div class="vacancy-item accordion">
            <div class="accordion__title --js flex --align-center --just-space">
                <div class="accordion__title-wrap">
                    <div class="accordion__date p --m"><b>11.09.2018</b></div>
                    <?php if ($meta__title === "Вакансии") {  ?>
                        <div class="accordion__title h4"><b>Продавец-кассир</b></div>
                    <?php } ?>
                    <?php if ($meta__title === "FAQ") {  ?>
                        <div class="accordion__title h4"><b>Вопрос в несколько слов</b></div>
                    <?php } ?>
                    <div class="accordion__title-desc p --m">Уровень зарплаты: <b>от 20 000 руб. - до 35 000 руб.</b></div>
                </div>
                <div class="accordion__title-icon"></div>
            </div>
            <div class="accordion__desc type-editor col --5 pt-32 mt-32">
                <p class="p --l">Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке, а начинающему оратору отточить навык публичных выступлений</p>
                <p>При создании генератора мы использовали небезизвестный универсальный код речей. Текст генерируется абзацами случайным образом от двух до десяти предложений в абзаце, что позволяет сделать текст более привлекательным и живым</p>
                <ul class="--check">
                    <li class="--p">Сайт рыбатекст поможет дизайнеру, верстальщику</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько</li>
                </ul>
                <a href="#request-call" data-popup="#request-call" data-popup-title="Оставить заявку" class="accordion__desc-btn btn --fill-1 p --l mt-40">Оставить заявку</a>
            </div>
        </div> -->
        <!-- vacancy-item 
        <div class="vacancy-item accordion">
            <div class="accordion__title --js flex --align-center --just-space">
                <div class="accordion__title-wrap">
                    <div class="accordion__date p --m"><b>11.09.2018</b></div>
                    <?php if ($meta__title === "Вакансии") {  ?>
                        <div class="accordion__title h4"><b>Продавец-кассир</b></div>
                    <?php } ?>
                    <?php if ($meta__title === "FAQ") {  ?>
                        <div class="accordion__title h4"><b>Вопрос в несколько слов</b></div>
                    <?php } ?>
                    <div class="accordion__title-desc p --m">Уровень зарплаты: <b>от 20 000 руб. - до 35 000 руб.</b></div>
                </div>
                <div class="accordion__title-icon"></div>
            </div>
            <div class="accordion__desc type-editor col --5 pt-32 mt-32">
                <p class="p --l">Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке, а начинающему оратору отточить навык публичных выступлений</p>
                <p>При создании генератора мы использовали небезизвестный универсальный код речей. Текст генерируется абзацами случайным образом от двух до десяти предложений в абзаце, что позволяет сделать текст более привлекательным и живым</p>
                <ul class="--check">
                    <li class="--p">Сайт рыбатекст поможет дизайнеру, верстальщику</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько абзацев более менее осмысленного текста рыбы на русском языке</li>
                    <li class="--p">Параграф Сайт рыбатекст поможет дизайнеру, верстальщику, вебмастеру сгенерировать несколько</li>
                </ul>
                <a href="#request-call" data-popup="#request-call" data-popup-title="Оставить заявку" class="accordion__desc-btn btn --fill-1 p --l mt-40">Оставить заявку</a>
            </div>
        </div> -->
    </div>
</div>