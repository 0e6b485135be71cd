<?php include('header.php'); ?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Bolsa de Trabajo - Repostería Piña</title>
    <link rel="stylesheet" href="styles.css">
</head>
<body>

<h1>Bolsa de Trabajo</h1>

<div class="vacante">
    <h2>Repostero/a</h2>
    <p><strong>Descripción:</strong> Estamos buscando un repostero/a apasionado por la repostería creativa y de alta calidad. Deberás tener experiencia en la preparación de una variedad de postres, desde pasteles decorados hasta galletas y cupcakes. Se valorará la habilidad para trabajar en equipo y la capacidad para mantener altos estándares de calidad.</p>
    <p><strong>Requisitos:</strong></p>
    <ul>
        <li>Experiencia previa en un puesto similar.</li>
        <li>Habilidad para trabajar en un entorno de ritmo rápido.</li>
        <li>Creatividad y atención al detalle.</li>
        <li>Capacidad para seguir recetas y procedimientos estándar.</li>
    </ul>
    <p><strong>Ubicación:</strong> Uriangato</p>
    <p><strong>Cómo aplicar:</strong> Envía tu currículum y una carta de presentación a reposteriapina@gmail.com </p>
</div>

</body>
</html>
<?php include('footer.php'); ?>