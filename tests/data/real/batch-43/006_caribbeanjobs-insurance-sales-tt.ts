export const caribbeanJobsMarkup = `<div class="module job-result highlighted">
<div class="module-content">
    <div class="job-result-logo-title">
        <div class="job-result-toggle" style="display:block;">
            <span class="not-for-me">Promoted Job</span>
        </div>
        <div class="job-result-logo">
                    <a href="/Guardian-Group-Dexter-George-Unit-Jobs-4378.aspx"><img src="../content/jobseeker/default-small.jpg" alt="Guardian Group – Dexter George Unit jobs" onerror="smallLogoNotFound(this)"></a>

        </div>

        <div class="job-result-title">
            <h2 itemprop="title"><a jobid="141263" href="/Insurance-Sales-Representatives-Advisors-Job-141263.aspx?p=1|application_confirmed" alt="promoted">Insurance Sales Representatives / Advisors</a></h2>
            <h3 itemprop="name">
                        <a itemprop="hiringOrganization" itemscope="" itemtype="https://schema.org/Organization" href="/Guardian-Group-Dexter-George-Unit-Jobs-4378.aspx">Guardian Group – Dexter George Unit</a>
            </h3>
        </div>
    </div>
    <div class="job-result-overview" style="display:">
        <ul class="job-overview">
            <li itemprop="baseSalary" class="salary">Not disclosed</li>
            <li itemprop="datePosted" class="updated-time">Updated 28/10/2022</li>
            <li itemprop="jobLocation" class="location">
                    <a href="/Trinidad-and-Tobago/Arima-Sangre-Grande-Jobs">Arima/Sangre Grande</a><span>&nbsp;/</span>                                            <a href="/Trinidad-and-Tobago/Port-of-Spain-Jobs">Port-of-Spain</a><span>&nbsp;/</span>                                            <a href="/Trinidad-and-Tobago/Trincity-Jobs">Trincity</a>                                    </li>
        </ul>
    </div>
    <p itemprop="description" style="display:">
            <span>Insurance Sales Representatives / Advisors</span>
    </p>
    <div class="job-result-cta" style="display:">
        <a class="save-job" style="cursor:pointer;background-color:#ffffff;color:#cad466;background-image:url('/img/icons/star-green-small.svg'); background-size:17px; background-position-y: 40%;" jobid="141263">Save This Job  </a>
        <a class="show-more" href="/Insurance-Sales-Representatives-Advisors-Job-141263.aspx?p=1|application_confirmed" jobid="141263">Show More</a>
    </div>
</div>
</div>`;
