<!DOCTYPE html>
<html lang="nl">
<head>
    <script src="https://code.jquery.com/jquery-1.10.2.js"></script>
    <link rel="stylesheet" type="text/css" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/5.15.4/css/all.min.css">
    <link rel="stylesheet" href="css/style.css">
    <link rel="icon" type="image/png" sizes="32x32" href="fotos/icon32x32.png">
    <title>Vacatures</title>
</head>
<body>

  <div id="header-placeholder"></div>
  <script>
  $(function(){
    $("#header-placeholder").load("header.html");
  });
  </script>
  <div class="vacatures">
    <div class="vacaturesTop">
      <h1>Wij zijn opzoek naar</h1><br>
        <ul>
            <li> <a href="vacatures.php#zelfstandig">zelfstandig werkend kok</a></li>
            <li><a href="vacatures.php#supervisor">Bediening medewerkers</a></li>
            <li><a href="vacatures.php#medewerkerBediening">Medewerker bediening</a></li>
            <li><a href="vacatures.php#keukenhulp">keukenhulp/Afwasser</a></li>
        </ul>
        <br><br><h2>Kom jij werken bij de walrus?</h2>
        <p>Is het restaurant al bekend terrein? Of nog niet zo bekend, maar wel interessant om uit te proberen? We hebben vaak verschillende vacatures open staan, maar je mag ook een open-sollicitatie sturen als je denkt dat je ons team kunt versterken. De werkzaamheden binnen het restaurant zijn divers. Dus ben jij onze nieuwe chef, sous-chef, pasloper, keukenhulp of collega in de bediening? Wie weet!</p><br>
        <p>Solliciteer via het contactformulier hieronder en we nodigen je graag uit voor een kennismakingsgesprek. De koffie is van ons. Geef direct in je sollicitatie even aan welke dagen jou het beste uitkome</p><br><br><br>
    </div>
    <div class="keukenMedewerker" id="zelfstandig">
      <h1>Zelfstandig werkend kok</h1>
      <br><h3>Kan jij de sterren van de hemel koken óf wil je dat graag leren?</h3>
        <p>Wij zoeken een zelfstandig werkend kok én een leerling-kok: parttime/fulltime voor doordeweeks en in het weekend.</p><br>
        <h3>Wat ga je doen?</h3>
        <p>
        Als kok maak jij deel uit van ons dynamische keukenteam. Jij bent degene die ervoor zorgt dat de bestellingen van onze gasten perfect naar tafel gaan. Je zal te maken krijgen met het (voor)bereiden van de lunch, voorgerechten, hoofdgerechten en desserts, maar ook het klaar maken van borrelhapjes voor onze gasten! Bij ons werk je 4 dagen in de week, met overzichtelijke werktijden én ben je ook af en toe een weekend vrij. Want de extreme werktijden van een kok in sommige zaken? Daar geloven wij niet in. Bij ons kun je uitgaan van werkweken die in balans zijn. Daar word jij blij van en daar worden wij weer blij van!
        </p><br>
        <h3>Wie ben jij?</h3>
        <p>Sta je aan het begin van je carrière? Heb je al in meerdere bedrijven ervaring opgedaan? Of heb je weinig ervaring, maar haal je veel voldoening uit koken? Bij ons ben je welkom!</p><br>
        <ul>
          <li>- We zijn opzoek naar iemand die er plezier in heeft om onze gasten te voorzien van heerlijke gerechten en prachtig opgemaakte borden.</li>
          <li>- We zoeken een teamplayer die enthousiast is en denkt in oplossingen in plaats van problemen.</li>
          <li>- Ook vinden we het fijn dat je meedenkt in het optimaliseren van onze werkprocessen zodat wij, het bedrijf en jijzelf, continu in ontwikkeling blijven!</li>
        </ul><br>
        <h3>Werken bij de walrus betekend dat je...</h3>
        <ul>
          <li>- Minimaal 4 weken van tevoren weet wanneer je moet werken.</li>
          <li>- Regelmatig een weekend vrij bent</li>
          <li>- Na het werken niet gelijk naar huis hoeft, de eerste sluitdrankjes zijn van ons!</li>
          <li>- Geen schat aan ervaring hoeft te hebben, wij leren je alles en hebben een uniek 'Walrus-traject'</li>
          <li>- Na behalen van alle interne cursussen, jezelf verder kunt ontwikkelen door bijvoorbeeld         je leermeesterdiploma te halen</li>
          <li>- Een marktconform salaris en vakantiegeld ontvangt</li>
        </ul><br><br><br>
    </div>
  </div>

  <div id="footer-placeholder"></div>
  <script>
  $(function(){
    $("#footer-placeholder").load("footer.html");
  });
  </script>

</body>
</html>