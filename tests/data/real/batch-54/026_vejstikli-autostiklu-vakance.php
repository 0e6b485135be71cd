<?php 
session_start();
include "components/head.inc.php"; 
?>
<main>
  <body>
    <?php include "components/header.inc.php" ?>

    <div class="container">
      <p><strong>Mēs sagaidām:</strong></p>

      <ol><li>Zināšanas par auto uzbūvi un darbību</li><li>B kategorijas vadītāja apliecību</li><li>Precizitāti un atbildību</li><li>Godprātīgu attieksmi pret darbu</li><li>Vēlama iepriekšēja darba pieredze servisā <strong>Priekšroka kandidātiem ar tehnisko izglītību</strong></li></ol>

      <p><strong>Mēs piedāvājam:</strong></p>

      <ol><li>Darbu stabilā uzņēmumā</li><li>Atalgojumu atbilstoši ieguldījumam, pārbaudes laikā sākot no 1000 EUR (bruto) mēnesī, un pēc pārbaudes laika un apmācību pabeigšanas no 1250 EUR – 1600 EUR (bruto) mēnesī</li><li>Sociālās garantijas un darbinieku motivācijas/bonusu sistēma</li><li>Regulāras apmācības pie stiklu ražotājiem</li><li>Darbu draudzīgā un uz sadarbību vērstā kolektīvāPapildus nodrošinām darba apģērbu un, pēc pārbaudes laika beigām, arī nelaimes gadījumu un traumu apdrošināšanu.</li></ol>

      <p><strong>Darba apraksts:</strong></p>

      <ol><li>Autostiklu nomaiņa (pilns cikls)</li><li>Noliktavas pārraudzība/kārtošana</li><li>Darbs izbraukumos</li></ol>

      <p><strong>Darba laiks:</strong></p>

      <p class="has-text-align-left">pilna slodze </p>

      <p><strong>Darba vieta:</strong></p>

      <p> Rīga</p>

      <p><strong>Pieteikumu sūtīt uz: </strong><i class="fa fa-envelope-o"><a href="mailto:info@vejstikli.lv"> info@vejstikli.lv</a></i></p>
    </div>
 <!-- FOOTER -->
 <?php include "components/footer.inc.php" ?>
</main>
    <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.0.0-beta1/dist/js/bootstrap.bundle.min.js" integrity="sha384-ygbV9kiqUc6oa4msXn9868pTtWMgiQaeYH7/t7LECLbyPA2x65Kgf80OJFdroafW" crossorigin="anonymous"></script>
  
  </body>


</html>