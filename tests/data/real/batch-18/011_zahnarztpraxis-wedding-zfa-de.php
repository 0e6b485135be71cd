<!DOCTYPE html>
<html lang="de">

<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Ihr professioneller Zahnarzt Wedding Mitte für kompetente Behandlungen, frühzeitige Vorsorge, nachhaltige Therapien und patientenfreundliche Lösungen">
    <meta name="Sinergia" content="Zahnarzt Wedding">
    <title>Zahnarztpraxis Wedding | Kontakt</title>
    <!-- Bootstrap core CSS -->
    <link href="css/bootstrap.min.css" rel="stylesheet">
    <!-- WebFonts core CSS -->
    <link href="css/fonts.css" rel="stylesheet">
    <link href="css/animsition.css" rel="stylesheet">
    <!-- Simple Line Icons -->
    <link href="MegaNavbar/assets/plugins/simple-line-icons/simple-line-icons.css" rel="stylesheet">
    <!-- OWL -->
    <link href="css/owl.carousel.css" rel="stylesheet">
    <!-- REVOLUTION BANNER CSS SETTINGS -->
    <link rel="stylesheet" type="text/css" href="rs-plugin/css/settings.css" media="screen" />
    <!-- MegaNavbar-->
    <link rel="stylesheet" type="text/css" href="MegaNavbar/assets/css/MegaNavbar.min.css">
    <link rel="stylesheet" type="text/css" href="MegaNavbar/assets/css/skins/navbar-default.css">
    <link rel="stylesheet" type="text/css" href="MegaNavbar/assets/css/animation/animation.css">
    <link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Material+Symbols+Outlined:opsz,wght,FILL,GRAD@48,400,0,0" />
    <link rel='stylesheet' id='google-fonts-1-css'  href='https://fonts.googleapis.com/css?family=Roboto%3A100%2C100italic%2C200%2C200italic%2C300%2C300italic%2C400%2C400italic%2C500%2C500italic%2C600%2C600italic%2C700%2C700italic%2C800%2C800italic%2C900%2C900italic%7CRoboto+Slab%3A100%2C100italic%2C200%2C200italic%2C300%2C300italic%2C400%2C400italic%2C500%2C500italic%2C600%2C600italic%2C700%2C700italic%2C800%2C800italic%2C900%2C900italic%7CPoppins%3A100%2C100italic%2C200%2C200italic%2C300%2C300italic%2C400%2C400italic%2C500%2C500italic%2C600%2C600italic%2C700%2C700italic%2C800%2C800italic%2C900%2C900italic&#038;ver=5.8.6' media='all' />
    <!-- Custom styles for this template -->
    <link href="css/style.css" rel="stylesheet">
    <!-- Goole fonts -->
    <link href="http://fonts.googleapis.com/css?family=Open+Sans:300italic,400,300,600,700,800" rel="stylesheet" type="text/css">
    
    <!-- HTML5 shim and Respond.js for IE8 support of HTML5 elements and media queries -->
    <!--[if lt IE 9]>
      <script src="https://oss.maxcdn.com/html5shiv/3.7.2/html5shiv.min.js"></script>
      <script src="https://oss.maxcdn.com/respond/1.4.2/respond.min.js"></script>
      <![endif]-->
</head>

<body>
    <div class="animsition">
        <div class="wrapper">

            <?php include 'header.html'; ?>

<section>
  <div class="jumbotron-job-details">
    <div class="container">
     <div class="carreer-part" >
      <h1>Stellenanzeige ZFA</h1>
      <p>Berlin</p>
      </div>
    </div>
  </div>
</section>

<section>

   <div class="container" >
     <div class="jobs_details_description">
     
       <h2>Zahnarztpraxis sucht zahnmedizinische Fachangestellte</h2>
       <p>Wir sind eine zentral gelegene, moderne Zahnarztpraxis in Berlin und suchen eine zahnmedizinische Fachangestellte (ZFA) mit abgeschlossener Ausbildung und Berufserfahrung.</p>
       <p>Als ZFA in unserem Team sind Sie für die Unterstützung des Zahnarztes bei der Behandlung von Patienten, die Durchführung von Röntgenuntersuchungen und die Anfertigung von zahnprothetischen Arbeiten zuständig.</p>
       <p>Auf Sie wartet eine abwechslungsreiche Tätigkeit mit Verantwortung in einem aufgeschlossenen und eingespielten Team.</p>
       <p>Wir bieten Ihnen eine abwechslungsreiche und verantwortungsvolle Tätigkeit in einem motivierten Team. Unsere Praxis ist gut erreichbar und verfügt über moderne Ausstattungund Technik.</p>
       
       <h4><b>Aufgaben</b></h4>
       <p>Sollten unsere Patienten weitere Fragen zu ihrer Behandlung und eventuellen Schwierigkeiten haben, sind Sie zur Stelle und helfen nach Ihren Möglichkeiten mit Verständnis und Geduld.</p>
      
       <h4><b>Weitere Aufgabengebiete</b></h4>
         <ul>
           <li>Sie unterstützen unsere Zahnärzte am Behandlungsstuhl</li>
           <li>Übernehmen die Durchführung der notwendigen Hygienemaßnahmen zwischen den Behandlungen.</li>
           <li>Während den Untersuchungen übernehmen Sie die computergesteuerte Dokumentation der Behandlung.</li>
         </ul>
        <p>Im Nachgang drucken Sie die Rezepte und Überweisungen für die Patienten aus und vereinbaren weiterführende Behandlungstermine.</p>

       <h4><b>Voraussetzungen:</b></h4>
         <ul>
           <li>Abgeschlossene Berufsausbildung (ZFA)</li> 
           <li>Erste Berufserfahrung</li> 
           <li>Gültige Röntgenbescheinigung</li>
           <li>Selbstständige und eigenverantwortliche Arbeitsweise</li> 
           <li>Lernbereitschaft  </li>  
           <li>Freundlicher, empathischer Umgang mit Patienten</li>  
           <li>Zuverlässigkeit </li>  
         </ul>
         
       <h4><b>Was wir Ihnen bieten:</b></h4>
         <ul>
           <li>Einen sicheren Arbeitsplatz in einer gut laufenden Praxis</li>
           <li>Gehalt laut Tarifvertrag</li>
           <li>Voll-/Teilzeitbeschäftigung</li>
           <li>Ein sympathisches Team</li>
           <li>Eine gut organisierte Praxis</li>
         </ul>
        <p>Wir hoffen, dass Sie sich in diesem Profil wiederfinden und freuen uns auf Ihre Bewerbung.</p>
        <p>Denken Sie bitte daran, folgende Unterlagen mitzusenden:</p>
          <ul>
             <li>Lebenslauf</li>
             <li>Zeugnisse</li>
             <li>Arbeitszeugnisse</li>
           </ul>
        <p>Sie können sich gerne per E-Mail oder per Post über die untengenannten Adressen bewerben.</p>
       
        <address>
         Kontakt:<br> 
         Zahnarztpraxis Wedding <br>
         Deniz Cam<br>
         Müllerstraße 51<br>
         13349 Berlin
        </address>
        <p>E-Mail: info@zahnarztpraxis-wedding.de</p>
        <p>Telefon: 030 - 45 023 110</p>

     </div>
     <a href="applicationform.php" ><button class="btn_form_submit" > Apply for job</button><a>
   </div>
</section>

            


            <?php include 'footer.html'; ?>

</div>
<!-- end: animatsion -->
</div>
<!-- end:Wrapper -->

<script src="js/jquery.min.js"></script>
<script src="js/bootstrap.min.js"></script>
<script src="js/plugins.js"></script>
<script src="js/owl.carousel.min.js"></script>
<script src="js/custom.js"></script>
<!-- IE10 viewport hack for Surface/desktop Windows 8 bug -->
<script src="js/ie10-viewport-bug-workaround.js"></script>
<script type="text/javascript" src="rs-plugin/js/jquery.themepunch.tools.min.js"></script>
<script type="text/javascript" src="rs-plugin/js/jquery.themepunch.revolution.min.js"></script>
<script>


</body>

</html>