<?php require 'header.php'; ?>

				<div class="title">
					Вакансии
				</div>

				<div class="wrapper">
					<div class="auction__title">
						Помощник автоэксперта
					</div>

					<div class="auction__text">
						Требуемый опыт работы: не требуется
					</div>

					<div class="auction__text">
						Полная занятость, полный день
					</div>
				</div>

				<div class="wrapper">
					<div class="list__title">
						Требования:
					</div>

					<div class="list__item">
						Развитые навыки общения и ведения переговоров.
					</div>

					<div class="list__item">
						Отличное знание Русского языка, Обществознания, школьной программы в целом.
					</div>

					<div class="list__item">
						Знание Английского языка с навыками свободного общения.
					</div>

					<div class="list__item">
						Знание вторичного рынка легковых автомобилей с навыками поиска и приобретения ТС.
					</div>

					<div class="list__item">
						Знание технического устройства автомобилей.
					</div>

					<div class="list__item">
						Опытный пользователь ПК. Word, Excel, Windows обязательно. Навыки быстрого набора текстов.
					</div>

					<div class="list__item">
						Пунктуальность.
					</div>

					<div class="list__item">
						Внимательность.
					</div>

					<div class="list__item">
						Коммуникабельность.
					</div>

					<div class="list__item">
						Предприимчивость.
					</div>
				</div>

				<div class="wrapper">
					<div class="list__title">
						Обязаности:
					</div>

					<div class="list__item">
						Помощь эксперту в оценке и осмотре автомобилей.
					</div>

					<div class="list__item">
						Демонстрация автомобилей потенциальным покупателям.
					</div>

					<div class="list__item">
						Выполнение поручений, связанных с размещением ТС на автомобильных стоянках.
					</div>

					<div class="list__item">
						Производство регистрационных действий в ГИБДД.
					</div>
				</div>

				<div class="wrapper">
					<div class="list__title">
						Условия:
					</div>

					<div class="list__item">
						Полная занятость пн.-пт. с 11-00 до 19-00 (20-00).
					</div>

					<div class="list__item">
						Работа 5 дней в неделю, возможна периодическая занятость по выходным дням.
					</div>
				</div>

				<div class="wrapper">
					<div class="list__title">
						Заработная плата:
					</div>

					<div class="list__item">
						В должности помощника эксперта 41 000 – 60 000 руб.
					</div>

					<div class="list__item">
						После утверждения в должности эксперта 51 000 – 200 000 руб.
					</div>
				</div>

				<div class="wrapper">
					<div class="list__title">
						Дополнительно:
					</div>

					<div class="list__item">
						Место работы - Василеостровский район, Приморский район, Красносельский район в соответствии с графиком работы (плавающий, с изменениями рабочего места).
					</div>
				</div>

				<img src="img/vacancy.svg" alt="картинка" class="question__bg">
			</div>
		</div>
	</div>
</main>

<?php require 'footer.php'; ?>