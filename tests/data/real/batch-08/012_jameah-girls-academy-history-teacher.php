<?php 

include("inc/header.php"); 

?> 
<!-- Start Main Content Area -->
<section class="section_wrapper main_wrapper">
	<div class="container">
		<div class="row">
			<div class="teachers_wrapper">
				<div class="col-md-12 col-sm-12 col-xs-12 text-center">						
					<h2> VACANCIES</h2>
					<p style="font-weight:bold;">
					Jameah Girls Academy is seeking to recruit an experienced and highly committed KS3 & 4 history teacher.
					</p>
				</div>
			</div>
			
		</div>
		
		<div class="row">
			<div class=" col-md-12 col-sm-12 col-xs-12">
				<div class="teachers_wrapper text-justify">
				
					<p> 
					
					The successful candidate will have a sound understanding of effective teaching and learning, have a deep and broad knowledge of the curriculum and be able to consistently improve outcomes for pupils.​
					<br>
					<br>
					The post is a part-time maternity cover for one year.		
					<br>
					<br>
					Jameah Girls Academy is committed to the protection and safety of its pupils. The successful candidate will be subject to enhanced DBS disclosure procedures and suitable references being provided.
					​<br>
					​<br>
					To apply, please request an application form and job description from the school office.
					<br>
					<br>
					 Contact details: office@jgacademy.co.uk / 0116 2627745


					</p> 
				
				</div>
			
			</div>
			
		</div>
		
	</div>
</section>


<!-- End Main Content Area -->

<?php 

include("inc/footer.php"); 

?> 