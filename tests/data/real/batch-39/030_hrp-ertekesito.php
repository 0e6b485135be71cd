<?php
$active = "career";
include 'includes/header.php';
?>

<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h2>Karrier</h2></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h3>Értékesítő</h3></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Főbb feladatok</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <ul type="square">
            <li class="bottom-padding-10">A HRP – Interaktív program képviselete, értékesítése vállalatok és intézmények
                részére
            </li>
            <li class="bottom-padding-10">Ügyfelek felkutatása, megkeresése, tárgyalások lebonyolítása</li>
            <li>A HRP – Interaktív program ismerete, az ehhez szükséges szakmai tudás elsajátítása</li>
        </ul>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Iskolai végzettség</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <ul type="square">
            <li class="bottom-padding-10">Minimum középfokú végzettség</li>
            <li>Felhasználói szintű számítástechnikai ismeretek (Word, Excel)</li>
        </ul>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Kompetenciák</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <ul type="square">
            <li class="bottom-padding-10">Önállóság, pontosság, megbízhatóság</li>
            <li class="bottom-padding-10">Nyitottság, empátia, ügyfélcentrikusság</li>
            <li class="bottom-padding-10">Kiváló kommunikációs- és tárgyalókészség</li>
            <li class="bottom-padding-10">Stressztűrés, kitartás</li>
            <li>Tanulási, megújulási kedv</li>
        </ul>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Amit kínálunk</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <ul type="square">
            <li>Teljesítmény arányos, kiemelkedő jövedelem</li>
        </ul>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Előnyök</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <ul type="square">
            <li class="bottom-padding-10">Szolgáltatások értékesítésében való gyakorlat (kiemelten: telekommunikáció,
                biztosítás, pénzügy)
            </li>
            <li>Élő vállalati kapcsolatok</li>
        </ul>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right"><h5>Jelentkezés</h5></div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right">
        <p>Küldje magyar nyelvű szakmai önéletrajzát és motivációs levelét az <a href="mailto:info@egeszsegholding.hu?Subject=HRP%20-%20Karrier" target="_top">info@egeszsegholding.hu</a> e-mail címre.</p>
    </div>
</div>
<div class="flexbox-container">
    <div class="content-left">
        <div class="line-green"></div>
    </div>
    <div class="content-right" style="height:40px;"></div>
</div>

<?php
include 'includes/footer.php';
?>