<!DOCTYPE HTML>
<html>
<?php include('head.php'); ?>
<body>
<?php include('menu.php'); ?>


<div id="background4"></div>
<div class="content background4">
<div class="info-box info-box0 info-box-relative">
    <div class="featured">
        <h2>Praca</h2>
        <div class="main">
            <div class="details">
                <h2>Rekruter IT/Konsultant ds. Rekrutacji IT</h2>
                <p>
                    JSQL Sp. z o.o. jest spółką technologiczną z branży IT, działająca na terenie Polski oraz Ukrainy, specjalizującą się w dostarczaniu usług doradztwa personalnego - w szczególności w rekrutacji programistów.
                    <br/><br/>
                    W związku z dynamicznym rozwojem naszej firmy poszukujemy osoby na stanowisko:
                    <br/><br/>
                    Rekruter IT/Konsultant ds. Rekrutacji IT
                    <br/><br/>
                    miejsce: Poznań
                    <br/><br/>
                    Oferujemy:
                </p>
                    <ul>
                        <li>Możliwość pracy zdalnej</li>
                        <li>Umowę o pracę</li>
                        <li>Elastyczny czas pracy - możliwość pracy na częśc etatu</li>
                        <li>Oprogramowanie ułatwiające i automatyzujące pracę</li>
                        <li>Współpracę z największymi firmami IT na rynku</li>
                        <li>Szkolenia z zakresu IT podnoszące wiedzę</li>
                        <li>Klarowny system premiowy</li>
                        <li>narzędzia pracy</li>
                    </ul>
                <p>
                    <br/>
                    Oczekujemy:
                    <br/>Kompleksowego prowadzenie projektów rekrutacyjnych
                    <br/><br/>
                    Wymagamy:
                </p>
                    <ul>
                        <li>Co najmniej rocznego doświadczenia w obszarze rekrutacji</li>
                        <li>Dobrej znajomości języka angielskiego</li>
                        <li>Komunikatywności</li>
                        <li>Motywacji oraz determinacji</li>
                        <li>Aktywnego podejścia do działań</li>
                        <li>Umiejętności w wyznaczaniu priorytetów i ich realizacji</li>
                    </ul>
                <p>
                    <br/>
                    Osoby zainteresowane proszone są o przesyłanie CV na adres <a class="plain" href="mailto:praca@jsql.pl">praca@jsql.pl</a> lub poprzez <a  class="plain" href="aplikuj.php">formularz</a> na stronie.
                    <br/>   <br/>
                    Prosimy o dodanie następującej klauzuli: <br/>„Wyrażam zgodę na przetwarzanie moich danych osobowych zawartych w mojej ofercie pracy dla potrzeb niezbędnych do realizacji procesu rekrutacji (zgodnie z ustawą z dn. 29.08.97 roku o Ochronie Danych Osobowych Dz. Ust Nr 133 poz. 883).”
                </p>
            </div>
        </div>
    </div>
</div>

</div>
<?php include('footer.php'); ?>
</body>
</html>