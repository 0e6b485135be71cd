<?php
return [
    '@class' => 'Grav\\Common\\File\\CompiledMarkdownFile',
    'filename' => 'C:/xampp8.1/htdocs/grav-admin/user/pages/04.jobs/elevator-worker-night-shift-l77-w9-v95/job.md',
    'modified' => 1706789988,
    'size' => 3870,
    'data' => [
        'header' => [
            'title' => 'Elevator Worker (Night Shift)',
            'date' => '2024-01-26T19:49:06.075943Z',
            'modified' => '2024-01-26T19:54:51.986326Z',
            'jobid' => 1573181,
            'currency' => 'USD',
            'address' => '2455 VASSAR RD Reese MI USA 48757-9340',
            'status' => 'active',
            'career_page_url' => 'https://www.careers-page.com/gentis/job/L77W9V95',
            'hash' => 'L77W9V95',
            'organization' => 271590,
            'salary_min' => '$17.40/hr',
            'salary_max' => '$17.40/yr',
            'avg_sal' => '17.40',
            'is_published' => true,
            'is_remote' => NULL,
            'created_at' => '2024-01-26T19:49:06.075943Z',
            'updated_at' => '2024-01-26T19:54:51.986326Z',
            'owner' => 22120,
            'contract_details' => 'temporary',
            'headcount' => 1,
            'compensation' => '$17.40/yr',
            'hired_at' => 0,
            'submitted_at' => 0,
            'interview_at' => 0,
            'custom_fields' => [
                'jobid' => 'ADMJP00012978',
                'archetype' => 'General Labor',
                'managernotes' => '<p>hours will be 7.00 PM to 7.00 AM (Night Shift) Monday thru Sunday with one day off per week. Each employee working six days per week. We are flexible to work with employees in terms of time off.</p><p><span style="font-family: inherit; font-size: 0.875rem;">Potential assignments may include, but are not limited to: · Dump and load railcars and trucks· Operate a grain dryer · Assist with grain handling · General housekeeping duties · General maintenance, as needed Job Requirements:To be considered for an opportunity, candidates must meet the following criteria: · Commitment to ADM�s goal of achieving a zero injury culture; understand and follow company safety procedures · High school education or equivalent · Exhibit regular and prompt attendance · Able to meet physical requirements of the position including, but not limited to: prolonged periods of standing and sitting, working in confined spaces and from heights, bending, kneeling, climbing stairs and ladders, working in a variety of conditions (heat, cold, dust, etc), lift up to 55 lbs unassisted · Willing to work overtime and weekends, if needed · Demonstrate initiative to work independently while flexible enough to work in team setting when needed · Exhibit a professional image at all times; maintain a positive and respectful attitude Relocation assistance is not available with this position.ADM requires the successful completion of a pre-employment drug screen and a background check. ADM is an Equal Opportunity Employer for minorites, females, protected veterans and individuals with a disability.</span></p>',
                'engagementtype' => [
                    0 => 'Contract'
                ],
                'clientsubmissiontype' => [
                    0 => 'Client Portal (VMS)'
                ]
            ],
            'taxonomy' => [
                'category' => [
                    0 => 'jobs',
                    1 => 'General Labor'
                ],
                'tag' => [
                    0 => 'Transportation & Logistics'
                ]
            ]
        ],
        'frontmatter' => 'title: \'Elevator Worker (Night Shift)\'
date: \'2024-01-26T19:49:06.075943Z\'
modified: \'2024-01-26T19:54:51.986326Z\'
jobid: 1573181
currency: USD
address: \'2455 VASSAR RD Reese MI USA 48757-9340\'
status: active
career_page_url: \'https://www.careers-page.com/gentis/job/L77W9V95\'
hash: L77W9V95
organization: 271590
salary_min: $17.40/hr
salary_max: $17.40/yr
avg_sal: \'17.40\'
is_published: true
is_remote: null
created_at: \'2024-01-26T19:49:06.075943Z\'
updated_at: \'2024-01-26T19:54:51.986326Z\'
owner: 22120
contract_details: temporary
headcount: 1
compensation: $17.40/yr
hired_at: 0
submitted_at: 0
interview_at: 0
custom_fields:
    jobid: ADMJP00012978
    archetype: \'General Labor\'
    managernotes: \'<p>hours will be 7.00 PM to 7.00 AM (Night Shift) Monday thru Sunday with one day off per week. Each employee working six days per week. We are flexible to work with employees in terms of time off.</p><p><span style="font-family: inherit; font-size: 0.875rem;">Potential assignments may include, but are not limited to: · Dump and load railcars and trucks· Operate a grain dryer · Assist with grain handling · General housekeeping duties · General maintenance, as needed Job Requirements:To be considered for an opportunity, candidates must meet the following criteria: · Commitment to ADM�s goal of achieving a zero injury culture; understand and follow company safety procedures · High school education or equivalent · Exhibit regular and prompt attendance · Able to meet physical requirements of the position including, but not limited to: prolonged periods of standing and sitting, working in confined spaces and from heights, bending, kneeling, climbing stairs and ladders, working in a variety of conditions (heat, cold, dust, etc), lift up to 55 lbs unassisted · Willing to work overtime and weekends, if needed · Demonstrate initiative to work independently while flexible enough to work in team setting when needed · Exhibit a professional image at all times; maintain a positive and respectful attitude Relocation assistance is not available with this position.ADM requires the successful completion of a pre-employment drug screen and a background check. ADM is an Equal Opportunity Employer for minorites, females, protected veterans and individuals with a disability.</span></p>\'
    engagementtype:
        - Contract
    clientsubmissiontype:
        - \'Client Portal (VMS)\'
taxonomy:
    category:
        - jobs
        - \'General Labor\'
    tag:
        - \'Transportation & Logistics\'',
        'markdown' => '<p>Gentis Solutions is seeking an&nbsp;﻿Elevator Worker (Night Shift) to join our team. This contract position is with one of our clients interested in full-time consultants. The ideal candidates will have the required skills listed below and will be eligible and open to being hired by our client at the end of the projects duration. If you are qualified, make sure you apply below.<br></p>
<p>﻿<strong>Requirements</strong></p>
<ul><li>High school diploma or equivalent</li><li>Regular and punctual attendance</li><li>Physical fitness, including the ability to stand, sit, work in confined spaces and at heights, bend, kneel, climb stairs and ladders, lift up to 55 lbs unassisted</li><li>Willingness to work overtime and weekends</li><li>Initiative to work independently and flexibility to collaborate in a team setting</li><li>Maintain a professional and respectful attitude</li></ul>
<p><strong style="font-family: inherit; font-size: 0.875rem;">﻿Typical Duties</strong><br></p>
<ul><li>Dump and load railcars and trucks</li><li>Operate a grain dryer</li><li>Assist with general grain handling</li><li>Perform general maintenance tasks as needed</li><li>Handle housekeeping duties at the elevator</li><li>Adapt to various tasks associated with elevator operations</li><li>Balance independence with teamwork as required</li></ul>'
    ]
];
