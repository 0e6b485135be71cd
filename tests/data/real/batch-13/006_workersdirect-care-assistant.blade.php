@extends('layouts.base')
@section('title','Care Assistant')
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

                        <h1>Care Assistant Jobs</h1>

                    </div>

                    <div class="jp_tittle_breadcrumb_main_wrapper">

                        <div class="jp_tittle_breadcrumb_wrapper">

                            <ul>

                                <li><a href="{{url('/')}}">Home</a> <i class="fa fa-angle-right"></i></li>



                                <li>Care Assistant Jobs</li>

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

            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12  margin-bottom-20 pl-0">

                <div class="about_text_wrapper">

                    <div class="section_heading section_2_heading">

                        <h2>Care Assistant</h2>

                    </div>

                </div>

            </div>



            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0">

                <div class="about_text_wrapper ">




                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 margin-top-30 pl-0">
                        <table class="table table-bordered">

                            <tr>
                                <th class="green">Job Title</th>
                                <td>Care Assistant</td>

                            </tr>


                            <tr>
                                <th class="green">Location</th>
                                <td> North London </td>

                            </tr>
                            <tr>
                                <th class="green">Duration</th>
                                <td> Permanent </td>

                            </tr>
                            <tr>
                                <th class="green">Starting Time </th>
                                <td> ASAP </td>

                            </tr>
                            <tr>
                                <th class="green">Payrate </th>
                                <td> £10 - £11 per hour </td>

                            </tr>

                            <tr>
                                <th class="green">Experience </th>
                                <td> 1 year (Preferred) </td>

                            </tr>
                            <tr>
                                <th class="green">Work remotely </th>
                                <td> NO </td>

                            </tr>


                        </table>

                    </div>

                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0">

                        <p>
                            We are hiring an experienced Care Assistant on Permanent basis, for North London area.
                        </p>


                    </div>

                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0">
                        <h4>Responsibilities:</h4>


                    </div>

                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0 margin-top-40">

                        <ul>
                            <li><i class="fa fa-caret-right"></i>Ensure clients receive their medication on time</li>
                            <li><i class="fa fa-caret-right"></i>Support clients who can’t move on their own</li>
                            <li><i class="fa fa-caret-right"></i>Help clients dress, bathe, eat etc.</li>
                            <li><i class="fa fa-caret-right"></i>Assist clients with physical therapy exercises</li>
                            <li><i class="fa fa-caret-right"></i>Cook meals according to the customer’s restrictions</li>
                            <li><i class="fa fa-caret-right"></i>Help customers with their shopping</li>
                            <li><i class="fa fa-caret-right"></i>Do necessary housekeeping to maintain a clean environment</li>
                            <li><i class="fa fa-caret-right"></i>Provide emotional support</li>
                            <li><i class="fa fa-caret-right"></i>Inform physicians or supervisors about uncommon events</li>
                            <li><i class="fa fa-caret-right"></i>Act quickly and responsibly in cases of emergency</li>

                        </ul>
                    </div>

                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0 margin-top-40">
                        <h4>Requirements:</h4>


                    </div>
                    <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12 pl-0 margin-top-40">

                        <ul>
                            <li><i class="fa fa-caret-right"></i>Proven experience as personal care assistant</li>
                            <li><i class="fa fa-caret-right"></i>Committed to health & safety</li>
                            <li><i class="fa fa-caret-right"></i>Able to do housework and cooking</li>
                            <li><i class="fa fa-caret-right"></i>Well-organized and reliable</li>
                            <li><i class="fa fa-caret-right"></i>Excellent communication and people skills</li>
                            <li><i class="fa fa-caret-right"></i>Positive and compassionate attitude</li>
                            <li><i class="fa fa-caret-right"></i>Strong ethics</li>
                            <li><i class="fa fa-caret-right"></i>Physical stamina</li>
                            <li><i class="fa fa-caret-right"></i>CPR certified</li>
                            <li><i class="fa fa-caret-right"></i>High school diploma or equivalent</li>
                            <li><i class="fa fa-caret-right"></i>A valid driver’s licence</li>

                        </ul>
                    </div>

                   

                </div>

            </div>

            <!-- <div class="col-lg-3 col-md-3 col-sm-12 col-xs-12 margin-top-40">

                <div class="jp_first_right_sidebar_main_wrapper">

                    <div class="row"> -->

            <!-- <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

                            <div class="jp_add_resume_wrapper">

                                <div class="jp_add_resume_img_overlay"></div>

                                <div class="jp_add_resume_cont">

                                    <img src="public/assets/images/content/resume_logo.png" alt="logo" />

                                    <h4>Get Best Matched Candidates On your Email.</h4>

                                    <ul>

                                        <li><a href="{{url('submit-a-job')}}"><i class="fa fa-plus-circle"></i> Post A Job</a></li>

                                    </ul>

                                </div>

                            </div>

                        </div> -->

            <!-- <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">
                            <div class="jp_rightside_job_categories_wrapper">
                                <div class="jp_rightside_job_categories_heading">
                                    <h4>Hire a Temp</h4>
                                </div>
                                <div class="jp_rightside_job_categories_content" style="padding-bottom: 25px;">
                                    <ul>
                                        <li><i class="fa fa-caret-right"></i> <a href="service-administrator">Administrative</a></li>
                                        <li><i class="fa fa-caret-right"></i> <a href="staffing-services/reception-staff">Receptionist</a></li>
                                        <li><i class="fa fa-caret-right"></i> <a href="personal-assistant">PA</a></li>
                                        <li><i class="fa fa-caret-right"></i> <a href="kitchen-assistant">Kitchen Assistant</a></li>
                                        <li><i class="fa fa-caret-right"></i> <a href="grill-chef">Chef/Cook</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="#">KP</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="jobs/general-labourer">General Labourer</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="carpenter-multi-skilled">Multi-Skilled Operative</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="#">Handyman</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="caretaker-bus-driver">Driver</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="staffing-services/warehouse-staff">Warehouse Operative</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="it-support-technician">IT Professional</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="data-entry-operator">Data Entry Staff</a></li>
                                        <li><i class="fa fa-plus-circle"></i> <a href="#">Career</a></li>
                                        <li><i class="fa fa-plus-circle" style="color: #797979 !important;"></i> <a href="nursery-nurses" style="color: #797979 !important;text-transform: capitalize;font-weight: normal;">Nurse</a></li>
                                    </ul>
                                    <a href="{{url('submit-a-job')}}" class="bookNowBtn"> Book Now </a>
                                </div>
                            </div>
                        </div> -->

            <!-- <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12">

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

                        </div> -->





            <!-- </div>

                </div>

            </div> -->





            <!-- <div class="col-lg-4 col-md-4 col-xs-12 col-sm-12 margin-bottom-20"> -->



            <!-- </div> -->



        </div>

    </div>

</div>



<!-- jp best deal Wrapper Start -->




<!-- jp career Wrapper Start -->



<!-- jp career Wrapper End -->

<!-- jp counter Wrapper Start -->

<div class="jp_counter_main_wrapper">
    <div class="container-fluid pl-0 pr-0">
        <div class="row">
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">52950</span><i class="slider_icon_size fa fa-plus"></i>
                    <h5 class="con1">WORKERS</h5>
                </div>
            </div>
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">98</span><i class="slider_icon_size fas fa-percent"></i>
                    <h5 class="con2">ENJOY WORK WITH US</h5>
                </div>
            </div>
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">92</span><i class="slider_icon_size fas fa-percent"></i>
                    <h5 class="con3">RETAINED WORKERS</h5>
                </div>
            </div>
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">572847</span><i class="slider_icon_size fa fa-plus"></i>
                    <h5 class="con4">WORKED HOURS</h5>
                </div>
            </div>
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">1200</span><i class="slider_icon_size fa fa-plus"></i>
                    <h5 class="con4">CLIENTS</h5>
                </div>
            </div>
            <div class="gc_counter_cont_wrapper_new col-md-2">
                <div class="count-description-new"> <span class="timer">1434</span><i class="slider_icon_size fa fa-plus"></i>
                    <h5 class="con4">SITES</h5>
                </div>
            </div>
        </div>

    </div>
</div>

<!-- <div class="jp_counter_main_wrapper">

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

</div> -->

<!-- jp counter Wrapper End -->

<!-- aboutus_section end -->

<div class="aboutus_page_2_section">

    <div class="container">

        <div class="row">

            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">

                <div class="aboutus_text_section abt_txt_page_2">

                    <h2>How We <span>Work</span></h2>

                    <p>We do not depend always on technology for candidate searches, preferring to use experience, industry acumen and intuition to identify what each individual could bring to a specific business. This intelligent & human approach pays surpluses time after time. We recognise the trust clients make in Workers Direct and our priority is always to make sure we attain the best results for all concerned.</p>

                    <div class="row">

                        <div class="col-lg-12 col-md-12 col-sm-12 col-xs-12 row margin-top-40">
                            <div class="margin-top-20 col-md-3 col-sm-12">
                                <div class="margin-top-10 jp_best_deal_icon_sec"> <i class="green fa fa-user"></i> </div>
                                <div class="jp_best_deal_cont_sec margin-top-15">
                                    <h4><a href="{{url('register')}}">1. Register </a> <span style="color: #7CC24D;">/</span> <a href="{{url('login')}}"> Login</a></h4>
                                    <p> Our professional recruiter will contact you within no time to find out your hiring needs, skills and experience of an ideal candidate & finally the job duration and location.</p>
                                </div>
                            </div>
                            <div class="margin-top-20 col-md-3 col-sm-12">
                                <div class="margin-top-10 jp_best_deal_icon_sec"> <i class="green fa fa-address-card"></i> </div>
                                <div class="jp_best_deal_cont_sec margin-top-15">
                                    <h4><a href="{{url('submit-a-job')}}">2. Post A Job</a></h4>
                                    <p> If you would like to hire any staff either is temporary or permanent basis, Post A Job on our website or via mobile app. </p>
                                </div>
                            </div>
                            <div class="margin-top-20 col-md-3 col-sm-12">
                                <div class="margin-top-10 jp_best_deal_icon_sec"> <i class="fas fa-search"></i> </div>
                                <div class="jp_best_deal_cont_sec margin-top-15">
                                    <h4>3. We will find the right match</h4>
                                    <p> If you want to hire you can Submit a Job. We have a large pool of candidates, who always ready to start a job on short notice.</p>
                                </div>
                            </div>
                            <div class="margin-top-20 col-md-3 col-sm-12">
                                <div class="margin-top-10 jp_best_deal_icon_sec"> <i class="green fa fa-get-pocket"></i> </div>
                                <div class="jp_best_deal_cont_sec margin-top-15">
                                    <h4>4. Job Done</h4>
                                    <p> Upon your confirmation we will book the candidate to start the job.</p>
                                </div>
                            </div>
                        </div>

                    </div>



                </div>

            </div>


            <!--end of /.col-sm-6-->

        </div>

    </div>

</div>

<div class="aboutus_page_2_section pt-0">

    <div class="container">

        <div class="row">

            <div class="col-lg-12 col-md-12 col-xs-12 col-sm-12">

                <div class="aboutus_text_section abt_txt_page_2 margin-bottom-30">

                    <h2>Why Workers Direct?</h2>

                </div>

                <p>Workers Direct possess many desirable qualities and policies that you would hope for in a recruiter:</p>

                <div class="accordion_wrapper abt_page_2_wrapper margin-top-30">

                    <div class="panel-group" id="accordion_threeLeft">

                        <div class="panel panel-default">

                            <div class="panel-heading desktop">

                                <h4 class="panel-title">

                                    <a class="collapsed" data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftone" aria-expanded="true">

                                        Speed of Results

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftone" class="panel-collapse collapse" aria-expanded="true" role="tablist">

                                <div class="panel-body">

                                    One of the downsides of recruitment is how long it can drag on for, especially if you manage your own recruitment in-house. Progress can take weeks or months, all while your company is lacking vital employees. Workers Direct recruitment agency provides extremely quick results to ensure companies aren’t lacking in important workers. In many cases, clients have found suitable workers within a matter of hours.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                        <div class="panel panel-default">

                            <div class="panel-heading horn">

                                <h4 class="panel-title">

                                    <a data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftTwo" aria-expanded="false">

                                        Happy Clients

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftTwo" class="panel-collapse collapse in" aria-expanded="false" role="tablist">

                                <div class="panel-body">

                                    Our clients are almost always very happy with the end results of our recruitment drives. You can see through our reviews and testimonials just how skilled we are at providing recruitment solutions. By consistently performing at the top of our game, we have built a strong track-record of excellence in the field of recruiting.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                        <div class="panel panel-default">

                            <div class="panel-heading search">

                                <h4 class="panel-title">

                                    <a class="collapsed" data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftThree" aria-expanded="false">

                                        Top Experts

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftThree" class="panel-collapse collapse" aria-expanded="false" role="tablist">

                                <div class="panel-body">

                                    The Workers Direct recruiting team is one of the best in the country, with a wide range of experience and expertise. We have worked with companies from many sectors ranging from construction to IT. With our decades of expertise, your business can benefit from world-class recruitment strategies and invaluable guidance.

                                </div>

                            </div>

                        </div>

                        <!-- /.panel-default -->

                        <!-- /.panel-default -->

                        <div class="panel panel-default">

                            <div class="panel-heading bell">

                                <h4 class="panel-title">

                                    <a class="collapsed" data-toggle="collapse" data-parent="#accordion_threeLeft" href="#collapseTwentyLeftFourth" aria-expanded="false">

                                        Innovative Solutions

                                    </a>

                                </h4>

                            </div>

                            <div id="collapseTwentyLeftFourth" class="panel-collapse collapse" aria-expanded="false" role="tablist">

                                <div class="panel-body">

                                    Workers Direct utilise a wide range of techniques and strategies to get the best results. Along with conventional forms of recruitment and evaluation such as interviews, we draw upon new technologies and the latest in recruitment philosophy to maximise our effectiveness.

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

<!-- <div class="jp_downlord_main_wrapper">

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

</div> -->

<!-- jp downlord Wrapper End -->

@endsection