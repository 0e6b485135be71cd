<?php
$page_title = "karriere";
$page_description = "Häufig gestellte Fragen zu Heizöl – Preise, Lieferung, Qualität und mehr.";
include("inc_header.php");
?>
<div class="c-page ssr-rendered">
  <div class="cms-slice">
    <div>
      <div class="row">
        <div class="col-12 col-md col-lg">
          <div id="emotion-container" class="position-relative overflow-hidden flat-banner">
            <div id="cms-emotion-banner" data-fetch-key="0" class="cms-emotion-banner" style="background-image:url(assets/images/new/karriere-titelbild.jpg);"><!----> <!----> <!----> <!----> <!----> <!----> <!----></div> <!---->
          </div>
        </div>
      </div>
    </div>
  </div>
  <div class="cms-slice py-5 bg-light">
    <div class="container">
      <div class="row">
        <div class="col-12 col-md col-lg">
          <h1 class="text-center ">Jobs bei HeizOel24</h1>
          <p class="text-center ">Ausgezeichnet. Führend. Innovativ. Die <strong>interaid GmbH</strong> mit ihren Preisvergleichen <strong>HeizOel24</strong> und <strong>HeizPellets24</strong> ist als mehrfacher Testsieger für viele Kunden Anlaufstelle Nr. 1, wenn es um günstige Preise geht. Im Großhandel bietet <strong>TankLager24</strong> neue Perspektiven und komplettiert die Produktfamilie. Wir leben den Wandel und suchen für die Mitgestaltung der Energiewende ehrgeizige Energiebündel in allen Bereichen. Werde Teil zukunftsträchtiger B2C und B2B-Projekte und revolutioniere mit uns den Energiemarkt.</p>
        </div>
      </div>
    </div>
  </div>
  <div class="cms-slice py-5">
    <div class="container mb-5">
      <div class="row">
        <div class="mb-4 mb-md-0 col-12 col-md col-lg">
          <h2 class="text-center">Wir suchen dich</h2>
          <p class="text-center ">Hast du die passende Stelle bei uns gefunden? Prima. Dann schicke deine Bewerbung an <a href="mailto:bewerbung@interaid.de">bewerbung@interaid.de</a> und lass' uns dich kennenlernen. Wir freuen uns darauf.</p>
        </div>
      </div>
    </div>
    <div class="container mb-5">
      <div class="row">
        <div class="mb-4 mb-md-0 col-12 col-md-12 col-lg-6">
          <img src="assets/images/new/manager_interaid.jpg" class="img-fluid content-rounded" alt="Jobs interaid Portal Manager">
        </div>
        <div class="mb-4 mb-md-0 col-12 col-md-12 col-lg-6">
          <div class="card border-0 bg-light">
            <div class="card-body pb-0">
              <div class="collapsible" style="height:482px;" data-v-1ebfacb1="">
                <div data-v-1ebfacb1="">
                  <div data-v-1ebfacb1="">
                    <h3><strong>Head of Portal Management (m/w/d)</strong></h3>
                    <p>Für ein beschleunigtes Wachstum unseres Markenportfolios suchen wir ab sofort am Standort Berlin einen fähigen Portal Manager mit Leidenschaft für die Steuerung von Geschäftsprozessen und die Pflege von Kundenbeziehungen in Vollzeit.</p>
                    <p><strong>Deine Aufgaben</strong></p>
                    <ul>
                      <li>
                        <p>Verantwortliche Leitung der Portalpräsenzen HeizOel24, HeizPellets24 und TankLager24.</p>
                      </li>
                      <li>
                        <p>Abstimmung der strategischen Ziele, Umsetzung und Reporting an die Geschäftsführung.</p>
                      </li>
                      <li>
                        <p>Key-Account Management und Projektsteuerung im persönlichen Kontakt.</p>
                      </li>
                      <li>
                        <p>Business Development zur Erweiterung des Kundenstamms und Produktportfolios.</p>
                      </li>
                      <li>
                        <p>Monitoring der KPI´s, Controlling und Analyse der Plattform-Aktivitäten.</p>
                      </li>
                      <li>
                        <p>Koordination der Aufgaben mit Softwareentwicklung und Marketing.</p>
                      </li>
                    </ul>
                    <p><strong>Was du mitbringst</strong></p>
                    <ul>
                      <li>
                        <p>Einschlägige Branchenkenntnisse und mehrjährige Berufserfahrung im Energiehandel mit Brenn- und Kraftstoffen</p>
                      </li>
                      <li>
                        <p>Erfahrungen im Bereich E-Commerce/Vertrieb/Umgang mit ERP-Software</p>
                      </li>
                      <li>
                        <p>Ein abgeschlossenes wirtschaftswissenschaftliches Studium und/oder eine entsprechende Ausbildung</p>
                      </li>
                      <li>
                        <p>Sicheres Auftreten und Kommunikationsstärke im B2B-Geschäft</p>
                      </li>
                    </ul>
                    <ul>
                      <li>
                        <p>Hohe Softwareaffinität und Spaß an der Digitalisierung von Geschäftsprozessen</p>
                      </li>
                      <li>
                        <p>Selbstständige Arbeitsweise, wirtschaftliches Verständnis, strukturiertes und lösungsorientiertes Vorgehen</p>
                      </li>
                      <li>
                        <p>Analytisches Denken und ergebnisorientierte Planung bei der Herangehensweise an Aufgaben</p>
                      </li>
                      <li>
                        <p>Führungsqualitäten, Kreativität, Teamorientierung, Belastbarkeit und Hands on Mentalität</p>
                      </li>
                    </ul>
                    <p><strong>Was dich erwartet</strong></p>
                    <ul>
                      <li>
                        <p>Kreative Atmosphäre in einem etablierten und modernen Unternehmen</p>
                      </li>
                      <li>
                        <p>Spannende Projekte, humorvolle Kollegen und großartige Kunden im gesamten deutschsprachigen Raum</p>
                      </li>
                      <li>
                        <p>Eine außergewöhnliche Führungsposition mit vielfältigen Karrierechancen und langfristigen Perspektiven im Energiemarkt</p>
                      </li>
                      <li>
                        <p>Flexible Arbeitszeiten, teilweise mobiles Arbeiten und breitgefächerte Aufgabenbereiche mit viel Raum für eigene Ideen</p>
                      </li>
                      <li>
                        <p>Ein attraktives Festgehalt, Boni, Firmenwagen, Incentives und regelmäßige Teamevents</p>
                      </li>
                      <li>
                        <p>Entspannte Arbeitsatmosphäre mit Kicker, Tischtennis, Küche, Kaffeebar, kostenlosen Snacks und Frühstück, Pausenlounge uvm.</p>
                      </li>
                      <li>
                        <p>Angenehmes Umfeld im Office-Campus Ullsteinhaus mit U-Bahn, Shoppingcenter und Fitnessstudio in unmittelbarer Umgebung</p>
                      </li>
                    </ul>
                  </div>
                </div> <button data-v-1ebfacb1="" type="button" class="btn control btn-link btn-sm btn-block light"><svg data-v-1ebfacb1="" viewBox="0 0 16 16" width="1em" height="1em" focusable="false" role="img" aria-label="chevron down" xmlns="http://www.w3.org/2000/svg" fill="currentColor" class="bi-chevron-down b-icon bi">
                    <g data-v-1ebfacb1="">
                      <path fill-rule="evenodd" d="M1.646 4.646a.5.5 0 0 1 .708 0L8 10.293l5.646-5.647a.5.5 0 0 1 .708.708l-6 6a.5.5 0 0 1-.708 0l-6-6a.5.5 0 0 1 0-.708z"></path>
                    </g>
                  </svg></button>
              </div>
            </div>
          </div>
        </div>
      </div>
