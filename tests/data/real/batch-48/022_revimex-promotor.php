<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<title>Vacantes</title>
<link rel="stylesheet" href="css/styles.css">
<link rel="stylesheet" href="css/normalize.css">
<link href="map/css/bootstrap.css" rel="stylesheet">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="https://fonts.googleapis.com/css?family=Open+Sans:300,400,600,700" rel="stylesheet">
<script src="https://ajax.googleapis.com/ajax/libs/jquery/3.2.1/jquery.min.js"></script>
<script src="https://maxcdn.bootstrapcdn.com/bootstrap/3.3.7/js/bootstrap.min.js"></script>
<script type="text/javascript">
window.$zopim || (function (d, s) {
var z = $zopim = function (c) {
z._.push(c)
}, $ = z.s =
d.createElement(s), e = d.getElementsByTagName(s)[0];
z.set = function (o) {
z.set.
_.push(o)
};
z._ = [];
z.set._ = [];
$.async = !0;
$.setAttribute("charset", "utf-8");
$.src = "//v2.zopim.com/?3ihiLjWyaiZHOzH5z1eFEtaAop6zlLTy";
z.t = +new Date;
$.
type = "text/javascript";
e.parentNode.insertBefore($, e)
})(document, "script");
</script>
</head>
<style type="text/css">
.img-vacante{ width: 338px;
height: 225px;
vertical-align: middle;
display: flex;
align-self: center;}
.white-heading {
font-size: 3em;
/*padding: 1em;*/
text-align: center;
color: white;
font-weight: bold;
}
.vacantesSideB{
background: url('imgs/vacantes/fold.jpg');
background-repeat: no-repeat;
background-size: cover;
}
.inversionistasSideA{
background: #293b5f;
background-repeat: no-repeat;
background-size: cover;
}
.flexbox {
flex: 1 20em;
height: 500px;
justify-content: center;
display: flex;
align-items: center;
}
.flexwrap {
display: -webkit-flex;
display: flex;
-webkit-flex-wrap: wrap;
flex-wrap: wrap;
}
p.selectTxt.vacantesTxt {
display: inline-flex;
width: 49%;
}
.formInvestor {
flex: 50%;
width: 50%;
margin: 0 auto;
}
.btn-postula {
border-radius: 3px !important;
margin-top: 190% !important;
background: #f3b633;
min-width: 100px;
font-size: 16px;
border-radius: 0;
height: 40px;
margin: 0;
line-height: 1;
box-sizing: border-box;
cursor: pointer;
display: flex;
justify-content: center;
align-items: center;
align-self: flex-end;
margin-right: 1em;
color: darkslategray;
font-weight: 600;
border: 1px solid gray;
}
.font2{font-size: 2em;text-align: center;padding: 0;line-height: 0;padding-top: 1em;}
.contenedorVacantes {
margin: 0 2em;
}
.blueGray-wrapper {
/*	width: 100%;
*/	display: flex;
background: #333d47;
padding: 2em;
margin: 2em;
color: white;
border: 1px solid #f3b633;
/*	padding-left: 2em;
*/	}
.yelloWrapper{background: #f3b633;}
.f15em {font-size: 1.5em;text-align: center;padding: 1em 2em;line-height: 1.5em;}
.f2em {font-size: 2em;text-align: center;padding: 1em;line-height: 1.5em;}
.requisitosBg {background-image: url('imgs/fold/bgrequisitos.jpg'); min-height: 600px;color: white;text-align: center; background-size: cover;}
.flex-container {
display: -webkit-flex;
display: flex;
-webkit-flex-direction: row;
flex-direction: row;
-webkit-align-items: center;
align-items: center;

flex-wrap: wrap;
min-width: 320px;
max-width: 1220px;
justify-content: center;
}
.flex-item {
width: 45%;
margin: 3px;
padding: 10px 0 0 10px;
}

.info-container{
display: inline-block;
vertical-align: top;
padding: 0 0 0 5px;
-moz-box-sizing: border-box;
-webkit-box-sizing: border-box;
box-sizing: border-box;
}

.info-container p{
padding: 0;
margin: 0 0 10px;
}

p.txtYellow {
font-size: 2.2em;
margin-top: .5em;
color: #fab429;
text-align: left;
margin-bottom: 0;
font-weight: bold;
}
p.bigTxt {
font-size: 1.3em;
font-weight: bold;
text-align: left;
}
.iconp1{position: relative;right: 5em;}
.iconp1i{position: relative;right: 4em;}
.iconp4{position: relative;right: 7%;}
.iconpi4{position: relative;right: 7.5%;}
.p3{padding-left: 3em;}
.justify{ text-align: justify;}
.left{text-align: left;}
.f3{font-size: 3em !important}

@media screen and (max-width: 970px) {
.flex-item {width: 100%;}
}
@media screen and (max-width: 430px) {
.blueGray-wrapper {padding: 1em}
.img-vacante{width: 100% !important; height: auto !important;}
.flex-item {width: 100%; padding-right: 2em;}
.iconp1{right: 0;}
.iconp1i{right: 0;}
.iconp4{right: 0;}
.iconpi4{right: 0;}
p.bigTxt.f3 {font-size: 1.8em !important;}
.info-container{display: block;text-align: center;margin-left: 10%;}
span.grandote {
font-size: 1em;}
.header-num {
font-size: .5em;
line-height: 2em;
}
}
@media screen and (max-width: 430px) {
.encabezado {
font-size: 1em;
}
.header-num {
font-size: .5em;
line-height: 2em;
}
}
.dropdown-cont>a {
font-size: 15px;
height: auto;
margin-top: 1em;
height: 30px;
line-height: 20px;
}
.dropdown-cont>a:hover{
background: transparent;
color: black;
}
.dropbtn {
background-color: transparent;
color: white;
border: none;
cursor: pointer;
font-size: 17px;
margin-top: -1em;margin-right: .5em; }
.colorb{
color: black !important;
}
.dropdown-cont {
display: none;}
.respsub{
padding: 0;
}
.dropdown:hover .dropdown-cont {
display: block;
}
.dropdown:hover .dropdown-content {
display: block;
}
.dropdown-cont{ display: none;}
.dropdown-content {
display: none;
position: absolute;
background-color: #f9f9f9;
box-shadow: 0px 8px 16px 0px rgba(0,0,0,0.2);
z-index: 1;
font-size: 13px;
width: 120px;
text-align: center;
}


.dropdown-content a {
color: white;
text-decoration: none;
display: block;
background:#2970ca;
height: 40px;
line-height: 40px;
}

.topnav.menu.flex>div {
display: inline-flex;
}
.dropdown-content a:hover {background-color: #333d47;}
.dropdown:hover .dropdown-content {
display: block;
}

.dropdown:hover .dropbtn {
background-color: #2970ca;
}
.dropdown {
position: relative;
display: inline-block;
line-height: 3.7em;

}
.topnav {
overflow: hidden;
background-color: #2970ca;
word-spacing: .5em;
}
.estado.vacanteinp {width: 50%;}



@media screen and (max-width: 910px) {
.estado.vacanteinp {width: 100% !important;}
.dropbtn{ padding: 8px 8px 8px 32px; margin-bottom: 1em;
margin-top: 1em;}
.dropdown { line-height: 0; margin-top:2em;}

}

.flex50 {
flex: 50%;
}
.grayBg {
background: #ccc;
padding-bottom: 1em;
}
.paddingrec{padding: .5em 4em;}
select#txt_est{
width: 100%;
font-size: 14px;
background: white;
border: 0;
border-radius: 0;
height: 40px;
margin: 0 0.5em 0 0;
-webkit-appearance: none;
-moz-appearance: none;
padding-left: 10px;
color: gray;
}
.left{ text-align:left; margin-left: 1.2em;}
.f2{font-size: 2em;
margin: 0;
margin-left: 1.2em;
padding: 0.5em 0;}
.gray{ color: #394049}

.bggray {
background: #d1d1d1;
padding-bottom: 1em;
flex: 50%;
}
.botonesmodal{
height:18%;
margin-top: 20%;

}
p{
margin:0%;
}
@media screen and (max-width: 800px) {
.estado.vacanteinp {width: 100% !important;}
.blueGray-wrapper {flex-direction:column !important;}}


@media screen and (max-width: 768px) {

.formInvestor {width: 100%;}
.formInvestor {width 100%}
.estado.vacanteinp {width: 100%;display: inline-flex;}
.blueGray-wrapper {flex-direction:column !important;}
.contenedorVacantes {margin: 0;}
.f15em {font-size: 1em !important}
.formContainer {flex-direction: column;}
span.txtBday{display: block;}
.paddingrec {padding: .5em 3em 0 1em;}
p.txtYellow {font-size: 1.3em;}
.btnContainers {display: block;}
.clear-form.btn-blue {width: inherit;}
input.formHome.btn-yellow {width: inherit !important;}
span.grandote {font-size: 1.5em;}
.newBox {padding-top: 2em !important; width: 100%;}
.flexItem{flex-direction: column}
.flexItem.column {flex-direction: row;}
.transparentBox {font-size: 10px !important; width: 100%;}
.cases {width: 100% !important;}
}
@media screen and (max-width: 1200px) {
span.txtBday{display: block;}
.newStyle {min-height: 300px;font-size: 14px;}
.newBox {margin: 1em; height: auto !important;}
/*.newTransparent{margin-top: 40%;}*/
.newtxt{font-size: 12px;}
.btn-new {width: inherit;align-items: center;align-self: center;text-align: center;font-size: 12px;padding: 0 1em;}
}

.nssIframe{display: none;}
#pagDos, #pagTres{
display: none;
}
@media screen and (max-width: 630px){
.transparentBox {margin: 1em !important;}
.flexItem.column {flex-direction: column;}
}
.contenedorVacantes {
    margin: 0px 7em;
}
</style>
<body>
<div class="wrapper">
<header class="">
<a href="http://revimex.mx/index.php"><img src="imgs/home/logoCfondo.jpg" alt="" class="logo"></a>
<div class="container">
<div class="header-num">
<p class="white-txt" style="margin-top:2%;">
Teléfono
<b>01 800 200 0440</b>
</p>
</div>
</div>
<div id="responsive-menu" class="respMenu ">
<a href="javascript:void(0)" class="closebtn" onclick="closeNav()">&times;</a>
<!-- <a href="#">Conócenos</a> -->
<div class="dropdown">
<div class="dropbtn">Conócenos</div>
<div class="dropdown-cont">
<a href="mision.php"> - Misión</a>
<a href="requisitos.php"> - ¿Qué necesitas?</a>
</div>
</div>
<a href="mapas2.html">Propiedades</a>
<a href="recomendadores.php">Recomendadores</a>
<a href="vacantes.php">Vacantes</a>
<a href="#"><img src="imgs/icons/facebook.png" width="20px"> </a>
<a href="#"><img src="imgs/icons/twitter.png" width="20px"> </a>
</div>
<span class="burger hidden-lg" onclick="openNav()">&#9776;</span>

<div class="header-menu hidden-xs">
<div class="dropdown">
<button class="dropbtn">Conócenos</button>
<div class="dropdown-content">
<a href="mision.php">Misión</a>
<a href="requisitos.php">¿Qué necesitas?</a>
</div>
</div>
<div class="topnav menu flex white-txt">
<div><a href="mapas2.html">Propiedades</a></div>
<div><a href="recomendadores.php"> Recomendadores</a></div>
<div><a href="vacantes.php"> Vacantes</a></div>
<div class="social-media"><a href="#"><img src="imgs/icons/facebook.png" width="20px"> </a></div>
<div class="social-media"><a href="#"><img src="imgs/icons/twitter.png" width="20px"> </a></div>
</div>
</div>
</header>	<div class="subheader">
<div class="subTree">
<a href="http://revimex.mx/index.php">Inicio</a> |
<a href="#"><u>Vacantes</u></a>
</div>
</div>
<div class="flexwrap">
<div class="flexbox inversionistasSideA">
<div class="white-heading">
¡Estamos<br><b>buscando</b> gente<br>como <b>tú!</b>
</div>
</div>
<div class="flexbox vacantesSideB"></div>
<!-- <div class="flexbox c">C</div>-->
</div>
<div class="grayBg">
<div class="centered f2em">
<p>Únete al mejor equipo de trabajo y compártenos<br> tu entusiasmo y experiencia.</p>
</div>
<div class="yelloWrapper">
<p class="centered f15em">En REVIMEX encontrarás una empresa sólida que reconoce e impulsa el talento individual para consolidar una empresa fuerte dando un gran valor al trabajo en equipo, con el fin de ofrecer siempre el mejor servicio a nuestros clientes. ¡Contigo haremos más!</p>
</div>
<div class="centered font2">
<p>Vacantes</p>
</div>
<div id="pagUno">
<div class="flexItem" style="min-height:300px; ">
<div class="blueGray-wrapper">
<img src="images/vacantes/Promotor.jpg" alt="" class="img-vacante" width="338px" height="225px">
<div class="contenedorVacantes">
<p><b><center>PROMOTOR</center></b></p>
<br>
¿Te gustaría tener disponibilidad de horario y altos ingresos económicos?. Si las ventas son lo tuyo, ¡esta es tu oportunidad!.<br>
<br>
OFRECEMOS:<br> 
<br>
<ul style="list-style-type:disc">
<li>•	Alto esquema de bonos y comisiones.</li>
<li>•	Viajes y concursos.</li>
<li>•	Capacitación constante.</li>
</ul>
</div>

<!-- Button trigger modal -->

<!-- Modal -->
<div class="modal fade" id="myModal" tabindex="-1" role="dialog" aria-labelledby="myModalLabel">
<div class="modal-dialog" role="document">
<div class="modal-content">
<div class="modal-header">
<button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button>
<h4 class="modal-title" id="myModalLabel"><p ><b class="colorb"><center>PROMOTOR</center></b></p></h4>
</div>
<div class="modal-body">
<div class="contenedorVacantes">

<p class="colorb" ><b class="colorb">Perfil:</b><br>
•	Edad: 20 a 50 años.<br>
•	Sexo: Indistinto.<br>
•	Experiencia mínima de 3 años en venta comercial.<br>
•	Horario libre.<br>
•	Certificación por Infonavit.<br>
•	Teléfono celular.<br>




</p><br>
<p class="colorb" ><b class="colorb">Perfil:</b><br>
•	Búsqueda activa de clientes, prospectos e inversionistas.<br>
•	Seguimiento activo de los prospectos asignados.<br>
•	Promover de manera efectiva las propiedades a su cargo.<br>
•	Atención inmediata a clientes y proveedores internos.<br>
•	Conocimiento proceso Infonavit.

</p><br>
<p class="colorb" ><b class="colorb">Competencias y Habilidades:</b><br>
•	Enfocado a resultados.<br>
•	Conocimientos básicos de venta inmobiliaria.<br>
•	Proactividad.<br>
•	Trabajo en equipo.<br>
•	Comunicación efectiva.<br>
•	Trabajo bajo presión.<br>


</p><br>
<p class="colorb" ><b class="colorb">Ofrecemos:</b><br>
•	Agresivo plan de bonos y comisiones (hasta $ 100,000 mensuales).<br>
•	Viajes y concursos.<br>
•	Clientes y prospectos perfilados.<br>
•	Capacitación constante.<br>
•	Certificación de Infonavit.<br>
•	Herramientas de trabajo.<br>
•	Comunicación directa con equipo de trabajo interno.<br>

<br>

</p>
</div>
</div>
<div class="modal-footer">

</div>
</div>
</div>
</div>

<button type="button" class="btn btn-primary btn-lg botonesmodal" data-toggle="modal" data-target="#myModal">
Detalle
</button>
<a href="#postulacion" >	<div class="formHome btn-postula">Postularme</div></a>

</div>
</div>
<nav aria-label="Page navigation" style="text-align: center;">
<ul class="pagination">
<li class="page-item">




</li>
<li class="page-item" id="btnUno"><a class="page-link" style="border-top-left-radius: 12px; border-bottom-left-radius: 12px;"href="#">1</a></li>
<li class="page-item" id="btnDos"><a class="page-link" href="#">2</a></li>
<li class="page-item" id="btnTres"><a class="page-link" href="#">3</a></li>
<li class="page-item" id="btnCuatro"><a class="page-link" href="#">4</a></li>
<li class="page-item" id="btnCinco"><a class="page-link" style="border-top-right-radius: 12px; border-bottom-right-radius: 12px;" href="#">5</a></li>
<li class="page-item">




</li>
</ul>
</nav>
<div class="yellowline"></div>
<p class="f2 gray upper centered" id="postulacion">Contáctanos</p>
<div class="formInvestor">
<form class="homeForm">
<input type="text" id="name"  name="nombre" placeholder=" Nombre:">
<input type="text" id="apellido" name="apellido" placeholder=" Apellido:"><br>
<input type="text" id="telefono" name="cel" placeholder=" Teléfono móvil"><br>
<input type="text" id="correo" name="email" placeholder=" Email"><br>
<span class="txtBday"></span>


<div class="form-group">

<input class="btn btn-default" type="file" id="exampleInputFile">

</div>
<p class="selectTxt vacantesTxt">¿Vacante?</p>
<div class="estado vacanteinp" style="">
<select id="puesto" name="query_index" style="width:100%;margin: 0;">

<option value="PROMOTOR">PROMOTOR </option>
<option value="DESALOJADOR">DESALOJADOR </option>
<option value="REHABILITADOR">REHABILITADOR </option>
<option value="GERENTE COMERCIAL">GERENTE COMERCIAL </option>
<option value="EJECUTIVO COMERCIAL">EJECUTIVO COMERCIAL</option>
<option value="BECARIO DISEÑO GRAFICO">BECARIO DISEÑO GRÁFICO </option>
<option value="BECARIO MARKETING">BECARIO MARKETING </option>
<option value="CONTADOR GENERAL">CONTADOR GENERAL </option>
<option value="BECARIO CONTABILIDAD">BECARIO CONTABILIDAD </option>
<option value="CONTROLLER">CONTROLLER </option>
<option value="GERENTE COMPRAS">GERENTE COMPRAS </option>
<option value="ANALISTA BASE DE DATOS">ANALISTA BASE DE DATOS </option>
<option value="LIDER DE PROYECTOS (SF)">LIDER DE PROYECTO (SF) </option>
<option value="LIDER DE PROYECTOS (WEB)">LIDER DE PROYECTO (WEB) </option>
<option value="COORDINADOR DE DESALOJOS">COORDINADOR DE DESALOJOS </option>
<option value="DISEÑADOR GRAFICO">DISEÑADOR GRÁFICO </option>
<option value="BECARIO SISTEMAS">BECARIO SISTEMAS </option>
</select>
</div>
<div class="btnContainers" style="display: flex;justify-content: flex-end;">
<input style="" type="submit" name="" class="formHome btn-yellow" onclick="sendMailiocho()" value="Enviar">
</div>
</form>
</div>
</div>
<!--TRANSPARENT DATA BOXES-->


<!--FOOTER-->
<div class="yellowline"></div>
<div class="footer">
<span style="padding: 0.5em; display: block;"><a style="color: white" href="aviso-privacidad.php">
Aviso de Privacidad </a>|<a style="color: white" href="faqs.php">
FAQS </a>| <a style="color: white" href="equipo.php">
Equipo </a>| <span> REVIMEX 01 800 200 0440 </span></span>
<div class="social-media">
<a href="https://www.facebook.com/pg/REVIMEXOFICIAL"><img src="imgs/icons/facebook.png" width="20px"></a>
<a href="#"><img src="imgs/icons/twitter.png" width="20px"></a>
<a href="#"><img src="imgs/icons/instagram.png" width="20px"></a>
</div>
</div>

</div>

<script type="text/javascript">
$('div#pagCinco').hide();
$(document).ready(function(){
$('div#pagCuatro').hide();
$("#btnTres").click(function(){
$('div#pagDos').hide();
$('div#pagUno').hide();
$('div#pagTres').show();
$('div#pagCuatro').hide();
$('div#pagCinco').hide();
});
$("#btnDos").click(function(){
$('div#pagUno').hide();
$('div#pagTres').hide();
$('div#pagDos').show();
$('div#pagCuatro').hide();
$('div#pagCinco').hide();
});
$("#btnUno").click(function(){
$('div#pagUno').show();
$('div#pagTres').hide();
$('div#pagDos').hide();
$('div#pagCuatro').hide();
$('div#pagCinco').hide();
});
$("#btnCuatro").click(function(){
$('div#pagUno').hide();
$('div#pagTres').hide();
$('div#pagDos').hide();
$('div#pagCuatro').show();
$('div#pagCinco').hide();
});
$("#btnCinco").click(function(){
$('div#pagUno').hide();
$('div#pagTres').hide();
$('div#pagDos').hide();
$('div#pagCuatro').hide();
$('div#pagCinco').show();
});


});

   var url = "http://api.revimex.mx";
    
    function sendMailiocho() {
    event.preventDefault();
    
    if (!$("#name").val()|| !$("#apellido").val() || !$("#telefono").val()|| !$("#correo").val() ) {
        //notificaction("Completa todos los campos requeridos", "warning");
        console.log("Completa todos los campos requeridos");
        alert("Completa todo los campos");
    } else {
     
        $.ajax({
            url: url + "/contactar/vacante",
            type: "POST",
            data: {
                nombre: $("#name").val(),
                apellido: $("#apellido").val(),
                celular: $("#telefono").val(),
                email: $("#correo").val(),
                
                puesto: $("#puesto").val(),
                cv: $("exampleInputFile").val(),
            },
            dataType: "JSON",
            beforeSend: function () {
                $("#wait").show();
            },
            success: function (respuesta) {
                if(respuesta.status == 0 ){
                    alert(respuesta.mensaje);
                } else{
                    alert("Muchas gracias tu mensaje ha sido enviado exitosamente");
                    document.getElementById("contactForm").reset();
                }
            },
            error: function (respuesta) { 
     
                alert(respuesta.responseText.mensaje);
            },
            complete: function () {
                $("#wait").hide();
            }
            
        });
    }
}








</script>
<script>
function openNav() {
document.getElementById("responsive-menu").style.width = "250px";
}

function closeNav() {
document.getElementById("responsive-menu").style.width = "0";
}
</script>
</body>
</html>
