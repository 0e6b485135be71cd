<!DOCTYPE html>
<html lang="en">
  <?php include_once 'head.php';?>
<body>

<?php include_once 'navigation_bar.php';?>
  
<div class="container-fluid text-center">    
  <div class="col-sm-10 text-left	 content-pusher">
  		<div class="row">
		<div class="col-sm">
			<div class="styleNewsArticle">
				<div class="dateNews">
					<p>Data: 28 Aprilie 2021</p>
				</div>
				<div class="themeNews">
					<p style="font-size: 3.5vw; text-align: center;">Recrutăm coordonator AMMB!!!</p>
				</div>
				<div class="imageNews">
					<img src="img/rec.png">
				</div>
				<div class="textNews">
					<p>Planificarea corectă este o problemă care afectează atât la nivel personal cât și organizațional. Dacă îți place să planifici și vrei să investeșți timp în comunitatea ta; dacă vrei să-ti îmbunătățești abilitățile de administare și coordonare, avem poziția potrivită pentru ține. Te invităm să fii următorul coordonator AMMB</p>

					<p>Așteptăm CV-ul tău și scrisoarea de intenție la adresa de email: <u>ammbsoc@gmail.com</u>	</p>
					<ul><b>Beneficii:</b>
					<li>Descoperi talente şi abilităţi ascunse, sau dobândesti unele noi.</li>
					<li>Voluntariatul aduce împreună oameni cu mentalităţi similare.</li>
					<li>Câștigi experiență profesională.</li>
					<li>Întâlnești oameni din sfera ta profesională și îți largesti cercul de cunoștințe.</li>
					</ul>	
					<ul><b>Candidații trebuie să fie::</b>
					<li>În vârstă de peste 18 ani.</li>
					<li>Spirit organizatoric, de echipa și practic.</li>
					<li>Să demonstreze potențialul de conducere.</li>
					<li>Capabili să participe la evenimente interne și externe.</li>
					<li>Angajati să facă o diferență pozitivă.</li>
					<li>Experiență din sectorul voluntar constituie un avantaj.</li>
					</ul>	
					<p style="font-weight: 400;color: red">DDL 30 mai 2021</p>
											<!-- Load Facebook SDK for JavaScript -->
<div id="fb-root"></div>
<script>(function(d, s, id) {
var js, fjs = d.getElementsByTagName(s)[0];
if (d.getElementById(id)) return;
js = d.createElement(s); js.id = id;
js.src = "https://connect.facebook.net/en_US/sdk.js#xfbml=1&version=v3.0";
fjs.parentNode.insertBefore(js, fjs);
}(document, 'script', 'facebook-jssdk'));</script>

<!-- Your share button code -->
<div class="fb-share-button" 
data-href="https://ammb.co.uk/post2.php" 
data-layout="button_count" style="text-align:left;">
</div>
				</div>

			</div>
		</div>
	</div>
  </div>
<?php include_once 'sidenav.php';?>
</div>

</div>
<?php include_once 'footer.php';?>

</body>
</html>
