<!DOCTYPE html>
<html lang="es">

<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Formulario de Ofertas</title>
    <link rel="stylesheet" href="../../../../Public/css/ofertas.css">
</head>

<body>

    <div class="contenedor-principal">
        <div class="banner">
            <img src="../../../../Public/img/bannerempleos.png" alt="">
        </div>
        <form action="" method="POST">
            <div class="contenedor-oferta">
                <div class="seccion">
                    <div class="contenedor-seccion">PRÁCTICA TÉCNICA PARA DEPARTAMENTO TIC, PROGRAMACIÓN Y ANÁLISIS DE SISTEMAS. <br> <span>Código: OP-16707</span></div>
                    <div class="contenedor-seccion">Tipo de oferta: Practica laboral</div>
                    <div class="contenedor-seccion">Empresa: Ministerio de Salud / Servicio de Salud Aconcagua /</div>
                    <div class="contenedor-seccion">RUT Empresa: 61.606.700-1</div>
                    <div class="contenedor-seccion">Contacto: ministerio.salud@gob.cl</div>
                    <div class="contenedor-seccion">Fecha registro: 06 / 06 / 06</div>
                    <div class="contenedor-seccion">Fecha eliminación: </div>
                    <div class="contenedor-seccion">
                        Objetivo : Apoyar en análisis y creación de sistemas que aporte a la estrategia de desarrollo del servicio de salud Aconcagua, aportar con buenas prácticas y nuevas tecnologías emergentes<br>
                        <br>
                        Funciones a desarrollar: Análisis y desarrollo y soporte tic, aplicando las nuevas tecnologías aprendidas en su carrera, que sean un aporte para la unidad de desarrollo y soporte.<br>
                        <br>
                        Competencias técnicas: Manejo de sistemas computacionales y de desarrollo de tecnologías de la información<br>
                        <br>

                    </div>
                    <div class="contenedor-btn">
                        <button type="submit" class="btn-oferta" name="crearRegistro">Publicar</button>
                        <a href="" class="btn-oferta">Eliminar</a>
                        <a href="" class="btn-oferta">Volver</a>
                    </div>
                </div>
            </div>
        </form>
    </div>
</body>

</html>