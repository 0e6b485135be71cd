<script type="application/ld+json">
{
  "@context": "http://schema.org",
  "@type": "JobPosting",
  "hiringOrganization": {
    "@type": "Organization",
    "name": "CallOne GmbH",
    "sameAs": "https://www.callone.de",
    "url": "https://www.callone.de/karriere/team-assistenz",
    "logo": "https://www.callone.de/assets/images/logo/callone-logo-square.jpg"
  },
  "datePosted": "2019-08-07",
  "validThrough": "<?=date('Y-m', strtotime('6 months'));?>-01T00:00",
  "title": "Team Assistenz (m/w/d) - Potsdam",
  "description": "  <p>
                        <strong>Stell Dir vor es ist Montag und Du freust Dich auf die Arbeit.</strong>
                    </p>
                    <p>Wir haben es uns zum Ziel gesetzt Kundenservice richtig gut zu machen. Dafür brauchen wir dich als Technischer Projektmanager (m/w/d)!<br>
                        Du hast eine gute technische Auffassungsgabe und kannst analytisch-strukturiert denken? Dabei liebst du den Umgang mit anderen Menschen? Dann bist du bei uns genau richtig!
                    </p>
                    <p>
                        <strong>Wobei wir Deine Hilfe brauchen</strong><br>
                        <ul>
                            <li>Du bist für unsere Kunden Ansprechpartner und hilfst deren Probleme zu lösen.</li>
                            <li>Du bist Ansprechpartner für Interessenten und erstellst Angebote.</li>
                            <li>Du pflegst Daten in unser Kundensystem ein und bereitest Reportings vor.</li>
                            <li>Du arbeitest eng mit deinen großartigen, smarten Kollegen zusammen und bekommst alle Unterstützung, die du brauchst.</li>
                        </ul>
                    </p>
                    <p>
                        <strong>Was wir uns wünschen</strong><br>
                        <ul>
                            <li>Du hast eine kaufmännische Ausbildung oder schon Arbeitserfahrung auf dem Gebiet.</li>
                            <li><strong>Klarer Kommunikationsstil</strong>, sowohl mündlich als auch schriftlich.</li>
                            <li>Du arbeitest gerne mit anderen Menschen zusammen, auf andere Menschen zuzugehen ist für dich kein Problem.</li>
                            <li>Eigenständige und sorgfältige Arbeitsweise mit einer ordentlichen Portion Hands-on-Mentalität.</li>
                            <li>Sicherer Umgang mit den gängigen MS-Office-Programmen.</li>
                        </ul>
                    </p>
                    <p>
                        <strong>Was wir Dir bieten</strong><br>
                        <ul>
                            <li>Langfristig gute Arbeit. Wir suchen enthusiastische Menschen, für die Job-Hopping nicht der Weg der Erlösung ist. Wir brauchen deine Expertise langfristig und so stimmen wir deinen Job mit deinem Leben ab.</li>
                            <li><strong>Vertrauen und Freiraum</strong>. Für uns zählt, wie du arbeitest, nicht wann. Flexible Arbeitszeiten ohne Überstunden und ein Wochenende, das dir gehört, dafür maximale Selbständigkeit und klarer Fokus bei der Arbeit.
                            <li><strong>Flexibilität</strong>. Du kannst uns in Berlin, Potsdam oder Mainz unterstützen, ganz so wie es dir passt.</li>
                            <li><strong>Ein verdammt gutes und verdammt nettes Team</strong>. Wir wollen nicht nur gegenseitig das Beste aus uns herausholen (denn dann macht es am meisten Spaß), wir kümmern uns auch umeinander, in jeder Lebenslage.</li>
                            <li><strong>Kein Stress</strong>. Ein Büro im Grünen und freundliche Kunden, sichtbare Ergebnisse deiner Arbeit und entsprechende Anerkennung.</li>
                        </ul>
                    </p>",
  "employmentType": "Full-time",
  "experienceRequirements": "Berufseinsteiger",
  "image": "https://www.callone.de/assets/images/icons_png/job_02.png",
  "industry": "Telekommunikation",
  "jobLocation": {
    "@type": "Place",
    "address": {
      "@type": "PostalAddress",
		"streetAddress": "Charlottenstr. 107",
		"addressLocality": "Potsdam",
		"addressRegion": "DE",
		"postalCode": "14467",
        "addressCountry": {
            "@type": "Country",
            "name": "DE"
        }
    },
    "geo": {
        "@type": "GeoCoordinates",
        "latitude": "40.75",
        "longitude": "73.98"
    }
  },
   "salaryCurrency": "EUR",
   "baseSalary": {
    "@type": "MonetaryAmount",
    "currency": "EUR"
  }
}
</script>

<div class="wrapper">
  <div class="content wide">
    <header class="main-header">
      <div class="media centered">
        <img src="/assets/images/icons_svg/job_big_02.svg" alt="Team Assistenz" />
      </div>
      <div class="text">
        <strong class="h1">Stellenausschreibung &ndash; Mitarbeiter Team Assistenz</strong>
        <p class="primary">
        	Stell Dir vor es ist Montag und Du freust Dich auf die Arbeit. Wir haben es uns zum Ziel gesetzt Kundenservice richtig gut zu machen. Dafür brauchen wir dich als <strong>Team Assistenz (m/w/d)!</strong>
        	<br>
        	Du verfügst über einen klaren Kommunikationsstil und logisches Denken? Du behältst in stressigen Situationen den Überblick und schreckst vor neuen Herausforderungen nicht zurück? Dann bist du bei uns genau richtig!
        </p>
        <div class="button-set">
          <a href="#kontakt" class="button primary">Jetzt bewerben</a>
          <a href="#more" class="button secondary">Mehr Infos</a>
        </div>
      </div>
    </header>
  </div>
</div>

<div class="wrapper" id="more">
  <div class="content narrow centered">
    <h1>Team Assistenz (m/w/d) &ndash; Potsdam</h1>
    <p>In unserer Branche ist Kommunikation das Wichtigste &ndash; im Team, mit Kunden, über alle Kanäle. <br />Wir glauben an Transparenz, Einfachheit und Qualität.</p>
  </div>

  <div class="content wide centered">
    <div class="grid">
      <div class="col-3">
        <img class="icon" src="/assets/images/icons_svg/small_32.svg" alt="In Vollzeit" />
        <h3>Vollzeit / Teilzeit</h3>
      </div>
      <div class="col-3">
        <img class="icon" src="/assets/images/icons_svg/small_31.svg" alt="Ab Wann? sofort" />
        <h3>Ab sofort</h3>
      </div>
      <div class="col-3">
        <img class="icon" src="/assets/images/icons_svg/small_35.svg" alt="In der Location: Potsdam" />
        <h3>Potsdam</h3>
      </div>
    </div>
  </div>
</div>

  
<div class="wrapper">
  <div class="content wide">    
    <div class="shadow-box">
      <div class="image-grid">
        <div class="image padding">
          <img src="/assets/images/icons_svg/big_05.svg" alt="Deine Aufgaben" />
        </div>
        <div class="text">
          <h2>Wobei wir Deine Hilfe brauchen</h2>
          <p class="primary">Du bist für unsere <strong>Kunden Ansprechpartner</strong> und hilfst deren Probleme zu lösen.</strong>.</p>
          <p class="primary">Du bist <strong>Ansprechpartner</strong> für <strong>Interessenten</strong> und erstellst Angebote.</p>
          <p class="primary">Du <strong>pflegst Daten</strong> in unser Kundensystem ein und bereitest Reportings vor.</p>
          <p class="primary">Du <strong>arbeitest eng mit deinen großartigen, smarten Kollegen zusammen</strong> und bekommst alle <strong>Unterstützung</strong>, die du brauchst.</p>
          <div class="button-set">
            <a href="#kontakt" class="button primary">Das bekomme ich hin</a>
          </div>
        </div>
      </div>
    </div>

    <div class="shadow-box">
      <div class="image-grid">
      	<div class="image padding">
          <img src="/assets/images/icons_svg/big_01_2.svg" alt="Unsere Anforderungen" />
        </div>
        <div class="text">
          <h2>Was wir uns wünschen</h2>
          <p class="primary">Du hast <strong>eine kaufmännische Ausbildung</strong> oder schon Arbeitserfahrung auf dem Gebiet.</p>
          <p class="primary"><strong>Klarer Kommunikationsstil</strong>, sowohl mündlich als auch schriftlich.</p>
          <p class="primary">Du arbeitest <strong>gerne</strong> mit <strong>anderen Menschen</strong> zusammen, auf andere Menschen zuzugehen ist für dich kein Problem.</p>
          <p class="primary"><strong>Eigenständige</strong> und sorgfältige <strong>Arbeitsweise</strong> mit einer ordentlichen Portion <strong>Hands-on-Mentalität</strong>.</p>
          <p class="primary">Sicherer Umgang mit den gängigen MS-Office-Programmen.</p>      
          <div class="button-set">
            <a href="#kontakt" class="button primary">Das klingt nach mir</a>
          </div>
        </div>
      </div>
    </div>

    <div class="shadow-box">
      <div class="image-grid">
        <div class="image padding">
          <img src="/assets/images/icons_svg/big_07_2.svg" alt="Was wir dir bieten" />
        </div>
        <div class="text">
          <h2>Was wir Dir bieten</h2>
          <p class="primary"><strong>Langfristig gute Arbeit</strong>. Wir suchen enthusiastische Menschen, für die Job-Hopping nicht der Weg der Erlösung ist. Wir brauchen deine Expertise langfristig und so stimmen wir deinen Job mit deinem Leben ab.</p>
          <p class="primary"><strong>Vertrauen und Freiraum</strong>. Für uns zählt, wie du arbeitest, nicht wann. Flexible Arbeitszeiten ohne Überstunden und ein Wochenende, das dir gehört, dafür maximale Selbständigkeit und klarer Fokus bei der Arbeit.</p>
          <p class="primary"><strong>Flexibilität</strong>. Du kannst uns in Berlin, Potsdam oder Mainz unterstützen, ganz so wie es dir passt.</p>
          <p class="primary"><strong>Ein verdammt gutes und verdammt nettes Team</strong>. Wir wollen nicht nur gegenseitig das Beste aus uns herausholen (denn dann macht es am meisten Spaß), wir kümmern uns auch umeinander, in jeder Lebenslage.</p>
          <p class="primary"><strong>Kein Stress</strong>. Ein Büro im Grünen und freundliche Kunden, sichtbare Ergebnisse deiner Arbeit und entsprechende Anerkennung.</p>
          <div class="button-set">
            <a href="#kontakt" class="button primary">Das gefällt mir</a>
          </div>
        </div>
      </div>
    </div>
  </div>
</div>

<div class="wrapper">
  <div class="content narrow centered">
    <h2 class="h1">Hört sich gut an?</h2>
    <p>	
    	Bewirb dich einfach per Mail bei uns! <a href="mailto:jobs@callone.de">jobs@callone.de</a>.<br />
    	Noch Fragen? Du kannst uns gerne jederzeit anrufen unter <a href="tel:+493092033500">+49 (0) 30-920 33 500</a>.
    </p>
  </div>
</div>

<div class="wrapper breather" id="kontakt">
  <div class="content wide">
    <h2 class="h1">Bewirb dich jetzt bei uns <br>und werde ein Teil unseres Teams</h2>
    <p>Der Bewerbungsprozess bei uns ist einfach</p>
    <div class="grid">
      <div class="col-3">
        <span class="white-cricle">1</span>
        <p>
        	Du schreibst uns eine E-Mail an <a href="mailto:jobs@callone.de">jobs@callone.de</a>.<br>
        	Wir wollen wissen, wer Du bist, was Du machst und wo Deine Talente liegen.
		</p>
      </div>
      <div class="col-3">
        <span class="white-cricle">2</span>
        <p>
        	Wir melden uns per E-Mail bei Dir, um einen Termin bei uns vor Ort oder ein Gespräch am Telefon auszumachen.
		</p>
      </div>
      <div class="col-3">
        <span class="white-cricle">3</span>
        <p>
        	Du kommst vorbei und lernst Deine neue Firma und das ganze Team kennen.
		</p>
      </div>
    </div>
	<div class="button-set">
    	<a href="mailto:jobs@callone.de" class="button primary">Schreibe uns</a>
	</div>
  </div>
</div>

<div class="wrapper">
  <div class="content thin">
 	<div class="button-set centered">
		<a href="/downloads/Team_Assistenz.pdf" class="button primary" download>Stellenanzeige als PDF</a>
		<a href="/karriere#angebote" class="button secondary">Doch lieber was anderes?</a>
    </div>
  </div>
</div>  
