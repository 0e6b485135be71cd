<?php
$title = 'Für Fachpersonal';
$description = 'Hier findest du Infos relevant für Hebammen und anderes Fachpersonal.';
include 'templates/head.php';
?>

<?php include 'templates/navbar.php'; ?>

<main>
    <section>
        <h2>Wir suchen Verstärkung</h2>
        <p>
            Die Hebammenpraxis Oststadt soll wachsen und wir wünschen uns für unser Team eine
            weitere Hebamme die Lust auf Begleitung von Schwangeren, Wöchnerinnen und Kurse
            hat.
        </p>
        <p>
            Damit können wir den betreuten Familien eine Ansprechpartnerin aus unserem Team an
            nahezu 365 Tagen im Jahr anbieten, auch wenn jede von uns selbstständig als erste
            Ansprechperson für die Betreuten zuständig ist.
        </p>
        <p>
        Uns ist die Zuverlässigkeit für die Familien, aber auch die professionelle Abgrenzung
wichtig. Wir arbeiten deshalb mit festen Arbeitszeiten, einsehbaren Dienstplänen im
Vertretungsfall und klaren Notfallinformationen.
        </p>
        <p>
        Hebamio bietet als Software unsere Arbeitsgrundlage für Kursplanung, Dokumentation
und Verwaltung. Gerne unterstützen wir beim Einstieg falls nötig.
        </p>
        <p>
        Wir arbeiten in gelungenen Kooperationen mit den Gynäkologinnen und Gynäkologen und
den Kinderarztpraxen, mit dem Ansatz ein freundliches, wertschätzendes Miteinander zu
pflegen ohne dabei die Wichtigkeit unseres Berufes zu vergessen. Die Schwangeren
lernen wir meist sehr früh in der Schwangerschaft kennen und begleiten bis weit ins erste
Lebensjahr des Kindes hinein, falls gewünscht.
        </p>
        <p>
        In unseren Räumen haben wir feste Belegungszeiten mit genügend Raum um auch
flexibel und kurzfristig belegen zu können.
        </p>
        <p>
        Wir bemühen uns, den neuesten Stand der Wissenschaft als Basis zu nehmen und
begleiten ins Familienleben trotzdem so individuell und ganzheitlich wie möglich.
        </p>

        <p>
        Dabei ist uns das Prinzip der Hilfe zur Selbsthilfe ein Anliegen sowie die Ressourcen der
ganzen Familie achtsam zu erkennen und zu zu stärken.
        </p>

        <p>
        Falls wir dich damit ansprechen können freuen wir uns über eine E-Mail an
<b>info@hebammenpraxis-oststadt.de</b> und freuen uns dann noch mehr auf ein persönliches
Gespräch! 
        </p>

        <p>
        Birgit, Julia, Katharina und Maria von der Hebammenpraxis Oststadt
        </p>
    </section>

</main>

<?php include 'templates/footer.php'; ?>

</body>
</html>