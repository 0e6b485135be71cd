<?php

return array(
	"meta" => [
		"metatitle" => "Jobs | Boxify",
		"metadescription" => "Op zoek naar werk en sterk gemotiveerd ? Kom bij het team ! Contacteer ons via jobs@boxify.be",
		"subtitle" => "",
		"googletag" => "",
		"banner" => "",
	],
    "title" => "Jobs",
    "content" => <<<txt
<h2 class="text-center"><strong>Jobs</strong></h2>
<p class="text-center">Zoekt u werk en bent u heel gemotiveerd ? Kom dan bij ons werken! Neem contact met ons op via <a href="/page/contact?subject=job">jobs@boxify.be</a></p>
<br />
txt
,
    "accordions" => [
        [
            "title" => "Jobomschrijving",
            "items" => [
                [
                    "title" => "Bezorger",
                    "description" => <<<description
<h4>Jobomschrijving</h4>

<p>Wij zoeken een chauffeur/bezorger die instaat voor het ophalen/terugbrengen van de goederen bij de klant thuis. U vertegenwoordigt ons bedrijf op een professionele manier en uw doel is de winstmarge van het bedrijf en de klanttevredenheid te verhogen.</p>

<p><strong>Takenpakket</strong></p>
<ul>
<li>Leveren en ophalen van een grote verscheidenheid aan voorwerpen op adressen in heel België.</li>
<li>Nauwkeurig volgen van het leveringsplan en afgesproken tijdstippen naleven</li>
<li>Laden, lossen, voorbereiden, controleren en gebruik van de voertuigen die voor de leveringen worden gebruikt</li>
<li>Feedback verzamelen over de geleverde diensten en klantgerelateerde problemen oplossen</li>
<li>Betalingen innen</li>
<li>Informeren over nieuwe producten en diensten</li>
<li>Logboeken en rapporten invullen</li>
<li>Regelgeving en normen inzake veiligheid naleven</li>
</ul>

<p><strong>Voorwaarden</strong></p>

<ul>
<li>Ervaring als chauffeur/bezorger is een pluspunt</li>
<li>Perfect tweetaling EN/FR zijn (Nederlands is een pluspunt)</li>
<li>Beschikken over een geldig rijbewijs B</li>
<li>Met een vorkheftruck en een bestelwagen kunnen rijden in verschillende verkeerssituaties en weersomstandigheden</li>
<li>U kunt uw tijd beheren en organiseren</li>
<li>Geen antecedenten m.b.t. inbreuken op de wegcode</li>
<li>Diploma van hoger secundair onderwijs of gelijkwaardig</li>
</ul>

<a href="/page/contact?subject=job" class="btn btn-primary">Stellen</a>
description
                ]
            ]
        ]
    ]
);