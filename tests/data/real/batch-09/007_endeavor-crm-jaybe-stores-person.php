<?php
$currentPage = 'careers';
$pageTitle = 'We are currently looking for a Stores Person';
$metaDes = 'Work with us at Jay-Be&reg;, we are currently looking for a Stores Person';
include("../../_/inc/header.inc.php");

?>

<div class="outer-wrap outer-wrap--btm-margin banner banner--the-position">
        <h1 class="banner__h1">Stores Person<span class="banner__h1--date">Date posted: 21/12/2020</span></h1>
    </div>

    <main role="main" id="main-content">

        <section class="row generic-copy">


            <article class="generic__article">
                    

                    <p>Do you fancy joining an industry leader? A growing, flexible, friendly and fun company? If so, then read on!</p>

                    <p>Jay-Be Limited is an industry leader in Folding Guest Beds, Sofas, Mattresses, Sofa Beds and other Sleep Smart Products, based in Dewsbury. Our products are sold by a huge range of big branded trusted retailers across the UK, US and more.</p>

                    <p>We are looking for a hard-working, committed, reliable and trustworthy individual to join our team. We are keen to speak to candidates who have strong computer skills and experience within a stores environment.</p>

                    <p><strong>Location:</strong> Dewsbury, WF12</p>
                    <p><strong>Starting Salary:</strong> £9.50 per hour, this will be reviewed after successfully completing a 12 week trial period, the role will then become permanent.</p>
                    <p><strong>Working Hours:</strong> Monday-Friday 6:30am-2:30 pm (need to be flexible to Company needs)</p>

                    <p><strong>Duties will include:</strong></p>

                    <ul>
                    <li>Stock counting</li>
                    <li>Performing internal audits</li>
                    <li>Allocating materials and consumables to areas within the factory</li>
                    <li>Checking that equipment returned is fit for purpose and logging service dates</li>
                    <li>Ensuring that the computer system is kept up to date and all data loaded is accurate</li>
                    <li>Counting and quality checking of products received by external suppliers</li>
                    <li>General housekeeping within the stores environment</li>
                    </ul>

                    <p>To apply please email a covering letter and your CV to <a href="mailto:hr@jaybe.com?subject=Job Application">hr@jaybe.com.</a></p>

                    
            </article>



        </section>

    </main>

<?php include("../../_/inc/footer.inc.php"); ?>
