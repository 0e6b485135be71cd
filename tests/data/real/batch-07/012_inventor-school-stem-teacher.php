<?php
$title = "Вакансії";
$desc = "Приєднуйся до нашої STEM-команди вчителів у початковій школі INVENTOR. Подобається працювати з дітьми? Хочеш навчати підростаюче покоління за новітніми STEM-технологіями? Тоді негайно відправляй своє резюма на hr@inventor.com.ua з поміткою Викладач у початкову школу INVENTOR.";
include "inc/header.php";
?>

<main>
    <div class="vacancy">
        <div class="vacancy__wrapper">
            <div class="vacancy__container">
                <h1>Вакансії</h1>
                <div class="vacancy__text">
                    <p>
                        Є бажання стати частиною нашої дружньої команди? Тоді чекаємо саме на Ваше резюме. Ми
                        зацікавлені в залученні талановитих і вмотивованих професіоналів. Кого шукаємо? Талановитих і
                        цілеспрямованих, креативних та ґрунтовних, непосидючих і націлених на результат особистостей з
                        педагогічною та психологічною освітою, досвідом роботи з дітьми та відкритих до нових знань.
                        Тому мерщій
                        <a target="_blank"
                                href="https://docs.google.com/forms/d/1asDFAKlDx-nwrmOoXyJy4nWlMrlLgq1KaUjQ0XnNHno/viewform?edit_requested=true">заповнюйте
                            форму
                        </a> і наша менеджерка з персоналу з Вами зв'яжеться
                        <br><br>
                    </p>
                </div>
                <div class="vacancy__cta">
                    <strong>
                        Надсилайте резюме <br>
                        за адресою <a href="mailto:hr@inventor.com.ua">hr@inventor.com.ua</a>
                    </strong>
                </div>
            </div>
        </div>
    </div>
</main>

<?php
include "inc/footer.php";
?>



