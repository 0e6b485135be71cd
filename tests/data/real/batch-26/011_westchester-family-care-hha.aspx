<%@ Page Title="" Language="VB" MasterPageFile="~/Master/BlankMaster.master" AutoEventWireup="false"  Inherits="MilesBasePage" %>
<asp:Content ID="Content1" ContentPlaceHolderID="head" Runat="Server">
  <script src="/scripts/dev/jquery.bxslider.min.js" type="text/javascript"></script>
  <link href="/css-dev/jquery.bxslider.css" rel="stylesheet" type="text/css" />
</asp:Content>
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" Runat="Server">

<div id="static" class="careers animated">
<div id="cover">
  <section id="overlay">
    <div class="coverRedOverlay"></div>
  </section>
  <div class="coverWrapperInner">
    <div class="row">
      <div class="large-12 columns">
        <h1 class="h1 text-center proximaLight">Careers for Caregivers</h1>
        <!--<h2 class="h2 text-center proximaLight">Current Opening: Caregiver</h2>-->
      </div>
    </div>
  </div>
</div>
<div id="content">
  <div class="row padT50 padB60 ">
    <div class="large-12 columns">
      <div class="large-4 columns">
        <p>Westchester Family Care has career opportunities for experienced caregivers as well as motivated individuals seeking a new and rewarding career. We are looking for candidates who are responsible, reliable, patient, caring, and have good communication skills.</p>
        <p>We have New York Home Health Aide (HHA) job openings throughout Westchester County. If you build your career with us, you’ll be provided with a comprehensive total rewards package that encompasses compensation, recognition,  and learning and development programs.</p>
      </div>
      <div class="large-4 medium-4 small-6 columns"> <img src="imgs/dev/careers.jpg" alt="careers" class="radiusRed"> </div>
      <div class="large-4 columns">
        <p>Benefits include competitive pay, flexible shifts and start dates, New York State HHA training, referral bonuses, and the Verizon Discount Program.</p>
        <p><span class="red"><strong>Job Requirements:</span></strong> Candidates must have excellent interpersonal and communication skills. Prior experience with home care is preferred, but we will consider others with a very strong interest in this rewarding work. You must have the ability to pass a drug screening and background check. A driver’s license along with a reliable car is a huge plus. If you feel you meet these requirements, apply today.
</p>
      </div>
    </div>
  </div>
</div>

<!--testimonial slider-->
    <div class="row padB50 sameheight-wrap">
    	<div class="large-12 columns sameheight">
        	<div class="padB50"></div>
            	<h2 class="teal PadB15 text-center">Testimonials</h2>

    <ul class="bxslider2">
        <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">We understand that providing great care means working together as a team and listening to our staff of excellent caregivers. To measure employee satisfaction and improve our services, we regularly ask for feedback in the form of Home Care Pulse surveys. Find out what our team of caregivers has said about working at Westchester Family Care:</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li>
        <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">Westchester Family Care is very loyal to their staff, and everyone works as a team. Everyone has equal opportunities.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li>
        <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">The people at Westchester Family Care are all so kind and friendly. They are different from other companies. Instead of just sending you to the client's home without knowing what you need to do, they take the time to explain everything to you.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li>
        <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">I would tell a friend that Westchester Family Care is a very good company that cares about their caregivers. They make sure that you are safe.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li>
        <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">The training was very informative. I went down to the office, spent many hours in the office, and they had wonderful trainers who could answer my questions, which I had a lot of. They were very accommodating.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li> 
      <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">Westchester Family Care has been able to match me well with clients that I have a lot in common with and that I can have good conversations with.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li> 
       <li>
        <div class="row">
          <div class="columns large-12">
                  <div class="large-1 medium-3 small-4 columns"> <img src="/imgs/dev/quoteL.png" width="120px" alt="open quote"></div>
      <div class="large-10 columns">
        <p class"text-justify">Westchester Family Care has given me a perfect match with my clients. The distances and personalities are perfect.</p>    
      </div>
      <div class="large-1 medium-3 small-4 columns"><img src="/imgs/dev/quoteR.png" width="120px" alt="close quote"></div>
          </div>
        </div>
      </li> 
    </ul>
    <div class="clear"></div>
    <script>
      $('.bxslider2').bxSlider({
    		pager: true,
    		auto: true,
    		controls: true,
			pause:8000
      });
    </script> 
  </div>
</div>
  <!-- end slider-->

<div class="row padT30 padB30">
	<div class="large-12 columns"></div>
</div>
<!-- Footer CTA --> 
<section id="footerCTA">
  <div class="coverTealOverlay"></div>
  <div class="footer-background">
    <div class="row">
      <div class="large-12 columns large-centered"> <a class="round-button" href="https://westchesterfc.clearcareonline.com/apply/" target="_blank">Apply Now</a>
        <p class="subHeading text-center PadB20 PadT50">We are looking for individuals who are responsible and reliable </p>
      </div>
    </div>
  </div>
</section>

<!-- Scripts --> 
<script src="/scripts/dev/resize.js"></script> 
<script>
    function sameheight(){
        equalheight('.sameheight-wrap .sameheight');
        equalheight('.sameheight-wrap2 .sameheight2');
        equalheight('.sameheight-wrap3 .sameheight3');
        equalheight('.sameheight-wrap4 .sameheight4');
    }
    $(window).load(function() {
        sameheight();
    });
    $(window).resize(function(){
        sameheight();
    })
</script> 
<script src="/scripts/dev/animate-static.js"></script>
</asp:Content>
