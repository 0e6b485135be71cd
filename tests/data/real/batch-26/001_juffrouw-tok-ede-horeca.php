<?php
include('header.php');
?>

    <div class="section">
        <div class="page-container">
            <img class="image-border image-contain" src="../img/vacancies.png" />
        </div>
        <div class="container">

            <div class="vacancies-holder">
                <div class="text-header-1">
                    Hulp gezocht in Ede
                </div>
                <div class="text-paragraph-1 padding-top">
                    Juffrouw Tok Ede zoekt enthousiaste parttime-medewerkers voor in de keuken, bediening bar of afwas.
                    Weet jij van aanpakken en ben jij doordeweeks beschikbaar? Bel dan 0318 61 69 00
                </div>
            </div>

        </div>
    </div>

<?php
include('footer.php');
?>
