<!DOCTYPE html>
<html itemscope itemtype="http://schema.org/Article">
<head>

	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
	
	<meta itemprop="name" content="Stellenangebote| Sägewerk Baier.">
	<meta itemprop="description" content="Stellenangebote | Sägewerk Baier ist der Ansprechpartner in Sachen Holz für Gemünden, Hammelburg, der Rhön, Bad Kissingen und Bad Brückenau.">
	
	<meta name="description" content="Stellenangebote | Sägewerk Baier ist der Ansprechpartner in Sachen Holz für Gemünden, Hammelburg, der Rhön, Bad Kissingen und Bad Brückenau."/>
	
 	<meta name="keywords" content="Stellenangebote, Job Arbeit, Holz, Holzfachmarkt, Gemünden, Hammelburg, Rhön, Bad Kissingen, Bad Brückenau" >

	<meta name="DC.Description" content="Stellenangebote | Sägewerk Baier ist der Ansprechpartner in Sachen Holz für Gemünden, Hammelburg, der Rhön, Bad Kissingen und Bad Brückenau."/>
	
	<meta name="DC.Subject" content="Stellenangebote, Job Arbeit, Holz, Holzfachmarkt, Gemünden, Hammelburg, Rhön, Bad Kissingen, Bad Brückenau"/>
	
	<title>Stellenangebote | Sägewerk Baier</title>

	<?php
	include "header.php";
?>
				
<?php
	include "navi.php";
?>	

<div class=navi-background>


		<img	alt="Holzwelt Baier, Ihr Holzfachmarkt für Würzburg und Mainfranken.
					 Hier finden Sie eine große Auswahl an Terassen, Böden, Türen, Holz im Garten, Paneelen und vielem mehr." 
				title="Holzwelt, Ihr Holzfachmarkt für Würzburg und Mainfranken."
				src="bilder/9_1/banner_21.jpg"
				width="100%"
				height= "auto"	
				
		>
</div>




<main>

<h1>Stellenangebote</h1> 
			<br>

<div class=flexbox_team_wrapper id=geschaeftsfelder>
	
		<div class=text_links>
		
		<h2>Wir freuen uns über Ihre Initiativbewerbung!</h2>
		<br>
		
		<!--
			<p>
			Zur Verstärkung unseres Teams suchen wir zum nächstmöglichen Zeitpunkt einen Schreiner, Tischler oder Zimmermann, für den der Werkstoff 
			Holz eine ähnliche Herzensangelegenheit ist wie für uns.
			<br>
			<br>
			Wir bieten Ihnen einen abwechslungsreichen Job in einem interessanten und kameradschaftlichen Arbeitsumfeld. Ihre Aufgaben umfassen unter anderem:</p>

						<ul>
 							<li>Beratung und Verkauf in unserem Einzelhandels-Holzfachmarkt	</li>
 							<li>Arbeiten in unserer Schreinerwerkstatt</li>
 							<li>Montage von Produkten vor Ort beim Kunden</li>
 							
						</ul>

			<p>
			Nach einer fundierten Einarbeitung bieten wir Ihnen die Möglichkeit, selbstständig zu arbeiten, Verantwortung zu übernehmen
			und ihre eigenen Ideen zu verwirklichen.
			<br>
			<br>
			Sie fühlen sich angesprochen, sind kontaktfreudig und aufgeschlossen? Dann freuen wir uns über Ihre aussagekräftige Bewerbung.
			<br>
			<br>

			Senden Sie ihre Bewerbung bitte an folgende Adresse:
			<br>
			<br>
			
				Sägewerk Baier,
				<br>
				zu Händen Jürgen Baier,
			 	<br>
			 	<p>Willkommstraße 8,<br>
			 	97797 Neuwirtshaus (Wartmannsroth),<br>
			 	<br>
			 	Gerne können Sie uns ihre Bewerbungsunterlagen auch per Email an folgende Adresse zukommen lassen:
			 	<br>
			 	<br>
			 	<a href="mailto:j.baier@saegewerk-baier.de"> j.baier@saegewerk-baier.de</a><br>
			 	
				
				<br>
			
			Diskretion im Bewerbungsprozess sichern wir Ihnen natürlich zu.
			<br>
			<br>
			<br>
		-->
			
			
			
			</p>
			
			
			 	
	</div>	
			

    
 		  
   

		<div class=teamframe>
		
		<article class=teamrechts>
		
			<h2>Ihr Ansprechpartner</h2>
			<br>
			
				<div class=team>
	
			<img 	alt="Mitarbeiter Sägewerk Baier: Jürgen Baier" 
					src="bilder/mitarbeiter/dummy.jpg"
					width="100%"
					height= "auto"	
					title="Mitarbeiter Sägewerk Baier: Jürgen Baier"	
			>
			
			<h3>	Herr Jürgen Baier</h3>
			<h4>	Geschäftsinhaber</h4>
			<p>		Tel: 09737 214<br>
					Fax: 09737 669<br>
					Email:<a href="mailto:j.baier@saegewerk-baier.de">j.baier@saegewerk-baier.de</a></p>
				
		</div>
			
			<br>
		
		</article>
		
		
		
		
		
			
			
			
		</div>
		
		
		
</div>	
		
<h3><b><span class=red> <b>Sägewerk Baier, Ihr Partner in Sachen Holz.</b></span></b></h3>
<br>
<br>
</main>
		
<?php
	include "footer.php";
?>
				
	
