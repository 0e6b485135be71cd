<html>
<head>
	<title>T&amp;H Heating | Job Postings</title>
	<meta name="viewport" content="width=device-width, initial-scale=1"/>
	<!-- IMPORTING STYLESHEETS -->
	<link rel="stylesheet" type="text/css" href="/bootstrap/css/bootstrap.css">
	<link rel="stylesheet" type="text/css" href="/bootstrap/css/customization.css">
	<link rel="shortcut icon" href="/images/favicon.ico" />
</head>


<body>
	<div class="container">
		<?php include '../layouts/header.php'; ?>

		<div class="page-header">
			<h1>Job Postings</h1>
		</div>
			<div class="row">
				<div class="col-xs-12 col-md-10 col-md-offset-1">
					<div class="panel panel-default">
						<div class="panel-heading">
							<h3 class="panel-title">
								<div class="panelheading">
									Sheet Metal/Refrigeration Mechanic
								</div>
							</h3>
						</div> <!-- End panel heading -->
						<div class="panel-body">
							<div class="textbody2">
								Operating since 1988, T&amp;H Heating and Air Conditioning Inc. is an established HVAC company located in Cambridge, Ontario. Due to continued and rapid growth, there is an immediate opening for an experienced and licensed Sheet Metal/Refrigeration Mechanic, to work on piece work basis.<br><br>

								<strong><em>Responsibilities:</em></strong><br>
								<ul>
									<li>Installation of sheet metal/ductwork in residential new home construction and custom home settings;</li>
									<li>Installation of HVAC equipment such as furnaces, air conditioners, HRV's, humidifiers and fireplaces;</li>
									<li>Installation of gas piping and venting of furnaces, with applicable gas license (G1, G2);</li>
									<li>Communicating project status/work progress, materials required and equipment issues to a Manager.</li>
								</ul>

								<p>The successful candidate must have the following <strong><em>Qualifications and Skills</em></strong>:</p>

								<strong><em>Qualifications:</em></strong><br>
								Minimum of 2 to 5 years experience in the following:<br>
								<ul>
									<li>Installation of sheet metal/ductwork in RNC and custom homes;</li>
									<li>Installation of furnaces, air conditioners, HRV's, humidifiers and fireplaces;</li>
									<li>Installation of gas piping and venting of furnaces, with applicable gas license (G1, G2).</li>
								</ul>

								<strong><em>Skills:</em></strong><br>
								<ul>
									<li>Reading blueprints and construction drawings;</li>
									<li>Understanding and interpreting technical and manufacturers' manuals and instructions;</li>
									<li>Working both individually with limited supervision and collaboratively as a team member;</li>
									<li>Giving attention to detail and following instructions/direction, as required;</li>
									<li>Thinking critically in order to troubleshoot and effectively problem solve/make decisions;</li>
									<li>Providing exceptional customer service skills;</li>
									<li>Being self-motivated and trustworthy;</li>
									<li>Willing and able to work in any seasonal conditions.</li>
								</ul>

								<strong><em>Requirements:</em></strong><br>
								<ul>
									<li>Must have up-to-date licenses, i.e., Sheet Metal, Refrigeration, Gas License (G1, G2), Safety;</li>
									<li>Must have own tools</li>
								</ul>

								<p>Compensation will be commensurate with experience and is negotiable.</p>

								Please send updated resume to <a href="mailto:jobs@thheating.ca">jobs@thheating.ca</a>
								<hr>
								Apply on <a href="http://goo.gl/TMLI7h" target="_blank"><img height="25px" src="/images/jobposting/indeed.png" /></a>.
							</div>
						</div> <!-- End panel body -->
					</div> <!-- End panel -->
			</div>
		</div>
	</div>

	<?php include '../layouts/footer.php'; ?>
</body>
</html>
