<!-- CONTENT -->
<div class="container-md" id="content">
    <div class="row">
        <div class="col-md-9 content-block">
            <h1 class="h2 mb-5">Джуниор JavaScript -разработчик (Полный день) – Kaiten</h1>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Должность</b></div>
                <div class="col-sm-9"><a href="#">Джуниор</a> JavaScript -разработчик</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Тип занятости</b></div>
                <div class="col-sm-9">Полный день</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Место работы</b></div>
                <div class="col-sm-9"><a href="#">Москва</a>, Удаленно</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Компания</b></div>
                <div class="col-sm-9"><a rel="noopener" target="_blank" href="$">Kaiten</a></div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Опыт</b></div>
                <div class="col-sm-9">
                    <p>без опыта</p>
                </div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>О компании</b></div>
                <div class="col-sm-9">Kaiten – сервис, который позволяет распределенным командам объединиться в одной системе
                    для эффективной работы над задачами</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>О проекте</b></div>
                <div class="col-sm-9">Компания приглашает на стажировку студентов и студенток Хекслета. Под руководством
                    опытного программиста из команды Кайтена, вы будете развивать свои навыки программирования. Можете выбирать
                    между node.js / frontend в зависимости от того, куда хотите развиваться. Программа длится от 3-х до 6-ти
                    месяцев. По окончанию вы либо продолжаете трудиться в Кайтене в основной команде, либо устраиваетесь на
                    работу мечты на позиции middle / senior</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Технологии</b></div>
                <div class="col-sm-9">RabbitMq, node.js, PostgreSQL, React, MongoDB, Redis, Redux</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Обязанности</b></div>
                <div class="col-sm-9">
                    <ul>
                        <li>развиваться в профессии</li>
                    </ul>
                </div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Требования</b></div>
                <div class="col-sm-9">
                    <ul>
                        <li>успешно завершённые курсы на Hexlet по профессии Node.js-разработчик или Фронтенд-разработчик (лучше
                            - оба)</li>
                        <li>умение фокусироваться на программировании</li>
                        <li>цель -- программировать в ближайшие 5-10 лет</li>
                        <li>разделять позицию "Done better than Perfect”. То есть умеете доводить задачу до конца, а не
                            зацикливаться на идеальном техническом решении</li>
                    </ul>
        
                    <p><strong>Необходимые человеческие качества</strong></p>
        
                    <ul>
                        <li>Проактивность - осмысливаете и действуете, а не ждете</li>
                        <li>Автономность - нет проблем с прокрастинацией и входом в поток (обратите внимание, это крайне важный
                            пункт, т.к. удаленная работа без этого навыка - невозможна!)</li>
                        <li>Позитив - с вами приятно обсудить задачу и найти варианты решения, вы участвуете в дискуссиях, не
                            ставите себя выше коллег</li>
                    </ul>
                </div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Условия и Бонусы</b></div>
                <div class="col-sm-9">
                    <ul>
                        <li>возможность уделять минимум - 4 часа в день</li>
                        <li>ИП или самозанятость (компания - западная) и открытый валютный счет</li>
                        <li>полностью удаленная работа, наличие своего П.К. или ноутбука с микрофоном, видеокамерой
                            (обязательно) и хорошим интернетом</li>
                    </ul>
        
                    <p>*Регистрируйтесь и отправляйте резюме по ссылке: <a href="#" target="_blank">https://hq.kaiten.io/sd</a> *</p>
                    <p><strong>Собеседования начнутся в январе!</strong></p>
                </div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Зарплата</b></div>
                <div class="col-sm-9">от 350 до 700 € (На руки)</div>
            </div>
            <div class="row mb-3">
                <div class="col-sm-3"><b>Направления</b></div>
                <div class="col-sm-9">
                    <a href="#">js</a>
                    <a href="#">node.js</a>
                    <a href="#">React</a>
                </div>
            </div>
            <div class="alert bg-light shadow-sm text-muted">При отклике на вакансию указывайте, что вы от Хекслета =)</div>
            <h2 class="h3 mt-5 mb-4">Похожие вакансии</h2>
            <div class="lead"><a href="#">Джуниор React в городеМосква</a></div>
        </div>

        <!-- ASIDE -->
        <aside class="col-md-3">
            <div class="bg-light rounded py-2 px-3">
                <p class="fs-4 mb-3">Последние ответы</p>

                <!-- CARD -->
                <div class="mb-4">
                    <p class="fw-bolder m-0"><a class="link-dark" href="#">Lorem, ipsum dolor</a></p>
                    <p class="small mb-1">Lorem ipsum dolor, sit amet consectetur adipisicing elit. Exercitationem libero blanditiis, odit corporis unde ut.</p>
                    <p class="small"><a href="#" class="link-dark">Alina Kobeleva</a></p>
                </div>
                <!-- CARD -->

            </div>
        </aside>
        <!-- ASIDE -->

    </div>
</div>
<!-- CONTENT -->