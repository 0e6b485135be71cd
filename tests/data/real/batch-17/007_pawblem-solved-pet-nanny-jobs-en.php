<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en" xmlns:og="http://ogp.me/ns#" xmlns:fb="https://www.facebook.com/2008/fbml">
<head>
    <title>Pawblem Solved Dog Walkers, Pet Sitters, Redmond and North Kirkland - Jobs</title>
    <?PHP include('includes/meta.php'); ?>
</head>
<body>
    <div id="container">
        <?PHP include('includes/header.php'); ?>
        <div id="content">
            <div class="banner-wrapper">
                <div class="banner" id="banner-jobs">
                </div>
                <div class="banner-text">
                    <h1>We Are Hiring!</h1>
                </div>
            </div>
            <div class="content-text">
                <div class="statement">
                     <h1>
                         Be paid to give love to the cutest cats and dogs in the world.
                     </h1>
                </div>
                <hr/>
                <br/>

                <div class="yui3-g-r">
                    <div class="yui3-u-2-3">
                        <div class="grid-wrapper">
                            <p>
                                We are searching for fun-loving, upbeat individuals, who are interested in being part of a small, family-like team, who, of course, love animals and the great outdoors!
                            </p>
                            <p>
                                Here are just a few examples of how dog walking &amp; pet sitting could fit into your life - 
                                <ul>
                                    <li>You're retired and searching for something fun to do with your time, that will get you exercise and fresh air.</li>
                                    <li>You have a part-time morning or evening job, but are in need of a little extra cash.</li>
                                    <li>You're a mother, but have some availability while the kids are at school, and would love to be part of a small, family-like team.</li>
                                </ul>
                            </p>
                            <p>
                                <em class="consistent-size">
                                    Please keep in mind that we never overload our schedules, so it's important that the individual understands this is a part-time position.
                                </em>
                            </p>
                            <p>
                                Our schedules vary each day, but generally occur - 
                                <ul>
                                    <li>Monday - Friday </li>
                                    <li>11am - 3pm </li>
                                    <li>With occasional kitty visits on the weekends</li>
                                    <li>Typical work-weeks range from 5-15 hours; you set your schedule &amp; decide which jobs to take on</li>
                                </ul>
                            </p>         

                            <p>
                                Here are some benefits of the job - 
                                <ul>
                                    <li>You get to be around animals all day! Nothing is better than a purr of a cat, or the wag of a tail to greet you at the door.</li>
                                    <li>Reimbursement for gas</li>
                                    <li>Bonuses based on team member's commitment, enthusiasm, and hard work</li>
                                    <li>Holiday pay</li>
                                    <li>Monthly coffee dates to catch-up with the team</li>
                                    <li>Work with a business owner who truly appreciates the team, and understands the importance of respect &amp; making sure everyone continues to be happy.</li>
                                </ul>
                            </p>
                            <p>
                                We prefer our team members live in one of our service areas; Redmond and North Kirkland.
                            <p>
                                Compensation is approximately $175 - $300 per week + tips
                            </p>
            
                            
                            <p>
                                If you're interested in joining our team, please reply to the link below and include -
                                <ul>
                                    <li>Resume</li>
                                    <li>Contact info; phone + home address </li>
                                    <li>Cover letter describing your experiences with animals and any other distinguished info that sets you apart from other candidates. The more pet experience you have, the better! </li>
                                </ul>
                            </p>
                            <p class="center">
                                <a class="button" target="_blank" href="mailto:info@pawblemsolved.com?subject=Applying for Pet Nanny Position">Apply Now</a>
                            </p>
                        </div>
                    </div>
                    <div class="yui3-u-1-3">
                        <div class="grid-wrapper">
                            <a href="http://www.aarp.org/work/job-search/employer-pledge-companies/" target="_blank">
                                <img src="images/aarp.jpg"/>
                            </a>
                            <br/>
                            <br/>
                            <br/>
                            <img src="images/tiles/dog20.jpg"/>
                            <br/>
                            <img src="images/tiles/cat16.jpg"/>
                        </div>
                    </div>
                </div>

              
            </div>
            <br/>
            <br/>
        </div>
        <?PHP include('includes/footer.php'); ?>
    </div>
    <?PHP include('includes/scripts.php'); ?>
</body>
</html>
