@extends('layouts.base')
@section('title','Thai Chef Jobs | Wok Chef Jobs | DChef Jobs')
@section('keywords','thai,chef')
@section('description','Our client is a very well-known local restaurant in Bongor Regis area. They are hosting some Thai guests’ end of this month for this purpose they looking for a Temporary Thai chef who can cook Lunch and Dinner for all guests during their one month stay.')
@section('content')

<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/5.14.0/css/all.min.css">
<style>
    .font-size-icon {
        font-size: 55px;
    }
</style>

<!-- Top Scroll End -->

<!-- Top Header Wrapper Start -->



<!-- jp Tittle Wrapper Start -->

<div class="jp_tittle_main_wrapper">

    <div class="jp_tittle_img_overlay"></div>

    <div class="container">

        <div class="row">

            <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

                <div class="jp_tittle_heading_wrapper">

                    <div class="jp_tittle_heading">

                        <h1>Thai Chef Job</h1>

                    </div>

                    <div class="jp_tittle_breadcrumb_main_wrapper">

                        <div class="jp_tittle_breadcrumb_wrapper">

                            <ul>

                                <li><a href="{{url('/')}}">Home</a> <i class="fa fa-angle-right"></i></li>



                                <li>Thai Chef Job</li>

                            </ul>

                        </div>

                    </div>

                </div>

            </div>

        </div>

    </div>

</div>

<!-- jp Tittle Wrapper End -->

<!-- TemporaryStaffing_section start-->

<div class="aboutus_section">

    <div class="container">

        <div class="row">

            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12  margin-bottom-20">

                <div class="about_text_wrapper">

                    <div class="section_heading section_2_heading">

                        <h2>Thai Chef <span> Job</span></h2>

                    </div>

                </div>

            </div>



            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0">

                <div class="about_text_wrapper">

                    <div class="section_heading section_2_heading ">

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">
                            <p>Our client is a very well-known local restaurant in Bongor Regis area. They are hosting some Thai guests’ end of this month for this purpose they looking for a Temporary Thai chef who can cook Lunch and Dinner for all guests during their one month stay. If you are an Experienced Thai Chef with extensive Thai cooking experience and a passion for the industry we would really like to talk to you. This position will give you the creative freedom to produce authentic and creative dishes.
                            </p>
                            <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12 pl-0 margin-top-30">
                                <img style="height: 300px;" class="image-style-border" src="public/assets/images/page-pictures/THAI CHEF JOB/thai_chef_job_1.jpg" width="100%" height="200px" alt="">
                            </div>
                            <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12 margin-top-30">
                                <img style="height: 300px;" class="image-style-border" src="public/assets/images/page-pictures/THAI CHEF JOB/thai_chef_job_2.jpg" width="100%" height="200px" alt="">
                            </div>
                        </div>

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 margin-top-40">

                            <h2>Additional <span> Info</span></h2>

                        </div>

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">
                            <p style="margin: 0">We pay all our chefs £8.00 – £10.00 per hour plus accommodation (Depends). So if you are interested in this specialist position and are looking to earn great money doing temporary work then get in touch straight away.</p>
                            <p style="margin: 0">Because of high volumes of applicants only successful candidates will be contacted</p>
                        </div>

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 margin-top-40">

                            <h2>Don’t keep a good thing to <span> yourself</span></h2>

                        </div>

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">
                            <p style="margin: 0">We grow our business through referrals, so please don’t keep us to yourself. If you think we’re doing a good job and know of someone who would benefit from our services, please pass on their name and number to me and I promise we will follow it up. Many Thanks.</p>
                        </div>
                        <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12 pl-0 margin-top-30">
                            <img style="height: 300px;" class="image-style-border" src="public/assets/images/page-pictures/THAI CHEF JOB/thai_chef_job_5.jpg" width="100%" height="200px" alt="">
                        </div>
                        <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12 margin-top-30">
                            <img style="height: 300px;" class="image-style-border" src="public/assets/images/page-pictures/THAI CHEF JOB/thai_chef_job_4.jpg" width="100%" height="200px" alt="">
                        </div>
                        <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12">
                            <div class=" margin-top-40">

                                <h2>Thai Chef <span> Features</span></h2>

                            </div>

                            <div class="margin-top-40 ">
                                <ul>
                                    <li><i class="fa fa-caret-right"></i> Great Rates of pay-to reflect the high skill level and experience required</li>
                                    <li><i class="fa fa-caret-right"></i> Join a great team of temporary chefs</li>
                                    <li><i class="fa fa-caret-right"></i> Immediate Start</li>
                                    <li><i class="fa fa-caret-right"></i> NO split shifts</li>
                                    <li><i class="fa fa-caret-right"></i> Weekly Pay</li>
                                    <li><i class="fa fa-caret-right"></i> Free Accommodation</li>
                                </ul>
                            </div>
                        </div>
                        <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12">
                            <div class=" margin-top-40">

                                <h2>Thai Chef <span> Requirements</span></h2>

                            </div>
                            <div class=" margin-top-40">
                                <ul>
                                    <li><i class="fa fa-caret-right"></i> You must have previously worked as a Thai Chef</li>
                                    <li><i class="fa fa-caret-right"></i> Fully able to cook alone all kind of Thai foods</li>
                                    <li><i class="fa fa-caret-right"></i> Focus on quality and consistency</li>
                                    <li><i class="fa fa-caret-right"></i> Strong hospitality and banqueting background</li>
                                    <li><i class="fa fa-caret-right"></i> Own knives, chefs whites, and safety shoes</li>
                                    <li><i class="fa fa-caret-right"></i> Eligible to work in the UK</li>

                                </ul>
                            </div>
                        </div>

                        <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">
                            <p style="margin: 0">To apply please forward CV to e-mail provided to arrange an immediate interview.</p>
                            <p style="margin: 0"><strong>jobs@ Workers-direct.com</strong></p>
                            <a href="# " class="green"><strong> OR Apply Online</strong></a>
                        </div>


                    </div>

                </div>

            </div>

            <!-- <div class="col-lg-3 col-md-3 col-sm-12 col-xs-12 margin-top-30">

                <div class="jp_first_right_sidebar_main_wrapper">

                    <div class="row">

                        <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

                            <div class="jp_add_resume_wrapper">

                                <div class="jp_add_resume_img_overlay"></div>

                                <div class="jp_add_resume_cont">

                                    <img src="public/assets/images/content/resume_logo.png" alt="logo" />

                                    <h4>Get Best Matched Jobs On your Email. Add Resume NOW!</h4>

                                    <ul>

                                        <li><a href="#"><i class="fa fa-plus-circle"></i> &nbsp;ADD RESUME</a></li>

                                    </ul>

                                </div>

                            </div>

                        </div>

                        <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

                            <div class="jp_spotlight_main_wrapper">

                                <div class="spotlight_header_wrapper">

                                    <h4>Job Spotlight</h4>

                                </div>

                                <div class="jp_spotlight_slider_wrapper">

                                    <div class="owl-carousel owl-theme">

                                        <div class="item">

                                            <div class="jp_spotlight_slider_img_Wrapper">

                                                <img src="public/assets/images/content/spotlight_img.jpg" alt="spotlight_img" />

                                            </div>

                                            <div class="jp_spotlight_slider_cont_Wrapper">

                                                <h4>HTML Developer (1 - 2 Yrs Exp.)</h4>

                                                <p>Webstrot Technology Ltd.</p>

                                                <ul>

                                                    <li><i class="fa fa-cc-paypal"></i>&nbsp; $12K - 15k P.A.</li>

                                                    <li><i class="fa fa-map-marker"></i>&nbsp; Caliphonia, PO 455001</li>

                                                </ul>

                                            </div>

                                            <div class="jp_spotlight_slider_btn_wrapper">

                                                <div class="jp_spotlight_slider_btn">

                                                    <ul>

                                                        <li><a href="#"><i class="fa fa-plus-circle"></i> &nbsp;ADD RESUME</a></li>

                                                    </ul>

                                                </div>

                                            </div>

                                        </div>

                                        <div class="item">

                                            <div class="jp_spotlight_slider_img_Wrapper">

                                                <img src="public/assets/images/content/spotlight_img.jpg" alt="spotlight_img" />

                                            </div>

                                            <div class="jp_spotlight_slider_cont_Wrapper">

                                                <h4>HTML Developer (1 - 2 Yrs Exp.)</h4>

                                                <p>Webstrot Technology Ltd.</p>

                                                <ul>

                                                    <li><i class="fa fa-cc-paypal"></i>&nbsp; $12K - 15k P.A.</li>

                                                    <li><i class="fa fa-map-marker"></i>&nbsp; Caliphonia, PO 455001</li>

                                                </ul>

                                            </div>

                                            <div class="jp_spotlight_slider_btn_wrapper">

                                                <div class="jp_spotlight_slider_btn">

                                                    <ul>

                                                        <li><a href="#"><i class="fa fa-plus-circle"></i> &nbsp;ADD RESUME</a></li>

                                                    </ul>

                                                </div>

                                            </div>

                                        </div>

                                        <div class="item">

                                            <div class="jp_spotlight_slider_img_Wrapper">

                                                <img src="public/assets/images/content/spotlight_img.jpg" alt="spotlight_img" />

                                            </div>

                                            <div class="jp_spotlight_slider_cont_Wrapper">

                                                <h4>HTML Developer (1 - 2 Yrs Exp.)</h4>

                                                <p>Webstrot Technology Ltd.</p>

                                                <ul>

                                                    <li><i class="fa fa-cc-paypal"></i>&nbsp; $12K - 15k P.A.</li>

                                                    <li><i class="fa fa-map-marker"></i>&nbsp; Caliphonia, PO 455001</li>

                                                </ul>

                                            </div>

                                            <div class="jp_spotlight_slider_btn_wrapper">

                                                <div class="jp_spotlight_slider_btn">

                                                    <ul>

                                                        <li><a href="#"><i class="fa fa-plus-circle"></i> &nbsp;ADD RESUME</a></li>

                                                    </ul>

                                                </div>

                                            </div>

                                        </div>

                                    </div>

                                </div>

                            </div>

                        </div>

                        <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

                            <div class="jp_rightside_job_categories_wrapper">

                                <div class="jp_rightside_job_categories_heading">

                                    <h4>Jobs by Category</h4>

                                </div>

                                <div class="jp_rightside_job_categories_content">

                                    <ul>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">Graphic Designer <span>(214)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">Engineering Jobs <span>(514)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">Mainframe Jobs <span>(554)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">Legal Jobs <span>(457)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">IT Jobs <span>(1254)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">R&D Jobs <span>(554)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">Government Jobs <span>(350)</span></a></li>

                                        <li><i class="fa fa-caret-right"></i> <a href="#">PSU Jobs <span>(221)</span></a></li>

                                        <li><i class="fa fa-plus-circle"></i> <a href="#">View All Categories</a></li>

                                    </ul>

                                </div>

                            </div>

                        </div>





                    </div>

                </div>

            </div> -->
        </div>

    </div>

</div>



<!-- jp best deal Wrapper Start -->



<div class="jp_best_deal_main_wrapper">

    <div class="container">

        <div class="row">

            <div class="col-lg-4 col-md-4 col-sm-12 col-xs-12 text-center">

                <a href="#">

                    <div class="box">

                        <div class="grid-box">

                            <div class="iconn green">

                                <i class=" font-size-icon green far fa-check-square"></i>

                            </div>

                            <div class="heading">

                                <h2> <a> Relevant Experience </a> </h2>

                            </div>

                            <div class="content margin-top-10">

                                <p>We make sure all our operatvies Must have minimum 2 - 5 years relevant Experience.</p>

                            </div>

                        </div>

                    </div>

                </a>

            </div>

            <div class="col-lg-4 col-md-4 col-sm-12 col-xs-12 text-center">

                <a href="#">

                    <div class="box">



                        <div class="grid-box">

                            <div class="iconn green">

                                <i class="font-size-icon green far fa-hand-point-down"></i>

                            </div>

                            <div class="heading">

                                <h2> <a> 24/7 Availability </a> </h2>

                            </div>

                            <div class="content margin-top-10">

                                <p>Our Customer Service staff available online & on phone 24/7 to fill any urgent vacancy.</p>

                            </div>



                        </div>



                    </div>

                </a>

            </div>

            <div class="col-lg-4 col-md-4 col-sm-12 col-xs-12 text-center">

                <a href="#">

                    <div class="box">



                        <div class="grid-box">

                            <div class="iconn green">

                                <i class="green font-size-icon fas fa-paper-plane"></i>

                            </div>

                            <div class="heading">

                                <h2> <a> Flexible & Reliable </a> </h2>

                            </div>

                            <div class="content margin-top-10">

                                <p>All our temps are fully able to start on short noitce whenever require.</p>

                            </div>

                        </div>

                    </div>

                </a>

            </div>

        </div>


    </div>

</div>
<!-- jp career Wrapper Start -->



<!-- jp career Wrapper End -->

<!-- jp counter Wrapper Start -->

<div class="jp_counter_main_wrapper">

    <div class="gc_counter_cont_wrapper">

        <div class="count-description">

            <span class="timer">2540</span><i class="fa fa-plus"></i>

            <h5 class="con1">Jobs Available</h5>

        </div>

    </div>

    <div class="gc_counter_cont_wrapper2">

        <div class="count-description">

            <span class="timer">7325</span><i class="fa fa-plus"></i>

            <h5 class="con2">Members</h5>

        </div>

    </div>

    <div class="gc_counter_cont_wrapper3">

        <div class="count-description">

            <span class="timer">1924</span><i class="fa fa-plus"></i>

            <h5 class="con3">Resumes</h5>

        </div>

    </div>

    <div class="gc_counter_cont_wrapper4">

        <div class="count-description">

            <span class="timer">4275</span><i class="fa fa-plus"></i>

            <h5 class="con4">Company</h5>

        </div>

    </div>

</div>

<!-- jp counter Wrapper End -->

<!-- aboutus_section end -->

<div class="aboutus_page_2_section">

    <div class="container">

        <div class="row">

            <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12">

                <div class="aboutus_text_section abt_txt_page_2">

                    <h2>How We <span>Work</span></h2>

                    <p>We do not depend always on technology for candidate searches, preferring to use experience, industry acumen and intuition to identify what each individual could bring to a specific business. This intelligent & human approach pays surpluses time after time. We recognise the trust clients make in Workers Direct and our priority is always to make sure we attain the best results for all concerned.</p>

                    <div class="row">

                        <div class="col-md-6">

                            <ul>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;Audit &amp; Assurance</li>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;Business Services</li>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;IT Control Solutions</li>

                            </ul>

                        </div>

                        <div class="col-md-6">

                            <ul>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;Audit &amp; Assurance</li>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;Business Services</li>

                                <li><i class="fa fa-arrow-circle-o-right" aria-hidden="true"></i>&nbsp;&nbsp;IT Control Solutions</li>

                            </ul>

                        </div>

                    </div>



                </div>

            </div>



            <div class="col-lg-6 col-md-6 col-xs-12 col-sm-12">

                <div class="accordion_wrapper abt_page_2_wrapper">

                    <div class="panel-group" id="accordion_threeLeft">

                        <div class="panel panel-default">

                            <div class="panel-heading desktop">

                                <h4 class="panel-title">

                                    <a class="collapsed" data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftone" aria-expanded="true">

                                        Our Visions and Missions

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftone" class="panel-collapse collapse" aria-expanded="true" role="tablist">

                                <div class="panel-body">

                                    Praesent in nisl egestas mauris aliquam luctus. Ut auctor faucibus orci, nec semper purus ultrices idorbi nec lorem risus orbi vitae felis gravida Pellentesque id eros quis massa convallis feugiat eu quis urna.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                        <div class="panel panel-default">

                            <div class="panel-heading horn">

                                <h4 class="panel-title">

                                    <a data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftTwo" aria-expanded="false">

                                        Our Corporate Responsibility

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftTwo" class="panel-collapse collapse in" aria-expanded="false" role="tablist">

                                <div class="panel-body">

                                    Praesent in nisl egestas mauris aliquam luctus. Ut auctor faucibus orci, nec semper purus ultrices idorbi nec lorem risus orbi vitae felis gravida Pellentesque id eros quis massa convallis feugiat eu quis urna.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                        <div class="panel panel-default">

                            <div class="panel-heading bell">

                                <h4 class="panel-title">

                                    <a class="collapsed" data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftThree" aria-expanded="false">

                                        Visual Page Builder

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftThree" class="panel-collapse collapse" aria-expanded="false" role="tablist">

                                <div class="panel-body">

                                    Praesent in nisl egestas mauris aliquam luctus. Ut auctor faucibus orci, nec semper purus ultrices idorbi nec lorem risus orbi vitae felis gravida Pellentesque id eros quis massa convallis feugiat eu quis urna.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                    </div>

                    <!--end of /.panel-group-->

                </div>

            </div>

            <!--end of /.col-sm-6-->

        </div>

    </div>

</div>

<!--end of /.col-sm-6-->

<!-- jp downlord Wrapper Start -->

<div class="jp_downlord_main_wrapper">

    <div class="jp_downlord_img_overlay"></div>

    <div class="container">

        <div class="row">

            <div class="col-lg-6 col-md-6 col-sm-12 col-xs-12 hidden-sm hidden-xs">

                <div class="jp_down_mob_img_wrapper">

                    <img src="public/assets/images/content/mobail.png" alt="mobail_img" />

                </div>

            </div>

            <div class="col-lg-6 col-md-6 col-sm-12 col-xs-12">

                <div class="ss_download_wrapper_details">

                    <h2><span>Download</span><br>Job Portal App Now!</h2>

                    <p>Fast, Simple & Delightful. All it takes is 30 seconds to Download.</p>



                    <a href="https://play.google.com/store/apps/details?id=com.mst_developers.workers_direct&hl=en" class="ss_playstore"><span><i class="fa fa-android" aria-hidden="true"></i></span> Play Store</a>







                </div>

            </div>

            <div class="col-lg-6 col-md-6 col-sm-12 col-xs-12 visible-sm visible-xs">

                <div class="jp_down_mob_img_wrapper">

                    <img src="public/assets/images/content/mobail.png" class="img-responsive" alt="mobail_img" />

                </div>

            </div>

        </div>

    </div>

</div>

<!-- jp downlord Wrapper End -->
@endsection