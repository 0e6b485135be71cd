<?php
/*
Template Name: wfu
*/
get_header();

?>
<div class="job">

    <div class="container">

        <header class="entry-header"><h1 class="entry-title">Teacher of English</h1></header>

        <p class="breadcrumb" id="breadcrumbs"><span><span><a href="http://bwcet.loc/">Home</a> / <strong class="breadcrumb_last" aria-current="page">Teacher of English</strong></span></span></p>

        <div class="job-descr__bg">
            <span class="job-descr__bg-title">Job description and apply</span>
            <div class="job-descr__bg-column">
                <p><strong>School Name and Address:</strong> St Robert of Newminster Catholic School & Sixth Form College, Biddick Lane, Washington, NE38 8AF </p>
                <p><strong>Headteacher:</strong> Mr D Juric </p>
                <p><strong>Tel:</strong> 0191 716 1700 </p>
                <p><strong>Website:</strong> www.strobertofnewminster.co.uk </p>
                <p><strong>mail:</strong> school@str.bwcet.com</p>
            </div>
            <div class="job-descr__bg-column">
                <p><strong>Closing date:</strong> 9am, 26th April 2021 </p>
                <p><strong>Shortlisting:</strong> w/c 26th April 2021</p>
                <p><strong>Interviews to</strong> be held: w/c 3rd May 2021</p>
            </div>
        </div>

        <div class="job-main__descr">
            <h3>Job description</h3>
            <div class="job-dvd">
                <p><strong>Grade:</strong> MPS 1-6 / UPS 1-3 </p>
                <p><strong>Hours:</strong> 195 days per year - Full Time, Permanent </p>
                <p><strong>Location:</strong> St Robert of Newminster Catholic School & Sixth Form College </p>
                <p><strong>Reports to:</strong> Head of Department</p>
            </div>
            <h4>Job Purpose</h4>
            <ul>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
            </ul>
            <h4>Main Duties and Responsibilities</h4>
            <h5>Operational/ Strategic Planning</h5>
            <ul>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
            </ul>
            <h5>Operational/ Strategic Planning</h5>
            <ul>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
            </ul>
            <h5>Operational/ Strategic Planning</h5>
            <ul>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
            </ul>
            <h4>Main Duties and Responsibilities</h4>
            <h5>Operational/ Strategic Planning</h5>
            <ul>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
                <li>To implement and deliver an appropriately broad, balanced, relevant and differentiated curriculum for students and to support a designated curriculum area as appropriate.</li>
                <li>To monitor and support the overall progress and development of students as a teacher/ Form Tutor</li>
            </ul>
            <p>The duties and responsibilities highlighted in the job description are indicative and may vary over time. The job description is not intended to be an exhaustive list of all the duties and responsibilities that may be required. The jobholder will be expected to carry out such professional tasks as are commensurate with the duties and responsibilities of the post.</p>
        </div>

        <div class="common-form">
            <h3>Apply</h3>
            <span class="common-form__sub">Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna</span>
            <p>Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt ut labore et dolore magna aliquyam erat, sed diam voluptua. At vero eos et accusam et justo duo dolores et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit</p>
            <form action="">
                <div class="common-form__rows">
                    <div class="common-form__row">
                        <label for="">Name <i class="i-rqrd">*</i></label>
                        <input type="text">
                    </div>
                    <div class="common-form__row">
                        <label for="">Contact email <i class="i-rqrd">*</i></label>
                        <input type="text">
                    </div>
                    <div class="common-form__row">
                        <label for="">Contact telephone number <i class="i-rqrd">*</i></label>
                        <input type="text">
                    </div>
                </div>
                <span class="common-form__rqr"><i>*</i>Required fields</span>
                <div class="job-file">
                    <span class="job-file__name">Upload your resume:</span>
                    <button class="job-file__btn upl">Upload</button>
                    <button class="job-file__btn snd">Send</button>
                    <div class="job-file__notice">
                        <i>  <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
                            viewBox="0 0 18.9 22.1" enable-background="new 0 0 18.9 22.1" xml:space="preserve">
                        <g>
                            <path fill="#003D72" d="M16.9,0H6.5C6.3,0,6.1,0.1,6,0.2L0.2,5.9C0.1,6,0,6.2,0,6.4v13.7c0,1.1,0.9,2,2,2l14.9,0c1.1,0,2-0.9,2-2V2
                            C18.9,0.9,18,0,16.9,0z M5.8,2.4v3.3H2.4L5.8,2.4z M17.5,20.1c0,0.3-0.3,0.6-0.6,0.6H2c-0.3,0-0.6-0.3-0.6-0.6v-13h5.1
                            c0.4,0,0.7-0.3,0.7-0.7v-5h9.7c0.3,0,0.6,0.3,0.6,0.6V20.1z"/>
                            <path fill="#003D72" d="M10.4,16.7h-6c-0.4,0-0.7,0.3-0.7,0.7s0.3,0.7,0.7,0.7h6c0.4,0,0.7-0.3,0.7-0.7S10.8,16.7,10.4,16.7z"/>
                            <path fill="#003D72" d="M14.5,13h-10c-0.4,0-0.7,0.3-0.7,0.7c0,0.4,0.3,0.7,0.7,0.7h10c0.4,0,0.7-0.3,0.7-0.7
                            C15.2,13.3,14.9,13,14.5,13z"/>
                            <path fill="#003D72" d="M14.5,9.2h-10c-0.4,0-0.7,0.3-0.7,0.7c0,0.4,0.3,0.7,0.7,0.7h10c0.4,0,0.7-0.3,0.7-0.7
                            C15.2,9.5,14.9,9.2,14.5,9.2z"/>
                        </g>
                        </svg></i>
                        PDF or WORD documents only
                    </div>
                    <p>Files must be no larger than 5MB</p>
                </div>
                <div class="job-file">
                    <span class="job-file__name">Upload your resume:</span>
                    <button class="job-file__btn upl">Upload</button>
                    <button class="job-file__btn snd">Send</button>
                    <div class="job-file__notice">
                        <i>  <svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
                            viewBox="0 0 18.9 22.1" enable-background="new 0 0 18.9 22.1" xml:space="preserve">
                        <g>
                            <path fill="#003D72" d="M16.9,0H6.5C6.3,0,6.1,0.1,6,0.2L0.2,5.9C0.1,6,0,6.2,0,6.4v13.7c0,1.1,0.9,2,2,2l14.9,0c1.1,0,2-0.9,2-2V2
                            C18.9,0.9,18,0,16.9,0z M5.8,2.4v3.3H2.4L5.8,2.4z M17.5,20.1c0,0.3-0.3,0.6-0.6,0.6H2c-0.3,0-0.6-0.3-0.6-0.6v-13h5.1
                            c0.4,0,0.7-0.3,0.7-0.7v-5h9.7c0.3,0,0.6,0.3,0.6,0.6V20.1z"/>
                            <path fill="#003D72" d="M10.4,16.7h-6c-0.4,0-0.7,0.3-0.7,0.7s0.3,0.7,0.7,0.7h6c0.4,0,0.7-0.3,0.7-0.7S10.8,16.7,10.4,16.7z"/>
                            <path fill="#003D72" d="M14.5,13h-10c-0.4,0-0.7,0.3-0.7,0.7c0,0.4,0.3,0.7,0.7,0.7h10c0.4,0,0.7-0.3,0.7-0.7
                            C15.2,13.3,14.9,13,14.5,13z"/>
                            <path fill="#003D72" d="M14.5,9.2h-10c-0.4,0-0.7,0.3-0.7,0.7c0,0.4,0.3,0.7,0.7,0.7h10c0.4,0,0.7-0.3,0.7-0.7
                            C15.2,9.5,14.9,9.2,14.5,9.2z"/>
                        </g>
                        </svg></i>
                        PDF or WORD documents only
                    </div>
                    <p>Files must be no larger than 5MB</p>
                </div>
            </form>
        </div>
    </div>

</div>
<?php
get_sidebar();
get_footer();
