<?php include('includes/header.php'); ?>
<?php include('includes/left_pane.php'); ?>


<div class="span9">
    <div id='children'><img src='img/children.gif' alt='iHelp Tanzanians' /></div>
    <div id='giraffe' class='offset4'><img src='img/giraffe_tree.gif' alt='Tanzanian Giraffe' /></div>
    
    <?php include('includes/menu.php'); ?>
    <div class='row'>
        <div class='span9' id='infomation'>
            <div class='row'>
                <div class='span9 vacancy'><h2>Water & Sanitation Project Officer</h2> <br /></div>
            <div class='span9 tableOne'>

                <table class='table table-hover table-bordered'>
                    <tr>
                        <th>Report to</th>
                        <td>Head of Operations</td>
                    </tr>
                    <tr>
                        <th>Location</th>
                        <td>Dar Es Salaam</td>
                    </tr>

                    <tr>
                        <th>Hours of Work</th>
                        <td>Full Time</td>
                    </tr>
                    <tr>
                        <th>Annual Salary</th>
                        <td>Competitive</td>
                    </tr>
                    <tr>
                        <th>Closing Date</th>
                        <td>Wednesday 15th January 2014</td>
                    </tr>
                    <tr>
                        <th>Apply at:</th>
                        <td>vacancies@islamichelp.co.tz</td>
                    </tr>
                </table>
            </div>
            <div class='span9'>
                <h2>Purpose of the Post:</h2>
                <p>To work with the communities and other institutions in the planning, implementation and monitoring of Islamic Help Tanzania's water project &ldquo;Tone La Huruma&rdquo; and to accomplish the target and goal set by IHtz for this water project.</p><br />

                <h2>Key Responsibilities and Accountabilities:</h2>
                <ul>
                    <li>Responsible for effective delivery of project activities to time and budget</li>
                    <li>Responsible for producing quality project reports</li>
                    <li>Prepare weekly, monthly and final reports on the activities progress, constraints and suggestions for improved performance</li>
                    <li>develop and manage partnerships within the water subsector in the project area</li>
                    <li>take lead in project learning and documentation</li>
                    <li>To coordinate and manage the implementation of the &ldquo;Tone La Huruma&rdquo; project in compliance with IHtz requirements</li>
                    <li>To coordinate, monitor and provide logistical support to all &ldquo;Tone La Huruma&rdquo; project activities</li>
                </ul><br />

                <h2>Key Competencies:</h2>
                <ul>
                    <li>Analytical and problem solving skills</li>
                    <li>Excellent presentation and report writing skills</li>
                    <li>Knowledge in participatory approaches and methdologies</li>
                    <li>Good understanding of policy context and ability to think critically</li>
                    <li>Ability to customize water and sanitation facilities to community needs</li>
                    <li>Ability to cope with work with people from diverse backgrounds</li>
                    <li>Fluent in Swahili and English</li>
                    <li>Must be hardworking, reliable and diligent with good interpersonal communication skills.</li>
                </ul><br />

                <h2>Knowledge and skills requirements:</h2>
                <ul>
                    <li>Demonstrate Substantive knowledge in water, economic and community development, planning, workforce development and public policy/administration</li>
                    <li>Demonstrate knowledge of computer and relevant software applications with a good command in English and Swahili</li>
                    <li>An advanced degree in related field strongly preferred with a minimum of 3 years experience

                    </li>

                </ul>

                <br />

                <a href='vacancies.php' class='btn btn-small btn-inverse'>Back to Vacancies</a>


                </div>
        </div>
    </div>
</div>

<?php include('includes/footer.php'); ?>