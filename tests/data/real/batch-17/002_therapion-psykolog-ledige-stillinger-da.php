<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="da" lang="da">
<head>
	<?php include './common/head-tag.php'; ?>
	<title>Ledige stillinger Psykolog Psykoterapeut. Psykologjob. Psykologi jobs.</title> 

	<meta name="keywords" content="ledige, stillinger, jobs, psykolog, psykoterapeut, psykologi">
        <meta name="description" content="Ledige stillinger Psykolog Psykoterapeut. Psykologjob. Ledige psykologi jobs. Om os.">

</head>
<body>
<div id="container" class="home">

	<?php include './common/header.php'; ?>

	<div id="main-bd" class="widget">
		<div class="container wrap">			
			<div class="inner">						
				<div class="half-column">
					<div class="info">
					
					
						<h1>
						Ledige stillinger: Psykolog eller Psykoterapeut 
						</h1>
						
						<p>
                                                Du er autoriseret cand. psyk. eller psykoterapeut.
                                                </p>
					
                                                <p>
                                                Du er god til at kommunikere – skriftligt og mundtligt.
                                                </p>

                                                <p>
                                                Du skal have adgang til computer og opkobling til internettet.
                                                </p>


                                                <p>
                                                Arbejder på deltid, hjemmefra.
                                                </p>                                          


                                 		<br />			
					
					
						<h2>
						Instruktioner
						</h2>
						

                                                <p>
                                                Send os en kort ansøgning, der inkluderer dit CV. Venligst angiv dine lønforventninger.
                                                </p>

                                                <h5>
                                                Kontakt: info @ therapion.com
                                                </h5>

                         
                                                <br />


                                                <h4 class="psm">Mere information</h4>
							
                                                <p>
                                                Du er mere end velkommen til at kontakte os hvis du er interesseret i vores arbejde. 
                                                </p>


                                                <p> 
	                 			<a class="standardsButton" href="./dkformkundeservice.php">Kundeservice</a>  
						</p>
						<br />							
					


					<br />
					
					
	 				
				</div>					 
			</div><!-- FIN COLUMNA1 -->
			<div class="half-column">
				<div class="info">

                                        <h2>Om os</h2>
					 
                                        
                                        <p>
                                        Therapion Consulting specialiserer sig i internetpsykologi og blev grundlagt i 2005.
                                        </p>
                                        
                                        <p>
                                        Administrerende direktør er M.Sc., M.Psych., MBA Timo Kojonen. 
                                        </p>


                                        <h3>
                                        Deres synspunkter er vigtige! 
                                        </h3>
<p>
Venligst send os dine forslag.
</p>
                                        <p>
                                        <a class="link" href="./dkformkundeservice.php">Kundeservice  <img src="../assets/images/internal-link.png" /></a>  
                                        </p>					


					<br />
					
					
                                        <img class="scale-with-grid" src="../assets/images/kontor.jpg" alt="Brug for hjælp? Kontakta kundeservice! " />



	
					</div>					
				</div>					
				<div class="clr"></div>
			</div>			
		</div>			
	</div>	
</div>
	
	
	
	<div id="toTop"></div>

	<?php include './common/footer.php'; ?>
</div>
<?php include './common/fast.js.php'; ?>
</body>
</html>