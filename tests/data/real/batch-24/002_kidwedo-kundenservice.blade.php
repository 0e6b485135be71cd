@extends($template)

@section('content')
<!--message-view-contents-->
<section class="container-fluid register-bg">
				<div class="container">
				<div class="activity-view my-messages mb-20 w-100 jobs-outer">
					<h5>CUSTOMER HAPPINESS SPECIALIST/ MITARBEITER KUNDENSERVICE</h5>
					<div class="row p-15 msg-list">
						<div class="col-lg-12 customer-happiness">

							<h4>DEIN AUFGABENBEREICH</h4>
							<ul>
								<li>Du bist für die Kundenanfragen sowohl per Email, Telefon und Chat verantwortlich und
								sorgst dafür, dass unsere Kunden begeisterte Kunden werden</li>
								<li>Du telefonierst gerne mit Interessenten und machst Sie neugierig für unsere Marke &
								Produkte, weil verkaufen für dich kein Fremdwort ist</li>
								<li>Du bist ein Allrounder, weil du einen sehr guten Überblick über die gesamte Unternehmen
								hast und stehst stetig im Austausch mit anderen Abteilungen</li>
								<li>Du packst gerne an, wenn es darum geht Verbesserungen voranzutreiben</li>
								<li>Du übernimmst gerne kleinere Projekte und bringst aktiv deine Ideen ein</li>
							</ul>
						</div>
						<div class="col-lg-12 customer-happiness">

							<h4>DEIN PROFIL</h4>
							<ul>
								<li>Du bringst idealerweise praktische Erfahrungen im Kundensupport mit</li>
								<li>Du hast eine schnelle Auffassungsgabe und Spaß am Telefonieren</li>
								<li>Du hast einen ausgeprägten Kundenfokus und exzellente Kommunikationsfähigkeiten</li>
								<li>Sehr gute Deutschkenntnisse in Wort und Schrift sowie gute Englischkenntnisse</li>
								<li>Dir macht es Freude Probleme zu lösen und kannst auch fokussiert an einer Problemstellung
								arbeiten</li>
								<li>Du hast Spaß an der Arbeit mit Menschen und behältst einen kühlen Kopf</li>
							</ul>
						</div>
						<div class="col-lg-12 customer-happiness">

							<h4>WAS WIR DIR BIETEN</h4>
							<ul>
								<li>Eine extrem steile Lernkurve und einen hohen Grad an persönlicher Verantwortung vom
								ersten Tag an</li>
								<li>Enge Zusammenarbeit mit allen Teams - du kannst in einem der angesagtesten Startups der
								Kinderaktivitätsbranche die Dinge wirklich beeinflussen und mitgestalten</li>
								<li>Eine inspirierende Unternehmenskultur, die auf Teamgeist und Leidenschaft aufbaut</li>
								<li>Du erhältst die Möglichkeit, an unseren zahlreichen Weiterbildungsangeboten, unseren
								Unternehmens-und Teamevents teilzunehmen</li>
								<li>Ein Arbeitsplatz in einem sehr stylischen neuen Büro (hervorragende Anbindung an den
								ÖPNV)</li>
								<li>Natürlich auch ein gutes Gehalt</li>
							</ul>
						</div>
						<div class="col-lg-12 text-center customer-happiness">
							<h4>Bewerbung per E-mail an : <a href="">jobs@kidwedo.de</a></h4>
						</div>
					</div>
				</div>
				</div>
			</section>
			<!--message-view-contents end-->
@endsection