<?php include_once "head.php" ?>

<body class="inner inner-simple vacancy-page">
<div class="layout clearfix">

	<?php include_once "header.php" ?>

	<div class="breadcrumb-wrap container">
		<ol class="breadcrumb">
	 		<li><a href="index.php">Главная</a></li>
	 		<li>Вакансии</li>
	 	</ol>
	</div>
	<article class="vacancy-wrap">
		<div class="container">
			<div class="row">
				<div class="col-md-10 col-md-offset-1">
					<div class="vacancy-intro">
						<p>Наша компания всегда в поиске талантливых и ответственных людей. Ведь именно профессионалы своего дела составляют основной актив компании, от которых зависит качество услуг и репутация компании. Наши основные направления - разработка сайтов и их продвижение в поисковых системах.</p>
						<p>Вы ищите работу в стабильной и успешной студии? Вы молоды и амбициозны? Возможно нам нужны именно Вы!</p>
					</div>
				</div>
			</div>
			<div class="vacancy-list">
				<p>Ищем в нашу дружную команду кандидатов на должности:</p>
				<div class="row">
					<div class="col-md-4">
						<div class="vacancy-item">
							<div class="vacancy-title">Web-дизайнер<i class="glyphicon glyphicon-menu-down"></i></div>
							<div class="vacancy-details">
								<p>Обязанности:</p>
								<ul>
									<li>Настройка VPS и его обслуживание.</li>
									<li>Поддержка существующих web-проектов: корректировки на сайтах — изменение TITLE, кода, внесение/удаление контента и другие технические задачи.</li>
									<li>Интеграция сверстанных макетов с CMS, доработка новых сайтов.</li>
									<li>Контроль и мониторинг</li>
									<li>Работа в команде – удаленно.</li>
								</ul>
								<p>Требования:</p>
								<ul>
									<li>знание HTML и CSS, PHP 5, MySQL, Javascript, Ajax XML, Яндекс API – желательно</li>
									<li>умение разбираться в чужом коде.</li>
									<li>Опыт работы с различными типами CMS (MODx‚ NetCat‚ Bitrix‚ Drupal‚ Joomla‚Typo3 и прочее)</li>
									<li>навыки CSS верстки сайтов, кросс-браузерная верстка</li>
									<li>Опыт работы не менее 3-х лет, ряд выполненных проектов (портфель), специализирующее образование.</li>
									<li>Оперативность и компетентность.</li>
								</ul>
								<p>Условия:</p>
								<ul>
									<li>Работа на удаленке online, возможна в будущем работа в офисе.</li>
									<li>Постоянная работа, свободный / гибкий график.</li>
									<li>График работы: 5/2, с 10- 00 до 18-00</li>
									<li>З\п по результатам собеседования</li>
								</ul>
							</div>
						</div>
					</div>
					<div class="col-md-4">
