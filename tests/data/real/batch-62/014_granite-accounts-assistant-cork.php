<?php
$metaTitle = "Granite Digital - Accounts Assistant";
$metaDescription = "Granite Digital.";
$metaKeywords = "Granite Digital";
$ogUrl = "https://www.granite.ie/accounts-assistant";
?>
  <?php require 'inc/head.php'; ?>

  <body class="careers standard">
    <div class="hero-background">
      <svg id="angle-bar" data-name="Layer 1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 639.26 414.13">
      <polygon class="primary" points="0 280.89 133.24 414.13 547.37 0 280.89 0 0 280.89"/><polygon class="secondary" points="388 191.6 417.83 221.44 639.26 0 579.61 0 388 191.6"/></svg>
    </div>
    <?php require 'inc/header.php'; ?>
    <main>
      <!-- Hero banner -->
      <section class="hero">
        <div class="container-fluid">
          <div class="row">
            <div class="col offset-sm-3">
              <nav class="backlink">
                <a href="./careers.php"><img src="./img/arrow.svg" alt="Services"></a>
              </nav>
              <h1>Accounts Assistant</h1>
              <p>Granite Digital is seeking an Accounts Assistant on a part-time basis to assist our team in the maintenance, reporting and management of the company's finances.</p>
            </div>
          </div>
        </div>
      </section>
      <section class="content">
        <div class="container-fluid">
          <div class="row">
            <div class="offset-sm-3 col-sm-7 col-xl-6">
              <h2>Role Overview</h2>

              <p><strong>Location:</strong> Cork City Centre<br />
<strong>Salary:</strong> Negotiable<br />
<strong>Role: </strong>Part-time (20 hours per week)</p>
<p>The successful candidate will join a dynamic team within Ireland&#39;s fastest growing digital agency. The individual must be a highly motivated self-starter with a desire to grow his/her own skills while providing a significant contribution to the team itself. A great can do attitude is a must.</p>

<h3>Responsibilities</h3>

<ul>
	<li>Process accounts and enter bills.</li>
	<li>Prepare invoices.</li>
	<li>Reconciliation of credit cards and bank accounts.</li>
	<li>Ensure all payments amounts &amp; records are accurate.</li>
	<li>Provide administrative support.</li>
</ul>

<h3>Qualifications and Skills</h3>

<ul>
	<li>2 years experience of bookkeeping is preferred.</li>
	<li>Familiarity with accounts software, particularly Quickbooks, is required.</li>
</ul>


<h3>How to Apply</h3>

<p>Please send a copy of your CV and cover letter to <a href="mailto:careers@granite.ie">careers@granite.ie</a></p>


            </div>
          </div>
        </div>
      </section>
    </main>
    <div class="footer-cta bg-white">
      <div class="box">
        <h2>Let us help your Digital Marketing</h2>
        <p>Contact us today <a href="tel:+35318512800">+ 353 (1) 6337979</a></p>
      </div>
    </div>
    <footer class="bg-white">
      <?php require 'inc/footer.php'; ?>
