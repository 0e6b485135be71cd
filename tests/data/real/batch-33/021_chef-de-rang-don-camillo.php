<?php 
return $recrutement = (object) array(
    "chef_de_rang" => (object) array(
        "title"           => "Chef·fe de rang",
        "subtitle"         => "Pour vous, un restaurant, c’est comme un orchestre. Vous en êtes le Maestro et permettez à Don Camillo de réaliser ses plus belles symphonies.",
        "img"      => "sticky-pizza-01.svg",
        "img_mobile"      => "chef-de-rang-don-camillo.png",
        "list"     => 
            (object) array(
                "01"      => "Accueil et conseil client",
                "02"     => "Prise de commande",
                "03"     => "Suivi de rang de 50 couverts",
                "04"     => "Application des normes d’hygiène",
            ),
    ),
);
?>