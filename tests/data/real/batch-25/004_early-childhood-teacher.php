<?php
$PageTitle = "Careers - Early Childhood Teacher";
include "header.php";
?>

<div class="subheader" style="background-image: url(images/banner-about.webp);">
  <div class="site-width programs-subheader">
    Careers - Early Childhood Teacher
  </div> <!-- /.site-width -->
</div> <!-- /.subheader -->

<div class="careers single site-width">
  <h1>Early Childhood Teacher</h1>
  Preschool Teacher<br>
  <br>

  Wanted: An energetic, interactive individual willing to make a commitment to children and a difference in this world!<br>
  <br>

  Park's Edge Preschool and Child Care Center strives to be a valuable extension of the families that we serve. Our goal is to offer exciting educational experiences and help children develop special interests and discover their own unique talents. As a NAC Accredited center, Park's Edge Preschool exemplifies excellence in the care of young children. We ensure individual growth and development, provide professional training opportunities for staff, and demonstrates that the center exceeds minimum state licensing requirements for child care programs.<br>
  <br>

  We are looking to fill a Lead Teacher position in a NAC Accredited, Five-Star quality rated center with an excellent benefit package. An Associate Degree in Early Childhood is preferred.<br>
  <br>
  <br>

  <h2>Work Location</h2>
  Our center is located in Hales Corners, WI<br>
  <br>
  <br>

  <br>

  <a href="application.php" class="apply">Apply Now</a>

</div> <!-- /.careers.single -->

<div class="contact-section empty"></div> <!-- /.contact-section -->

<?php include "footer.php"; ?>