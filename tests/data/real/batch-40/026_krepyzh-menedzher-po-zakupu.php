<?php include('header.php');?>
<div class="breadcrumbs">
	<a class="brdcmb-link" href="#">Главная</a> / 
	<a class="brdcmb-link" href="#">Вакансии</a>
</div>
<div class="workarea">
	<div class="page-title">Менеджер по закупу</div>
	<div class="row">
		<div class="col l8">
			<div class="base-card vakansi-single">
				<div class="card-content">
					<p class="medium-text">Компанию «Крепыж» отличает:</p>
					<ul>
						<li>Составление заказов поставщикам согласно потребности;</li>
						<li> Контроль внесения счетов;</li>
						<li>Контроль поступления товара;</li>
						<li>Распределение товара по филиалам;</li>
						<li>Ценообразование.</li>
					</ul>
					<p class="medium-text">Требования:</p>
					<ul>
						<li>Высшее образование;</li>
						<li>Опыт работы от 1 года;</li>
						<li>Обучаемость;</li>
						<li>Ответственность;</li>
						<li>Внимательность;</li>
						<li>Работа в режиме многозадачности.</li>
					</ul>
					<p class="medium-text">Условия:</p>
					<ul>
						<li>Официальное трудоустройство;</li>
						<li>Стабильная заработная плата;</li>
						<li>График работы 5/2;</li>
						<li>Рабочее место: Черепанова 29;</li>
						<li>Работа в развивающейся компании;</li>
						<li>Возможность профессионального роста;</li>
						<li>Обучение за счет компании;</li>
						<li>Развитая корпоративная культура.</li>
					</ul>
				</div>
			</div>
			<a href="#" class="btn primary big fullwidth">Откликнуться на вакансию</a>
		</div>
	</div>
</div> <!-- /.workarea -->
<?php include('footer.php');?>