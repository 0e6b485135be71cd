<?php
    // Metadata
    $metaTitle = 'Jobba på Doktor Kom Hem | Husläkarmottagning på Kungsholmen i Stockholm';
    $metaDescription = 'Vill du jobba på Doktor Kom Hem? Vi söker alltid kompetent personal! Varmt välkommen att höra av dig till pascal.andersson@doktorkomhem.nu';
    $canonical = 'lediga-jobb';

    // Page specifict
    $siteLang = 'sv';
    $pageName = 'jobs'; // To set active in nav
    $pageTitle = 'Lediga jobb';
    $pageImg = 'tittut.jpg';
?>

<?php require_once('assets/head.php'); ?>
    <?php require_once('assets/sv/header.php'); ?>
        <main class="main container--full bg">
            <h1><?php echo $pageTitle; ?></h1>
            <div class="page-content cushycms">
                <p>Vill du jobba på Doktor Kom Hem? Just nu söker vi:</p>
                <h2>Distriktssköterska</h2>
                <p>Doktor Kom Hem är en trevlig husläkarmottagning på Kungsholmen. Vi är ett glatt och härligt gäng som trivs med att jobba ihop.</p>
                <p>Hos oss hittar du Specialistläkare i allmänmedicin, distriktssköterska och mottagningssköterskor, erfaren receptionist och psykoterapeut med många års erfarenhet. Vår erfarna distriktssköterska ska nu pensionera sig och därför söker vi ny ersättare med diabeteskompetens.</p>
                <h3>Om mottagningen</h3>
                <p>Vi flyttade in i nybyggda lokaler 2011 vid Hornsbergsstrand. Detta är ett område som växer mycket snabbt och har en ung befolkning och många barn. Vi har ca 5000 listade patienter.</p>
                <p>Vi bedriver sedvanlig läkar- och sköterskemottagning med stort intresse och kunskap för både astma/kol och diabetes. På mottagningen bedrivs även en hälsomottagning där vi erbjuder rådgivning kring hälsosamma levnadsvanor.</p>
                <p>Patienterna tar vi hand om i ett gemensamt team. Vi har en liten hemsjukvård. Inom rehabgarantin jobbar vår psykoterapeut med KBT behandling.</p>
                <h3>Kvalifikationer</h3>
                <p>Du som söker är utbildad distriktssköterska. Goda språkkunskaper i svenska språket i såväl tal som skrift är ett krav. Du har servicetänkande och har patienten i fokus. Därtill trivs du med att arbeta självständigt samtidigt som du har fallenhet för smidigt samarbete med kollegor. Vi uppskattar egna initiativ och idéer. Viktigt är att du är självgående samt har ett glatt humör. Vi ser gärna att du har diabetskompetens.</p>
                <p>
                    Vill du vara med och utveckla denna välfungerade mottagning är du varmt välkommen att höra av dig på <a href="mailto:ewabritt.andersson@doktorkomhem.nu">ewabritt.andersson@doktorkomhem.nu</a>
                </p>
            </div>
            <figure class="page-img">
                <img src="<?php echo $images; ?>page-img/<?php echo $pageImg; ?>" alt="" />
            </figure>
        </main>
<?php require_once('assets/sv/footer.php'); ?>