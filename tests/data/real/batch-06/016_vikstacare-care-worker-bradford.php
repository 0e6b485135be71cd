<?php
$title = "Work with us ";
$description = "Work with us";
$keywords = "Work with us";
include('./php/head.php');
include('./php/nav.php');
?>
    <ul id="breadcrumb" vocab="http://schema.org/" typeof="BreadcrumbList">
        <li property="itemListElement" typeof="ListItem">
            <a property="item" typeof="WebPage" href="https://vikstacare.co.uk"><span property="name">Home</span></a>
            <meta property="position" content="1">
        </li> > 
        <li property="itemListElement" typeof="ListItem">
            <a property="item" typeof="WebPage" href="vikstacare.co.uk/careers/"><span property="name">Careers</span></a>
            <meta property="position" content="2">
        </li>
    </ul>
    <h1><?=$title?></h1>
    <div class="row flex">
        <div class="col-sm-6">
            <p>At Viksta Care Ltd we provide high standards of care to clients in their own homes, we really feel we stand out from the rest and work hard to provide quality care for our customers. Our care workers are as important as the people that we care for.</p>
            <p>We are looking for care workers / care assistants at our Bradford Branch. We have full and part time work available with flexible working patterns to suit you such as weekends, evenings and early mornings.</p>
        </div>
        <div class="col-sm-6" id="careers-bg"></div>
    </div>  
    <div class="row flex details">
        <div class="col-sm-6">
            <h2>Care worker / care assistant duties may include:</h2>
            <ul>
                <li>Light cleaning</li>
                <li>Laundry</li>
                <li>Shopping</li>
                <li>Meal preparation</li>
                <li>Supporting our clients with their personal care, getting dressed, washing, bathing and toileting</li>
                <li>Accompanying our clients to attend their medical appointments, day centres and social activities</li></li>
            </ul>
        </div>
        <div class="col-sm-6">
            <h2>What is needed:</h2>
            <ul>
                <li>Drivers licence and car preferred but not essential</li>
                <li>Caring and empathetic attitude</li>
                <li>Good communication skills</li>
                <li>Willingness to learn</li>
            </ul>
        </div>
        <div class="row">
            <div class="col-sm-6">
                <p>In order to ensure the safety of staff and the vulnerable people we support during the Covid-19 pandemic, all staff will be required to comply with company, PHE and government recommendations including weekly testing.</p>
            </div>
            <div class="col-sm-6">
                <p>We are always looking for talented people to join our team. If you are interested in working with us, please fill out the form below and we will get back to you as soon as possible.</p>
            </div>
        </div>
        <div class="row">
            <div class="w-25"></div>
            <div class="col-sm-6">
                <a href="contact">
                    <button class="btn btn-warning w-100" id="careers-form-btn">Join us</button>
                </a>
            </div>
        </div>
    </div>
</div>
<?php
include('./php/footer.php');