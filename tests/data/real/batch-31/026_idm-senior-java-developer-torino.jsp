<%@ page language="java" contentType="text/html; charset=ISO-8859-1"
	pageEncoding="ISO-8859-1"%>
<!DOCTYPE html>
<html class="no-js" lang="it-IT">

<head>
<meta charset="utf-8" />
<meta name="viewport"
	content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">

<title>Lavora con noi | IDM - We simplify your work</title>

<!-- FILE STILI COMUNI -->
<jsp:include page="stili/common-style.jsp"></jsp:include>

<script type='text/javascript'
		src='js/vc-accordion.min.js'></script>


<link rel='stylesheet' id='vc_tta_style-css'  
	href='css/js_composer_tta.min.css' 
	type='text/css' media='all' />
	
<style type="text/css" data-type="vc_shortcodes-custom-css">
.vc_custom_1495548369519 {
	padding-right: 30px !important;
	padding-left: 30px !important;
}

.vc_custom_1495548460363 {
	padding-right: 30px !important;
	padding-left: 30px !important;
}

.vc_custom_1519396982742 {
	padding-right: 30px !important;
	padding-left: 30px !important;
}

.vc_custom_1519397372031 {
	padding-right: 30px !important;
	padding-left: 30px !important;
}

.vc_custom_1519398084038 {
	padding-right: 30px !important;
	padding-left: 30px !important;
}
</style>

</head>
<body
	class="page-template page-template-homepage-template page-template-homepage-template-php page page-id-528 page-child parent-pageid-1177 wpb-js-composer js-comp-ver-5.5.4 vc_responsive animsition"
	data-spy="scroll" data-target="#header" data-offset="62">
	<!-- Page Main Wrapper -->
	<div class="body-inner ">

		<!-- Header Container -->
		<jsp:include page="navbar/navbar.jsp"></jsp:include>

		<div class="pageHead"></div>
		<section class="main-wrapper pagecustom-528">
			<div class="container">
				<p>
					<img src="img/banner.jpg"
						alt="banner2"/>
				</p>
				<div class="row">
					<div class="col-md-12 main-content">
						<div class="vc_row wpb_row vc_row-fluid">
							<div class="wpb_column vc_column_container vc_col-sm-12">
								<div class="vc_column-inner">
									<div class="wpb_wrapper">
										<div class="wpb_text_column wpb_content_element ">
											<div class="wpb_wrapper">

												<h1 style="text-align: center;">Lavora con noi</h1>

											</div>
										</div>
										<div class="vc_tta-container" data-vc-action="collapse">
											<div
												class="vc_general vc_tta vc_tta-accordion vc_tta-color-grey vc_tta-style-classic vc_tta-shape-rounded vc_tta-o-shape-group vc_tta-controls-align-left">
												<div class="vc_tta-panels-container">
													<div class="vc_tta-panels">

														<!-- S JAVA DEV TORINO / MILANO -->
														<div class="vc_tta-panel" id="1495547727866-0e18e9be-dc78"
															data-vc-content=".vc_tta-panel-body">
															<div class="vc_tta-panel-heading">
																<h4
																	class="vc_tta-panel-title vc_tta-controls-icon-position-left">
																	<a href="#1495547727866-0e18e9be-dc78"
																		data-vc-accordion
																		data-vc-container=".vc_tta-container"><span
																		class="vc_tta-title-text">SENIOR JAVA DEVELOPER
																			_ Torino/Milano</span><i
																		class="vc_tta-controls-icon vc_tta-controls-icon-plus"></i></a>
																</h4>
															</div>
															<div class="vc_tta-panel-body">
																<div
																	class="wpb_text_column wpb_content_element  vc_custom_1495548369519">
																	<div class="wpb_wrapper">
																		<p>
																			<strong>Per il nostro team interno, stiamo
																				ricercando un SENIOR JAVA DEVELOPER</strong>
																		</p>
																		<p>
																			La risorsa, con almeno 4 anni di esperienza sulle
																			piattaforme <strong>JAVA EE</strong>, verr&#224; coinvolta
																			nelle diverse fasi del ciclo di vita del software
																			&#8211; analisi, sviluppo, test &#8211; nell'ambito
																			di progetti rivolti allo sviluppo sia di soluzioni
																			software che delle loro personalizzazioni e
																			integrazioni per conto di clienti.
																		</p>
																		<p>
																			<strong>Competenze tecniche:</strong>
																		</p>
																		<ul>
																			<li>Comprovata esperienza di sviluppo
																				applicazioni JAVA EE;</li>
																			<li>Necessaria la conoscenza su DB relazionali,
																				preferibilmente con DB Oracle, MySQL o SQL Server;</li>
																			<li>Conoscenza di almeno uno dei principali
																				frameworks Struts, Spring e Hibernate;</li>
																			<li>Buone competenze in ambito di analisi
																				tecnica</li>
																			<li>Gradita conoscenza di metodologia di
																				sviluppo Agile</li>
																			<li>Buona conoscenza della lingua inglese</li>
																		</ul>
																		<p>
																			<strong>Caratteristiche personali:</strong>
																		</p>
																		<ul>
																			<li>Ottima capacit&#224; di team working</li>
																			<li>Ottima comunicazione orale e scritta</li>
																			<li>Predisposizione alle relazioni
																				interpersonali</li>
																			<li>Apertura e flessibilit&#224;</li>
																			<li>Proattivit&#224;</li>
																		</ul>
																		<p>
																			<strong>Sede di lavoro</strong>
																		</p>
																		<p>Torino, con disponibilit&#224; a brevi trasferte</p>
																		<p>
																			<em> La forma contrattuale ed il trattamento
																				economico saranno valutati individualmente, in
																				relazione all'esperienza e alle effettive competenze
																				della persona.</em>
																		</p>
																		<p>Il presente annuncio si rivolge a candidati di
																			entrambi i sessi ai sensi della legge (L.903/77 e
																			D.Lgs n. 98/2006, art 27).</p>
																		<p>
																			L'interessato &#232; invitato a inviare la propria
																			candidatura tramite <a href="candidaturaSen"><b>questo
																				form</b></a>.
																		</p>

																	</div>
																</div>
															</div>
														</div>
