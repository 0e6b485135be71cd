<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Blog</title>
    <link rel="stylesheet" href="../css/acc.css">
    <link rel="stylesheet" href="../css/blog.css">
</head>

<body>



    <header>
        <?php include "menu2.php"; ?>
        <div class="contentbienvenue">
            <h2>Blog</h2>


        </div>


    </header>


    <div class="content-blog">

        <div>
            <p>L’ensemble de l’équipe Le Plastique vous souhaite un joyeux Eid al-fitr! Que cette journée soit remplie de joie et de bénédictions pour vous et vos proches.
                Eid Mubarak à tous !</p>
            <img src="../img/aid-mobarak.jpg" class="imgblog" alt="aid-mobarak">
        </div>
        <hr>


        <div>
            <h2>Recrutions</h2>
            <p>Le Plastique recherche un Responsable Maintenance & Méthodes expérimenté pour rejoindre notre équipe dynamique dans le secteur de la plasturgie. Si vous êtes un professionnel de la maintenance avec une solide expérience dans l'injection et l'extrusion soufflage de plastique, nous aimerions vous connaître.
                <br><br>
                • Compétences requises :
                - Formation technique dans le domaine de la maintenance.
                - Au moins 5 années d'expérience réussie dans une fonction similaire et obligatoirement dans le secteur de la plasturgie.
                - Excellente capacité au diagnostic
                - Capacité à faire et gérer un budget annuel
                - Capacité avérée à gérer une équipe.
                - Excellentes compétences en communication et capacité à travailler en collaboration avec d'autres services.
                - Maîtrise des normes de sécurité au travail.
                - Maîtrise d'un ERP (Sage...)
                <br><br>
                • Ce que nous offrons :
                - L'opportunité de faire partie d'une entreprise renommée, innovante et en croissance.
                - Un environnement de travail stimulant et dynamique.
                <br><br>
                Si vous correspondez au profil recherché et que vous êtes prêt à relever de nouveaux défis dans le domaine de la maintenance en plasturgie, nous aimerions en savoir plus sur vous.
                <br><br>
                Postulez dès maintenant en nous envoyant votre CV à : leplastique@leplastique.com
                <br><br>
                Rejoignez notre équipe et participez à la réussite de Le Plastique dans le secteur passionnant de la plasturgie.
            </p>
            <img src="../img/nous-recructions.jpg" class="imgblog" alt="nous-recructions">

        </div>
    </div>






    <footer class="footer">
        <?php include "footer.php"; ?>
    </footer>










</body>

</html>