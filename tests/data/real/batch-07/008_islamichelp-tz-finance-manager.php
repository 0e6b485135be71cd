<?php include('includes/header.php'); ?>
<?php include('includes/left_pane.php'); ?>


<div class="span9">
    <div id='children'><img src='img/children.gif' alt='iHelp Tanzanians' /></div>
    <div id='giraffe' class='offset4'><img src='img/giraffe_tree.gif' alt='Tanzanian Giraffe' /></div>
    
    <?php include('includes/menu.php'); ?>
    <div class='row'>
        <div class='span9' id='infomation'>
            <div class='row'>
                <div class='span9 vacancy'><h2>Finance Manager</h2> <br /></div>
            <div class='span9 tableOne'>

                <table class='table table-hover table-bordered'>
                    <tr>
                        <th>Report to</th>
                        <td>Head of admin and Finance</td>
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

                <h2>
                    Purpose of the Post:
                </h2>
                <p>
                    To establish and maintain financial management procedures and systems according to the quality standards of Islamic Help. Ensure compliance with all
                    regulatory requirements as relating to Company and business Law, and in conjunction with the Head of Admin and Finance ensure adequate support to for the
                    development of the company and its services in the support of strategic aims and objectives.
                </p><br />

                <h2>Key Responsibilities and Accountabilities:</h2><br />

                <p>
                    <strong>Financial management:</strong>
                </p>

                <ul type="disc">
                    <li>
                        Maintain day-to-day financial control of the company within budget heads agreed by the senior management.
                    </li>
                    <li>
                        Ensure that all finances are properly administered and monitored, including cash flow control.
                    </li>
                    <li>
                        Support the senior management in the provision of financial information and estimates.
                    </li>
                    <li>
                        Advise on the proper allocation of resources.
                    </li>
                    <li>
                        Ensure that appropriate Tanzania financial regulations and controls are in place and in use at all times.
                    </li>
                    <li>
                        Prepare and review detailed budgets for approval by the senior management in conjunction with the HAF.
                    </li>
                    <li>
                        Make regular reports to the senior management on income, expenditure and any variations from budgets.
                    </li>
                    <li>
                        Ensure that all financial reporting obligations are met in relation to submissions for audits, VAT, for contracts and any other initiatives.
                    </li>
                    <li>
                        Authorize expenditure up to limits as agreed by the senior management<strong></strong>
                    </li>
                </ul>
                <p>
                    <strong>Management of the overall Finance functions including:</strong>
                </p>
                <ul type="disc">
                    <li>
                        <strong><em>Book keeping</em></strong>
                    </li>
                    <ul type="circle">
                        <li>
                            Maintaining financial records in soft and hard copy, classifying and recording financial records<strong><em></em></strong>
                        </li>
                        <li>
                            Double check the accuracy of numbers from transactions recorded by other employees.<strong><em></em></strong>
                        </li>
                        <li>
                            Collect and compile financial data required for decision making for the senior management<strong><em></em></strong>
                        </li>
                        <li>
                            Preparation of reports for monthly, quarterly projects, audit and taxes<strong><em></em></strong>
                        </li>
                    </ul>
                </ul>
                <ul type="disc">
                    <li>
                        <strong><em>Payroll management</em></strong>
                    </li>
                    <ul type="circle">
                        <li>
                            Verifies a variety of payroll related information (e.g. time sheets, direct deposits, wage attachments, benefits, etc.) for the purpose of ensuring
                            accurate distribution of funds and payroll.
                        </li>
                        <li>
                            Compiles data from a wide variety of sources (e.g. time sheets/payroll, salary adjustments, tax deposits, NSSF/ PAY E etc.) for the purpose of
                            analyzing issues, ensuring compliance with mandated requirements.
                        </li>
                    </ul>
                </ul>
                <ul type="disc">
                    <li>
                        <strong><em>Procurement management</em></strong>
                    </li>
                    <ul type="circle">
                        <li>
                            Work closely with operations department to ensure smooth and consistent supplies available in the store
                        </li>
                        <li>
                            Ensure timely and efficient procurement and transactions
                        </li>
                        <li>
                            Facilitate provision of timely forecasts and analysis
                        </li>
                    </ul>
                </ul>

                <strong>Other Duties:</strong>

                <ul type="disc">
                    <li>
                        Maintaining client relations and consistent growth
                    </li>
                </ul>
                <br />
                <h2>
                    Key Competencies:
                </h2>

                <ul type="disc">
                    <li>
                        Proven administrative, leadership and financial management ability in the areas of financial planning and development.
                    </li>
                    <li>
                        Ability to devise and implement strategic development and resource plans, particularly in the areas of financial management.
                    </li>
                    <li>
                        Ability to work on own initiative, prioritize work, handle pressure and take day-to-day decisions on the running of the department.
                    </li>
                    <li>
                        Ability to develop, monitor and maintain management information systems and procedures.
                    </li>
                    <li>
                        Experience of financial responsibility for a budget, including experience of accounting guidelines, end of year accounts and external liaison with
                        auditors.
                    </li>
                    <li>
                        Ability to communicate effectively in person, in writing and over the telephone with individuals and with a wide variety of stakeholders and audiences
                        and to research, analyze and interpret complex information and produce clear verbal and written reports.
                    </li>
                </ul><br />

                    <h2>Knowledge and skills requirements:</h2>
                <ul>
                    <li>
                        Demonstrate excellence &amp; expertise in the fields of Finance management and administration. Demonstrate an understanding of the environment of planning
                        and investments. Demonstrate experience in the management of a team at a professional level with an effective, commercial experience in running a business/
                        business unit/s.
                    </li>
                    <li>
                        The minimum required qualification for this position is a relevant diploma qualification. A relevant degree in business (CPA or equivalent qualification)
                        would be highly advantageous.
                    </li>
                    <li>
                        A minimum of 2 years financial management experience is expected for this position of which 1 year must be management experience, specifically finance
                        management.
                    </li>


                </ul>

                <br />

                <a href='vacancies.php' class='btn btn-small btn-inverse'>Back to Vacancies</a>


                </div>
        </div>
    </div>
</div>

<?php include('includes/footer.php'); ?>