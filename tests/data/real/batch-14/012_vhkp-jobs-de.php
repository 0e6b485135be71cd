<!-- Header -->
<?php
    require("inc/header.php");
?>

<!-- Head-Bereich -->
<div id="header">
    <div id="logo"></div>
    <div id="flagge"></div>
    <div class="wrapper">
        <?php
            require("inc/nav.php");
        ?>
    </div>
</div>

<!-- Banner -->
<div id="banner_jobs">
</div>

<!-- Inhalt -->
<div class="content_box">
    <div class="wrapper">
        <div id="content_jobs">
            <h2>Wir suchen Sie!</h2>
            <p>
                Sie sind freundlich, hilfsbereit und möchten mit uns zusammen unsere Klienten ein Stück auf ihrem Lebensweg begleiten? Dann Sind Sie bei uns genau richtig!
            </p>
            <br>
            <hr>
            <br>
            <h4>Standort Vohburg a. d. Donau:</h4>
                        
            <!-- expanding div -->
            <!-- Pflegehilfskraft -->
            <div id="expDIV1" >
                <a href="javascript:toggle('expDIV1_collapse')">
                    <h3>Pflegehilfskraft (w/m/d)</h3>
                </a>
                <div id="expDIV1_collapse">
                    <p>
                        Zur Erweiterung unseres Pflegeteams suchen wir zum nächstmöglichen Zeitpunkt eine motivierte Pflegehilfskraft (w) für die ambulante Pflege.
                    </p>
                    <br>
                    <h4>Wir bieten Ihnen...</h4>
                    <ul>
                        <li>...ein abwechslungsreiches Aufgabengebiet</li><br>
                        <li>...fundierte Einarbeitung durch Fachkräfte</li><br>
                        <li>...interessante Fortbildungen</li><br>
                        <li>...branchengerechte Entlohnung</li><br>
                        <li>...faire Dienstplangestaltung</li><br>
                        <li>...sehr freundliches Arbeitsklima</li><br>
                        <li>...für die Arbeit ein Dienstfahrzeug und Diensthandy</li><br>
                    </ul>
                    <br>
                    <h4>Sie bringen mit...</h4>
                    <ul>
                        <li>...Freude am Umgang mit älteren und hilfsbedürftigen Menschen</li><br>
                        <li>...Einfühlungsvermögen</li><br>
                        <li>...Teamfähigkeit</li><br>
                        <li>...Flexibilität und Bereitschaft zur Schicht- und Wochenendarbeit</li><br>
                        <li>...Führerschein B (3)</li><br>
                    </ul>
                </div>
                <br>
            </div>
            <!-- Pflegefachkraft -->
            <div id="expDIV2" >
                <a href="javascript:toggle('expDIV2_collapse')">
                    <h3>Pflegefachkraft (w/m/d)</h3>
                </a>
                <div id="expDIV2_collapse">
                    <p>
                        Zur Erweiterung unseres Pflegeteams suchen wir zum nächstmöglichen Zeitpunkt eine motivierte Pflegefachkraft (w) für die ambulante Pflege.
                    </p>
                    <br>
                    <h4>Wir bieten Ihnen...</h4>
                    <ul>
                        <li>...ein abwechslungsreiches Aufgabengebiet</li><br>
                        <li>...interessante Fortbildungen</li><br>
                        <li>...branchengerechte Entlohnung</li><br>
                        <li>...faire Dienstplangestaltung</li><br>
                        <li>...sehr freundliches Arbeitsklima</li><br>
                        <li>...für die Arbeit ein Dienstfahrzeug und Diensthandy</li><br>
                    </ul>
                    <br>
                    <h4>Sie bringen mit...</h4>
                    <ul>
                        <li>...Freude am Umgang mit älteren und hilfsbedürftigen Menschen</li><br>
                        <li>...Einfühlungsvermögen</li><br>
                        <li>...Teamfähigkeit</li><br>
                        <li>...Flexibilität und Bereitschaft zur Schicht- und Wochenendarbeit</li><br>
                        <li>...Führerschein B (3)</li><br>
                    </ul>
                </div>
                <br>
            </div>
            <!-- Pflegefachkraft -->
            <div id="expDIV3" >
                <a href="javascript:toggle('expDIV3_collapse')">
                    <h3>Hauswirtschaftskraft (w/m/d)</h3>
                </a>
                <div id="expDIV3_collapse">
                    <p>
                        Zur Erweiterung unseres ambulanten Hauswirtschaftsteams suchen wir zum nächstmöglichen Zeitpunkt eine motivierte Hauswirtschaftskraft (w).
                    </p>
                    <br>
                    <h4>Wir bieten Ihnen...</h4>
                    <ul>
                        <li>...ein abwechslungsreiches Aufgabengebiet</li><br>
                        <li>...branchengerechte Entlohnung</li><br>
                        <li>...eigene Einteilung der Arbeitszeit</li><br>
                        <li>...sehr freundliches Arbeitsklima</li><br>
                        <li>...ggfs. Dienstfahrzeug- und Handy</li><br>
                    </ul>
                    <br>
                    <h4>Sie bringen mit...</h4>
                    <ul>
                        <li>...Freude am Kontakt mit älteren und hilfsbedürftigen Menschen</li><br>
                        <li>...Einfühlungsvermögen</li><br>
                        <li>...Teamfähigkeit</li><br>
                        <li>...selbstständige Arbeitsweise</li><br>
                        <li>...Führerschein B (3)</li><br>
                    </ul>
                </div>
            </div>
            <br>
            <!-- ------------- -->
            <br>
            <hr>
            <br>
            <h4>Wir haben Ihr Interesse geweckt?</h4>
            <p>
                Dann schicken Sie uns Ihre Bewerbung
            </p>
            <p>
                per eMail: <a href="mailto:info@vohburger-hauskrankenpflege.de">info@vohburger-hauskrankenpflege.de</a>
            </p>
            <p>
                oder per Post: Gewerbestr. 3 in 85088 Vohburg a. d. Donau
            </p>
            <p>
                Wir freuen uns auf Sie!
            </p>
        </div>
    </div>
</div>
            
<!-- Fusszeile -->
<?php
    require("inc/footer.php");
?>