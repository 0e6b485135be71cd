<?php 

$slug = get_query_var('slug');
$jobPostId = get_query_var('job_id');

?>

<section class="single-job-view">

	<header class="single-job-view__header page-hero no-thumbnail">
		<div class="container">
			<article class="entry-content text-center text-lg-left no-bottom-border">
				<div class="single-job-view__date">
					2023-01-03				</div>
				<h1>Administratör till Göteborg</h1>

				<div class="single-job-view__button-bar d-flex d-md-block">
					<button class="js-save-job btn__save-job" data-id="52932">
						<i class="icon-mark-favourite"></i>Spara jobb					</button>
					<a class="btn__print-job" href="javascript:window.print();">
						<i class="icon-print"></i>Skriv ut sida					</a>
				</div>
			</article>
		</div>
	</header>

	<div class="container">

		<div class="row">
			<div class="col-12">
				<div class="row">
					<div class="col-xl-8 single-job-view__content">
						<div class="entry-content mx-auto">
							<p><strong> </strong><br />Just nu söker vi dig som drivs av att få arbeta med administrativa arbetsuppgifter och motiveras över att självständigt få arbeta med problemlösning. Vi letar efter en kommunikativ och lösningsorienterad person som har enkelt för att ta för sig. Som administratör kommer du få arbeta med olika typer av arbetsuppgifter där du själv har utrymme för att hitta egna lösningar.  </p>
<p>Anställningen kommer vara på heltid där arbetstiderna är dagtid måndag-fredag.</p>
<p><strong>Vem är du?</strong><br />Du som söker ett uppdrag som administratör ska tidigare ha arbetat med administrativa uppgifter, gärna i samband med service. Då du till stor del kommer använda en dator som arbetsverktyg krävs det att du har god datorvana och är bekväm med olika system och program. I dina arbetsuppgifter kan det förekomma att du kommer arbeta med både engelska och svenska ärenden. Vi ser därav att du är trygg i att tala och skriva på både svenska och engelska. </p>
<p>Krav: </p>
<p>•	Fullständiga gymnasiebetyg<br />
•	Tidigare arbete/utbildning av administration eller service<br />
•	God datorvana<br />
•	Skriva och tala flytande svenska<br />
•	Vara bekväm i engelskt tal och skrift </p>
						</div>
					</div>
					<aside class="col-xl-4 single-job-view__sidebar">
						<div class="entry-content">
															<div class="single-job-view__company-logo">
									<img src="https://cv-uniflex-se.app.intelliplan.eu/JobAd/Logo?jaid=60636" alt="Uniflex Sverige AB" />
								</div>
							
							<div class="single-job-view__submit">
								<a href="https://jobb.uniflex.se/jobb/60636/ansok/" class="btn btn__submit" target="_blank" rel="noopener noreferrer"> Ansök här </a>
							</div>

							<h3>Snabbfakta</h3>

							<div class="single-job-view__definitions">
																																				<div class="single-job-view__definition">
											<span>Plats:</span>

																							<a href="../index6cc0.html?tax_municipality[]=goteborg">Göteborg</a>
																					</div>
																																													<div class="single-job-view__definition">
											<span>Omfattning:</span>

																							<a href="../index3613.html?tax_timetype[]=heltid">Heltid</a>
																					</div>
																																													<div class="single-job-view__definition">
											<span>Uppdragstyp:</span>

																							<a href="../indexbb09.html?tax_type_of_employment[]=tillsvidareanstallning">Tillsvidareanställning</a>
																					</div>
																																													<div class="single-job-view__definition">
											<span>Befattning:</span>

																							<a href="../indexcf0e.html?tax_job_position[]=administrator">Administratör</a>
																					</div>
																	
																	
																													<div class="single-job-view__definition">
											<span>Sista ansökningsdag:</span>
											<strong>2023-01-17</strong>
										</div>
									
																	
																													<div class="single-job-view__definition">
											<span>Referensnummer:</span>
											<strong>60636</strong>
										</div>
									
																	
									
															</div>

							<h3>Tipsa någon om jobbet</h3>

							<div class="single-job-view__definitions">
								<div class="share-bar">
									<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.uniflex.se%2Fjobb%2Fadministrator-till-goteborg-60636%2F"
										target="_blank" title="Dela på Facebook">
										<div class="icon-circle">
											<i class="icon icon-facebook"></i>
										</div>
									</a>

									<a href="http://www.twitter.com/share?url=https%3A%2F%2Fwww.uniflex.se%2Fjobb%2Fadministrator-till-goteborg-60636%2F&amp;title=Administrat%c3%b6r%20till%20G%c3%b6teborg"
										target="_blank" title="Twitter">
										<div class="icon-circle">
											<i class="icon icon-twitter"></i>
										</div>
									</a>

									<a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=https%3A%2F%2Fwww.uniflex.se%2Fjobb%2Fadministrator-till-goteborg-60636%2F&amp;title=Administrat%c3%b6r%20till%20G%c3%b6teborg"
										target="_blank" title="Dela på LinkedIn">
										<div class="icon-circle">
											<i class="icon icon-linkedin"></i>
										</div>
									</a>

									<a href="mailto:?subject=Jag vill tipsa dig om en ledig tjänst hos Uniflex Sverige AB&amp;body=Länk till tjänsten: https://www.uniflex.se/jobb/administrator-till-goteborg-60636/"
										title="Dela via e-post">
										<div class="icon-circle">
											<i class="icon icon-envelope"></i>
										</div>
									</a>
								</div>
							</div>

																					
														<h3>Hur får man jobb?</h3>

							<div class="youtube-container">
								<a href="https://www.youtube.com/embed/Prj7xZ4M9gw" data-featherlight="iframe" data-featherlight-iframe-width="960" data-featherlight-iframe-height="540">
									<img src="../../../wwwuniflexse.cdn.triggerfish.cloud/uploads/2018/07/uniflex-bemanning-39-300x200.jpg">
									<div>
										<i class="icon-triangle-right"></i>
									</div>
								</a>
							</div>
						</div>

					</aside>
				</div>
			</div>
		</div>
	</div>
</section>