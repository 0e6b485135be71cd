<?php include('./config.php');
      $pageTitle        =    $meta_karriere ["Title"];
      $pageDescription  =    $meta_karriere ["Description"];
      $pageKeyword      =    $meta_karriere ["Keyword"];
      $robots           =    $meta_karriere ["Robots"];
      $canonical        =    $meta_karriere ["Canonical"];
?>
<!--Header & Head Infos-->
<?php include('src/components/structure/header.php') ?>
<section class="titlearea">
  <article>
        <h1>Karriere – WERDE TEIL UNSERES TEAMS</h1>
        <h2>Wir suchen immer neue Kolleginnen und Kollegen und sind auf Wachstumskurs!</h2>
        <p>Deine Chance bei uns durchzustarten!</p>
        <p>Als junges und motiviertes Team mischen wir die Tor- und Türbranche auf.<br>Wir leben, was wir machen und sind deshalb auf der Suche nach Leuten, die diese Motivation mit uns ausleben wollen.</p>
        <p>Wenn du handwerkliches Geschick und die nötige Motivation, sowie Teamfähigkeit mitbringst, dann BEWIRB DICH JETZT und sichere dir ein Vorstellungsgespräch mit einem der Geschäftsführer.</p>





        <div style="background: #f8f8f8;padding: 20px 40px;margin-top: 30px;margin-bottom: 30px;">
            <h2>Erfahrene/r Monteur/in für die Montage von Tore und Türen</h2>
            <p>Gesucht wird eine Vollzeit Fachkraft im Bereich Montage & Service (m/w/d).</p>
            <ul><strong>Du bringst mit:</strong>
              <li>Im Idealfall bringst du mindestens zwei Jahre Berufserfahrung bei der Montage von Toren und Türen mit.</li>
            </ul>

            <ul><strong>Dich erwartet: </strong><br>
              <li>Firmentablet</li>
              <li>Betriebliche Altersvorsorge</li>
              <li>Kostenfreie Getränke</li>
              <li>Ein super Team!</li>
            </ul>
        </div>

        <div style="display:none; background: #f8f8f8;padding: 20px 40px;margin-top: 30px;margin-bottom: 30px;">
            <h2>Aushilfskraft Montage & Service</h2>
            <p>Gesucht wird eine Aushilfskraft (450€ Basis) im Bereich MONTAGE UND SERVICE (m/w/d).</p>
        </div>

        <strong>Bewirb Dich gerne per Mail <a href="mailto:info@pr-tore.de" title="Per Mail bewerben">info@pr-tore.de</a> oder telefonisch unter <a href="tel:052412330900" title="Unsere Telefonnummer">05241 / 233 090 0</a> bei uns. Wir freuen uns auf Dich!</strong>

      </article>
</section>


<!-- Footer -->
<?php include('src/components/structure/footer.php') ?>
