<?php
include "menuEmpresas.php";
?>
<!doctype html>
<html>


<body id="default_theme" class="it_service">
    
    <!-- inner page banner -->
    <div id="inner_banner" class="section inner_banner_section">
        <div class="container">
            <div class="row">
                <div class="col-md-12">
                    <div class="full">
                        <div class="title-holder">
                            <div class="title-holder-cell text-left">
                                <h1 class="page-title">Mecanica Tek FEMSA</h1>
                                <ol class="breadcrumb">
                                    <li><a href="../dashboard.php">INICIO</a></li>
                                    <li class="active">Mecanica Tek FEMSA</li>
                                </ol>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <!-- end inner page banner -->
    <!-- seccion descripcion empresa-->
    <div class="section padding_layout_1 service_list">
        <div class="container">
            <div class="row">
                <div class="col-md-9">
                    <div class="row">
                        <div class="col-md-12 service_blog margin_bottom_50">
                            <div class="full">
                                <div class="service_img"> <img class="img-responsive"
                                        src="../../images/empresas/femsaGrande.png" alt="#" /> </div>
                                <div class="service_cont">
                                    <h2 class="service_head">Solicitamos Mecánico Eléctrico</h2>
                                    <p>
                                    <h3>Requisitos: </h3>
                                    </p>
                                    <p>Escolaridad: Carrera técnica, Secundaria Terminada
                                        <br>
                                        Licencia de manejo vigente
                                        <br>
                                        Edad: 23 a 45
                                        <br>
                                        Estado civil: Indistinto
                                        <br>
                                        Disponibilidad para rotar turnos (3 turnos)</p>
                                    <p>
                                    <h4>Conocimientos:</h4>
                                    </p>
                                    <p>Habilidad para la interpretación de diagramas eléctricos y corrección de fallas
                                        <br>
                                        Experiencia en el desarmado y reparación de alternadores y marchas.
                                        <br>
                                        Habilidad en el uso de herramientas de diagnóstico
                                        <br>
                                        Experiencia en la reparación de sistemas de luces, así como el uso de multímetro
                                        <br>
                                        Mecánica Diésel (Basica)</p>
                                    <p>
                                    <h4>Ofrecemos:</h4>
                                    </p>
                                    <p>Sueldo $8,610 mensuales
                                        <br>
                                        Prestaciones Superiores a la Ley
                                        <br>
                                        Vales de despensa
                                        <br>
                                        Fondo de ahorro
                                        <br>
                                        Estabilidad laboral
                                        <br>
                                        Lugar de trabajo: Carretera Federal Cuernavaca - Cuautla Km 14.6 Progreso, 62574
                                        Jiutepec, Mor.
                                        <br>
                                        Si cumples el perfil y estas interesado(a) en participar con nosotros postúlate
                                        por este medio.
                                        <br>
                                        Nota: En FEMSA, Solistica, Coca-Cola FEMSA, FEMSA Comercio, y Al Punto TODOS los
                                        procesos de reclutamiento y selección de personal son GRATUITOS para todos los
                                        postulantes.
                                        <br>
                                        Tipo de puesto: Tiempo completo, Indefinido
                                        <br>
                                        Salario: $8,610.00 al mes
                                        <br>
                                        Beneficios:
                                        <br>
                                        Caja de ahorro<br>
                                        Seguro de vida<br>
                                        Vales de despensa<br>
                                        Horario:<br>

                                        Turno de 8 horas<br>
                                        Turno matutino<br>
                                        Turno mixto<br>
                                        Turno vespertino<br>
                                        Trabajar desde casa: No</p>
                                    <div class="bt_cont"> <a class="btn sqaure_bt" href="https://n9.cl/itspr3">Mas
                                            informes</a> </div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>

                <!-- fin descripcion-->
                <!-- menu lateral derecho-->
                <div class="col-md-3">
                    <div class="side_bar">
                        <div class="side_bar_blog">
                            <h4>SOLICUTA TU RESIDENCIA</h4>
                            <p>Somos tu mejor opcion para realizar tus residencias y practicas profesioanles</p>
                            <a class="btn sqaure_bt" href="https://n9.cl/itspr3">Mas informes</a>
                        </div>
                        <div class="side_bar_blog">
                            <h4>MAS EMPRESAS</h4>
                            <div class="categary">
                                <ul>
                                    <li><a href="richs.php"><i class="fa fa-angle-right"></i>Richs</a></li>
                                    <li><a href="dimark.php"><i class="fa fa-angle-right"></i>Dimark</a></li>
                                    <li><a href="ibm.php"><i class="fa fa-angle-right"></i>IBM</a></li>
                                </ul>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <!-- fin menu lateral-->

    <!-- inicio del footer-->
    <footer class="footer_style_2">
        <div class="cprt">
            <p>Diseñado por Yaxkin Manuel Cortez Villegas</p>
        </div>
    </footer>
    <!-- end footer -->

</body>

</html>