<html lang="pl">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Trans Kontrol - praca</title>
    <link rel="icon" href="img/logo.png">
    <link rel="stylesheet" href="style.css">
    <link rel="stylesheet" href="fontello/css/fontello.css">
    <script type="text/javascript" src="menu.js"></script>
</head>
<body>
    <header><?php include "naglowek.php"; ?></header>
    <nav>
        <div>
            <p class="icon-right-hand" id="dropButton" onclick="smartMenu()">&nbsp; Praca</p>
            <div id="menu" class="tabs">
                <a href="start">Start</a>
                <a href="o-nas">O nas</a>
                <a href="uslugi">Usługi</a>
                <a href="platnosci">Płatności</a>
                <a href="skargi">Skargi</a>
                <a href="odwolania">Odwołania</a>
                <a href="pozwy">Pozwy</a>
                <a href="media">Media</a>
                <a href="incydenty">Incydenty</a>
                <a id="activeTab">Praca</a>
                <a href="kontakt">Kontakt</a>
                <a href="#">English</a>
            </div>
        </div>
    </nav>
    <main>
        <h2>OFERTY PRACY DLA CIEBIE</h2>
        <article>
            <h4>Aktualnie potrzebujemy:</h4>
            <section>
            <h3>KONTROLER BILETOWY</h3>
                <b>Wymagania:</b>
                <div class="li"><i class="icon-address-card-o"></i><p>wiek minimum 18 lat (pożądany wiek min. 21 lat)</p></div>
                <div class="li"><i class="icon-address-card-o"></i><p>nienaganna postawa</p></div>
                <div class="li"><i class="icon-address-card-o"></i><p>opanowanie i umiejętność radzenia sobie z emocjami</p></div>
                <div class="li"><i class="icon-address-card-o"></i><p>niekaralność za czyny umyślne (KK)</p></div>
                <div class="li"><i class="icon-address-card-o"></i><p>w okresie ostatniego roku niekaralność opłatami dodatkowymi w TK i ZTM</p></div>
                <div class="li"><i class="icon-address-card-o"></i><p>brak zadłużeń wobec TK (uregulowane opłaty, jeśli były)</p></div>
                <b>Oferujemy:</b>
                <div class="li"><i class="icon-award"></i><p>elastyczną formę zatrudnienia</p></div>
                <div class="li"><i class="icon-award"></i><p>zarobki ~20-30 zł/1h</p></div>
                <div class="li"><i class="icon-award"></i><p>ubezpieczenie ZUS</p></div>
                <div class="li"><i class="icon-award"></i><p>premie i dodatki za efekty pracy</p></div>
                <div class="buttons">
                    <a href="mailto:praca@transkontrol.pl?subject=praca-1 kontroler biletowy" class="button">APLIKUJ</a>
                </div>
                <p>*Pamiętaj o zamieszczeniu poniższej formułki w stopce swojego CV:</p>
                <i>Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji (zgodnie z ustawą z dnia 10 maja 2018 roku o ochronie danych osobowych (Dz. Ustaw z 2018, poz. 1000) oraz zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (RODO)).</i>
            </section>
        </article>
        <article>
            <section>
                <h3>Najlepsze informacje o pracy kontrolera w naszej firmie</h3>
                <p>Jeśli chcesz zarabiać nawet 60 zł za godzinę swojej pracy, powinieneś spróbować tego zawodu.</p>
                <p>Jeśli masz obawy czy jesteś zbyt młody czy zbyt stary, nie musisz się tym przejmować. W pracy tej sprawdzają się zarówno osoby starsze jak i młodsze, generalnie w każdym wieku i każdy wiek jest odpowiedni.</p>
                <p>Jednak pamiętaj, że w tej pracy nie każdy się sprawdza. Wręcz przeciwnie. Około 75% chętnych rezygnuje w pierwszym miesiącu pracy. W pracy tej bowiem ważnych jest kilka podstawowych cech osobowościowych aby móc ją dobrze wykonywać.</p>
                <p>Takimi cechami są:</p>
                <div class="li"><i class="icon-person"></i><p>opanowanie</p></div>
                <div class="li"><i class="icon-person"></i><p>umiejętność radzenia sobie w stresowych sytuacjach</p></div>
                <div class="li"><i class="icon-person"></i><p>spryt i pomysłowość</p></div>
                <div class="li"><i class="icon-person"></i><p>czasami indywidualizm ale też umiejętność pracy w zespołach</p></div>
                <p>Czy znajdziesz się wśród tych 25% procent wybranych? Zdecyduj sam!</p>
            </section>
            <section>
                <p>Kontroler biletów w środkach komunikacji publicznej jak wiesz nie jest zwykle pozytywnie odbierany przez społeczeństwo. Ale nie zawsze. Masz możliwość to zmienić. Poprzez Twoje zachowanie, asertywność i inne cechy osobiste możesz wywierać pozytywny wpływ na atmosferę panującą w kontrolowanym pojeździe.</p>
                <p>Najlepsi z nas potrafią zarobić nawet 60 zł za jedną godzinę pracy. Mogą więc pracować znacznie mniej niż w innej pracy osiągając porównywalne zarobki a niekiedy znacznie większe.</p>
                <p>Ta praca jest idealnie dopasowana do Ciebie. Samodzielnie regulujesz sobie czas i miejsce pracy. Jeśli masz ochotę pracujesz w określone dni (np. weekendy), jeśli wolisz zarobić więcej, pracujesz tyle godzin ile chcesz.</p>
                <b>Mamy specjalny program wsparcia finansowego dla nowych kontrolerów. O szczegóły zapytaj w naszym biurze osobiście.</b>
                <p>Jeszcze masz obawy? Spróbuj. Najczęściej po około 1-2 miesiącach będziesz mógł ocenić czy nadajesz się do tej pracy i czy w ogóle będzie Tobie się opłacało poświęcać swój czas.</p>
                <p>Osoby zainteresowane prosimy o osobiste lub mailowe składanie CV do naszej firmy.</p>
                <p>Możesz również zadzwonić jeśli masz wątpliwości. Dzwoń w godz. 8.00-16.00 od poniedziałku do piątku.</p>
            </section>
        </article>
    </main>
    <footer><?php include "stopka.php"; ?></footer>
</body>
</html>