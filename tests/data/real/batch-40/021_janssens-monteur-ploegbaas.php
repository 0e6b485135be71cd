<?php
$activePage = "Jobs";
$pagetitle = "Werken bij Janssens BVBA";
$keywords = "Werken, jobs, janssens bvba, monteur worden?, lasser worden, job als lasser, lasser gezocht, monteur gezocht";
$description = "Werken bij Janssens BVBA. Vind een job";
require $_SERVER['DOCUMENT_ROOT'] . '/ini.inc';
include $_SERVER['DOCUMENT_ROOT'] . '/header.php';
echo"

<main>
    <div class='container my-5'>
        <h1 class='section-title py-5'>Werken bij Janssens BVBA</h1>
    </div>
    <div class='my-5 py-5 container'>
        <div class='vacatures'>
            <div class='vacature d-flex flex-sm-column flex-md-row'>
                <div class='col-sm-12 col-md-6'>
                    <h2 class='bold'>Monteur/ploegbaas M/V</h2>
                    <p>Als monteur ben je verantwoordelijk voor het monteren en opbouwen van de staalconstructies.</p>
                    <h3><strong>Profiel</strong></h3>
                    <p>    Je weet van aanpakken<br>
                        Je hebt technisch inzicht en kan goed planlezen of bent bereid dit te leren<br>
                        Je bent in bezit van, of bent bereid dit te behalen: één of meerdere van volgende certificaten: Certificaat VCA (basisveiligheid), Certificaat veilig werken op hoogte, Certificaat hoogwerker<br>
                        Je bent een teamplayer en kan zelfstandig werken<br>
                        Je spreekt vlot Nederlands en eventueel Frans (ploegbaas)<br>
                        Indien je kennis hebt van lassen is dit een dikke plus <br>
                        Op termijn kan je doorgroeien naar ploegbaas als dit je ambitie is<br>
                        <br>
                        Solliciteer voor deze functie door een mailtje te sturen naar:<br>
                        info@janssensbvba.be</p>
                </div>
                <div class='vacature-img col-sm-12 col-md-6'>
                    <img src='/img/jobs/monteur/hoogwerker2.jpg' alt='jobs / Monteurs' class='w-100'>
                </div>
            </div>
