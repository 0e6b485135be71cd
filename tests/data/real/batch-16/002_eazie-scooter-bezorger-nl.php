<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Pizzaria</title>
    <link rel="icon"
        href="https://img.freepik.com/vrije-vector/vliegende-plak-van-pizza-cartoon-vectorillustratie-fast-food-concept-geisoleerde-vector-flat-cartoon-stijl_138676-1934.jpg?t=st=1645603661~exp=1645604261~hmac=bf191f473a11d80628d7b7c3441e81ee555960f54355eac0fe812887d2bbf8f4&w=740"
        type="image/x-icon">
    <link rel="preconnect" href="https://fonts.googleapis.com">
    <link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>
    <link href="https://fonts.googleapis.com/css2?family=Leckerli+One&display=swap" rel="stylesheet">
    <link rel="stylesheet" href="assets/css/style.css">
</head>

<body>
    <?php 
        include('includes/header.php');
    ?>

    <div class="sample-section-wrap">
        <div class="sample-section">
            <div class="content" id="menu">
                <div class="line"></div>

                <h1>Vacatures</h1>
                <div class="line"></div>
                <div class="padding"></div>

                <input type="text" id="myInput" onkeyup="myFunction()" placeholder="  Search for vacatures..">
                <h1>All Vacatures</h1>

                <h2>- Scooter Bezorger</h2>
                <h4>SOLLICITEER VIA WHATSAPP EN STUUR EEN BERICHTJE NAAR 06-XXXXXXXX</h4>
                <h5>Het leven draait op volle toeren. Iedereen probeert het maximale uit hun dag te halen. Jij rijdt op onze stoere SCOOTER naar onze gasten. Drukke gezinnen, harde werkers, gezellige studenten, fanatieke sporters of carriëretijgers.</h5>
                <h5>Ben jij healthy en fit ? Ben jij ook nog eens enthousiast, flexibel en op zoek naar een leuke bijbaan? Twijfel niet, want het is een easy start als SCOOTER bezorger bij Eazie !</h5>
                <h5>Naast het bezorgen van onze gerechten ben jij in de vestiging ook bezig met het compleet inpakken van de bestellingen en kok ondersteunen.</h5>
                <h4>Functie-eisen:</h4>
                <h5>Jij hebt een goede conditie, bent gemotiveerd en gastvriendelijk. Daarnaast ben je handig met google-maps en waar nodig oplossingsgericht als je een adres niet makkelijk kan vinden. Verder ben jij flexibel omtrent je werktijden en niet te beroerd om even mee te helpen waar dat nodig is.</h5>
                <h5>Wat bieden wij:</h5>
                <li>De meest sportieve bijbaan bij het gezondste Bezorg Restaurant van Nederland</li>
                <li>Flexibele werktijden</li>
                <li>De nodige bedrijfskleding</li>
                <li>En uiteraard korting op de allerlekkerste en gezondste maaltijden !</li>
                <li>Eigen fooi</li>
                <h5>Ben je enthousiast geworden en wil je reageren op deze functie? It's so Eazie : Stuur een appje naar 06-XXXXXXXX. let op: ALLEEN WHATSAPP, NIET BELLEN!!</h5>
                <h5>Soort dienstverband: Parttime</h5>
                <h5>Salaris: €8,00 - €12,60 per maand</h5>
                <h5>Soort dienstverband: Deeltijds</h5>
                <h5>Salaris: €9,00 - €12,60 per uur</h5>
                <h5>Aanvullende vergoedingen:</h5>
                <li>Fooi</li>
                <li>Overuren uitbetaald</li>
                <li>Vakantiegeld</li>
                <h5>Werkschema:</h5>
                <li>Flexibel werkrooster</li>

                <div class="padding"></div><div class="padding"></div>
                <button onclick="document.getElementById('id01').style.display='block'" style="width: auto;">Solliciteer nu...</button>
                
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="padding"></div>
                <div class="line"></div>
            </div>
        </div>

    <?php 
        include('includes/footer.php');
    ?>

    <script src="assets/js/jQuery.js"></script>
    <script src="assets/js/index.js"></script>
    </body>
</html>