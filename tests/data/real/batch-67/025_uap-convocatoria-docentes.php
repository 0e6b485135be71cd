<section class="intro-header" style="position:relative; background-image: url(<?= asset_url('media/First-Frame.jpg'); ?>)">
	<div class="container">
		<div class="row">
			<div class="col-lg-12 col-lg-offset-2 col-md-12 col-md-offset-1">
				<div class="site-heading">
					<h1>REQUISITOS</h1>
					<hr class="small">

				</div>
			</div>
		</div>
	</div>
</section>

<div class="wpb_wrapper">
	<div class="wpb_text_column wpb_content_element  jumbutron">
		<div class="wpb_wrapper">
			<div class="requisitos">
				<h3 style="text-align: center;"><span style="color: #ffffff;"><strong>CONVOCATORIA DE DOCENTES EN LA UNIVERSIDAD ALAS PERUANAS</strong></span></h3>
				<hr>
				<p style="text-align: justify;"><span>La Universidad Alas Peruanas S.A. invita a los profesionales que cumplan con los requisitos, establecidos por esta casa de estudios superiores, al proceso de Selección Docente , de acuerdo a lo establecido en el Reglamento Docente, aprobado mediante Resolución N° 14974-2015-R-UAP.</span></p>
				<p><span><strong>&nbsp;</strong></span></p>
				<p><span><strong>REQUISITOS:</strong></span><br>
					<span>Para ejercer la docencia en la UAP el postulante deberá tener:</span></p>
					<ol class="requisitos">
						<li><span>Ser profesional Titulado </span></li>
						<li><span >El grado de Maestro para la formación en el nivel de pregrado.</span></li>
						<li><span>El grado de Maestro o Doctor para la formación en el nivel de maestrías y programas de especialización.</span></li>
						<li><span >El grado de Doctor para la formación en el nivel de doctorado.</span></li>
						<li><span >Experiencia mínima de 1 año como docente, facilitador, conferencias o talleres y 1 año de experiencia profesional especializada según profesión.</span></li>
						<li><span >Especialización (de preferencia), en Educación, Formación por Competencias e Investigación.</span></li>
						<li><span >Manejo de Microsoft Office (indispensable) y conocimientos de herramientas TIC.</span></li>
					</ol>
					<p><span >Es indispensable que el grado de MAGISTER o DOCTOR esté registrado en SUNEDU . Si contara con estudios en el extranjero el grado debe estar homologado en nuestro país por la SUNEDU</span></p>
					<p><span><strong>COMPETENCIAS A EVALUAR</strong></span></p>
					<ul>
						<li><span>Liderazgo Orientativo</span></li>
						<li><span>Innovación</span></li>
						<li><span>Construcción de conocimiento en equipo</span></li>
						<li><span>Comunicación Efectiva.</span></li>
						<li><span>Integridad</span></li>
					</ul>
				</div>

			</div>
		</div>
	</div>
	<!-- Optional JavaScript -->
		<!-- jQuery first, then Popper.js, then Bootstrap JS -->