@extends('master')
@section('contents')


<div class="wrap">
<div class="container home-apoint">
<div class="row">
<div class="col-md-12 home-apoint-text">
<h2><strong>Job Vacancy</strong>-2 (Two)  Voluntary Position : FIELD OFFICER </h2>
</div>
</div><!--end row-->
</div><!--end container-->
</div><!--end wrap-->


<div class="wrap margin-block">
<div class="container">
<div class="row">

<article class="col-md-12 blog-post-single">
<div class="content">
	<div class="row col-md-3">
<strong>Location</strong>

<p>Dar es Salaam & Pwani Region </p>
</div>
 <!-- You can start editing here. -->
<div class="row col-md-3">
<strong>Salary</strong>

<p>150,000.Tsh – 400,000.Tsh</p>
</div>

<div class="row col-md-2">
<strong>Closes</strong>

<p>30 Aug  2016   </p>
</div>
<div class="row col-md-2">
<strong>Hours</strong>

<p>Full time   </p>
</div>
<div class="row col-md-2">
<strong>Contract</strong>

<p>One Year   </p>
</div>

<div class="row">
<div class="col-md-12 home-apoint-text">
<header class="sidebar-title"><br>

<div class="row col-md-4">
<strong style=align:centere>Industry</strong>

<p>Volunteering Support & Community development, Research, Adolescents Education, Support Services </p>
</div>
 <!-- You can start editing here. -->
<div class="row col-md-4">
<strong>Job Function</strong>

<p>Enterpreurship, Project management & Training</p>
</div>
<div class="row col-md-4">
<strong>Job Level</strong>

<p>None experienced Officer - form four & form six leaver with Diploma in described
               Fields</p>
</div>
<div class="row col-md-12">
	
<header class="sidebar-title"><br>
<p>Looking for a great opportunity to apply your first-rate organisational expertise to make a real difference? Your contribution will help SYoDeO to  achieve its goal of reaching and improving the lives of Youth affected by poverty.</p>

<p>We are looking to recruit a Field Officer to work with young people programme and Adolscent Education Programme Team to design, to deliver a learning and development plan which will support Young people in Tanzania  which will results into new behaviors’ and ways of working.</p>

<p>To succeed in this role, you will have experience of working across an organisation, developing solutions to complex problems and be able to work in a highly collaborative environment. You will be skilled in shaping and driving a programme of work within agreed timescales to a high standard. You will be an exceptional communicator with strong consulting, presentation and facilitation style.</p>

<p>And in return for the commitment and skills you bring to our established, supportive and high-performing team! We commit to actively developing you and offer excellent Working Support .</p>
<p>If you are interested please send application letter to project coordinator at:<a href>infosyodeo@gmail.com  </a>to get job description and other potential details</p>
</div>
<div class="col-md-9 home-apoint-text">
<header class="sidebar-title"><br>
<h2>Stay with us.</h2>
</header>
<p>Call for assistance from anywhere in Tanzania and you will get what you desire!</p>
</div>
<div class="col-md-3 home-apoint-btn">
<a href="{{url('contact')}}">Get in touch</a>
</div>
</div><!--end row-->

</li><!--end recent news-->

</ul>
</aside><!--end sidebar-->

</div><!--end row-->

</div><!--end container-->
</div><!--end wrap-->

@stop
