<?php
	$pageName = 'FFM';
	$location = 'ffm-cranberry-township';
	include('../assets/includes/header.php');
?>

<section>
	<div class="container introContainer">
	  	<div style="text-align: center;">
			<h1 style="background-color: #143d8d; color: white; padding: 15px;">Cranberry Township, PA</h1>
			<!-- <p style="text-align: left; margin-bottom: 10px;">Learn about driving with AIM and get all your questions answered in person at our upcoming hiring event. We’ll be taking applications and hiring on the spot.</p>
			<div style="border: 4px solid #143d8d; padding: 10px;margin-bottom: 15px; margin-top: 0px;">
				<p style="margin: 0px"><b>Dates:</b> March 21-23<br>
				<b>Time:</b> 10 AM to 7 PM<br>
				<b>Location:</b> Residence Inn, 1308 Freedom Road, Cranberry Township, PA</p>
			</div> -->
			<h4>Job Highlights</h4>
			<p style="text-align: left;">As a delivery driver, you’ll work five days a week, supplying five to ten Get Go locations each day, then heading home. Using a liftgate, powerjack, and hand dolly, you’ll deliver a wide range of products to keep the stores up and running. Because you’ll directly interact with customers, great service is a must.</p>
	</div>
</div>
	<div class="container">
		<div class="callout-parent-container">
			<div class="callout-parent">
				<div class="callout">
					<div class="callout-title">
						<p><i class="fa fa-money"></i></span><br></p>
						<h2>COMPETITIVE PAY</h2>
						<h4>Up to $75,000 A Year</h4>
					</div>
					<div>
						<p><strong>All pay is based on mileage and stops.</strong></p>
					</div>
					<div>
						<p><strong>Paid weekly</strong> via direct deposit on Fridays.</p>
					</div>
					<div>
						<p><strong>Other Pay</strong> including stop, detention, orientation, training and transitional pay.</p>
					</div>
				</div>
				<div class="callout">
					<div class="callout-title">
						<p><i class="fa fa-plus-square"></i></span><br></p>
						<h2>EXCELLENT BENEFITS</h2>
						<h4>Plus great equipment</h4>
					</div>
					<div>
						<p><strong>Medical, dental, and vision</strong> through Anthem Blue Cross, as low as $25/single.</p>
					</div>
					<div>
						<p><strong>Fuel cards and more,</strong> such as EZ Passes and mobile phones, when applicable.</p>
					</div>
					<div>
						<p><strong>Safety incentives and bonuses</strong> up to $1,500 annually.</p>
					</div>
				</div>
				<div class="callout">
					<div  class="callout-title">
						<p><i class="fa fa-truck"></i></span><br></p>
						<h2>LOCAL WORK</h2>
						<h4>Home Daily</h4>
					</div>
					<div>
						<p><strong>Direct store delivery</strong> with multiple stops in a 150-mile radius.</p>
					</div>
					<div>
						<p><strong>45-55 hours a week</strong> with daily start times between 10 PM and 2 AM</p>
					</div>
					<div>
						<p><strong>Off every Saturday night</strong> along with another day each week</p>
					</div>
				</div>
			</div>
		</div>
	</div>
</section>

<?php include('../assets/forms/form.php'); ?>

<section  class="white-bg">
	<div class="container about">
		<div>
			<h2>Requirements</h2>
			<ul>
				<li>Current CDL-A</li>
				<li>Clean MVR</li>
				<li>CDL driving experience with Direct Store Delivery & Load Hauling Experience</li>
				<li>Able to meet physical demands</li>
			</ul>
		</div>
		<div>
			<h2>About <?php echo $company;?></h2>
			<p><b>AIM Transportation Solutions</b> handles all types of cargo including food service, steel, aluminum, beverages, and specialized commodities. It operates a late model fleet comprised of Flatbed, Van, Sliding Tarp, Reefer, and Doubles Trailers over 22 Million miles annually in service to our clients. AIM Transportation Solutions has been named Transport Topics 21st largest Dedicated Provider, as well as a member of the EPA SmartWays program focused on improving fleet MPG while reducing our carbon footprint.</p>
		</div>
	</div>
</section>

<?php include('../assets/includes/footer.php'); ?>
