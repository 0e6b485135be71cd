// {
//     "success": true,
//     "timestamp": "2025-09-15T12:47:44.658Z",
//     "metadata": {
//         "total_unique_jobs": 75,
//         "total_extracted_jobs": 75,
//         "total_duplicates_removed": 15,
//         "queries_processed": 10,
//         "scraped_at": "2025-09-15T11:52:10.787Z",
//         "processing_time_ms": 91771,
//         "processing_time_formatted": "1m 31s",
//         "deduplication_stats": {
//             "total_raw_jobs": 90,
//             "primary_duplicates": 15,
//             "secondary_duplicates": 0,
//             "manual_duplicates": 0,
//             "unique_jobs": 75,
//             "duplicate_examples": [
//                 {
//                     "type": "primary",
//                     "title": "Native Spanish Speaker Online Tutor for Children - Join Our Team!",
//                     "company": "remoteready10file.totalh.net",
//                     "query": "native remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Principal QA Automation Engineer (Remote) in Palo Alto, CA",
//                     "company": "vmysmartpros",
//                     "query": "automation engineer remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "QA Automation Engineer | EMEA",
//                     "company": "Deel",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Manual QA (English Speaking)",
//                     "company": "vmysmartpros",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "QA Engineer (Manual and Automation)",
//                     "company": "The Elite Job",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Principal QA Automation Engineer (Remote) in Palo Alto, CA",
//                     "company": "vmysmartpros",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Application Tester - Part Time",
//                     "company": "The Elite Job",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "SDETs QA Automation Engineers with Python SDET experience, secondarily C# or Java would be considered) in Chicago, IL",
//                     "company": "vmysmartpros",
//                     "query": "Automation Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Manual QA (English Speaking)",
//                     "company": "vmysmartpros",
//                     "query": "Software Testing remote since yesterday"
//                 },
//                 {
//                     "type": "primary",
//                     "title": "Junior Manual Tester (REMOTE) – Orlando, FL in Orlando, FL",
//                     "company": "vmysmartpros",
//                     "query": "Software Testing remote since yesterday"
//                 }
//             ]
//         },
//         "extraction_stats": {
//             "successful_extractions": 75,
//             "failed_extractions": 0,
//             "jobs_with_salary": 13,
//             "jobs_with_benefits": 20,
//             "remote_jobs": 75,
//             "onsite_jobs": 0,
//             "hybrid_jobs": 0
//         },
//         "queries_breakdown": [
//             {
//                 "query": "sqa remote since yesterday",
//                 "raw_jobs_found": 3,
//                 "processing_time_ms": 2972
//             },
//             {
//                 "query": "mern remote since yesterday",
//                 "raw_jobs_found": 10,
//                 "processing_time_ms": 3927
//             },
//             {
//                 "query": "react remote since yesterday",
//                 "raw_jobs_found": 7,
//                 "processing_time_ms": 2732
//             },
//             {
//                 "query": "ai ml remote since yesterday",
//                 "raw_jobs_found": 9,
//                 "processing_time_ms": 2850
//             },
//             {
//                 "query": "ai/ml remote since yesterday",
//                 "raw_jobs_found": 0,
//                 "processing_time_ms": 4102
//             },
//             {
//                 "query": "native remote since yesterday",
//                 "raw_jobs_found": 30,
//                 "processing_time_ms": 19936
//             },
//             {
//                 "query": "automation engineer remote since yesterday",
//                 "raw_jobs_found": 10,
//                 "processing_time_ms": 9320
//             },
//             {
//                 "query": "Automation Testing remote since yesterday",
//                 "raw_jobs_found": 10,
//                 "processing_time_ms": 2949
//             },
//             {
//                 "query": "Software Testing remote since yesterday",
//                 "raw_jobs_found": 11,
//                 "processing_time_ms": 11229
//             },
//             {
//                 "query": "manual testing remote since yesterday",
//                 "raw_jobs_found": 0,
//                 "processing_time_ms": 4687
//             }
//         ],
//         "configuration": {
//             "max_pages_per_query": 5,
//             "rate_limit_delay": 3000,
//             "request_timeout": 90000,
//             "max_retries": 3
//         },
//         "queries": [
//             "sqa remote since yesterday",
//             "mern remote since yesterday",
//             "react remote since yesterday",
//             "ai ml remote since yesterday",
//             "ai/ml remote since yesterday",
//             "native remote since yesterday",
//             "automation engineer remote since yesterday",
//             "Automation Testing remote since yesterday",
//             "Software Testing remote since yesterday",
//             "manual testing remote since yesterday"
//         ]
//     },
//     "jobs": [
//         {
//             "title": "Sr. Product Designer (Native Mobile)",
//             "company_name": "onwards Search",
//             "location": "Massachusetts",
//             "via": "Outscal",
//             "share_link": "https://www.google.com/search?ibp=htl;jobs&q=native+remote+since+yesterday&htidocid=BPVKHR_yAx6BTNv3AAAAAA%3D%3D&hl=en-US&shndl=37&shmd=H4sIAAAAAAAA_yXMQQrCMBBAUdz2CG6cpQomIrixW0EQKkIPUJJ0SFJipmSm2rt4WRU3f_d-9V5UdVsU3Av1kxM4I0efscD6ZiQ-ERqyMeEGdnAlC4ymuACU4ULkEy7rIDLySWvmpDzLFznl6KEpo6VZD2T5l46DKTgmI9gdjvtZjdlvV5RfpvQM7X8bMzSG2bgwMYrwB5A_n_CeAAAA&shmds=v1_AdeF8KiPC5mD-13gifOYVuxLYU95J2nP-cAljMYVca-w4tl0pw&source=sh/x/job/uv/m5/1#fpstate=tldetail&htivrt=jobs&htidocid=BPVKHR_yAx6BTNv3AAAAAA%3D%3D&htiq=native+remote+since+yesterday",
//             "detected_extensions": {
//                 "dental_coverage": true,
//                 "health_insurance": true
//             },
//             "job_highlights": [
//                 {
//                     "title": "Qualifications",
//                     "items": [
//                         "This is a remote opportunity available for an approximately 12-month engagement",
//                         "Design Native Mobile Apps",
//                         "Lead Design Efforts",
//                         "Maintain Design Systems",
//                         "Present and Communicate",
//                         "Strong portfolio showcasing native mobile app design, After Effects, visual/UI design and interaction design (IxD)",
//                         "At least 5 years of experience in native app design",
//                         "Minimum of 3 years leading design collaboration sessions with stakeholders",
//                         "Ability to present design ideas clearly",
//                         "Ability to communicate design rationale and advocate for design decisions",
//                         "Experience working within large-scale digital product environments",
//                         "iOS",
//                         "Android",
//                         "Product Designer (Native Mobile), remote, to join the team of a leading retail and healthcare company",
//                         "This is a remote opportunity available for an approximately 12-month engagement",
//                         "Product Designer, you'll work on complex, enterprise-level UX and product app design while collaborating closely with the Product team",
//                         "This role offers the chance to lead and influence native mobile app experiences, helping shape user-centered solutions that align with business goals and deliver value",
//                         "Portfolio: A strong portfolio showcasing native mobile app design (preferably iOS and Android), After Effects, that highlight both visual/UI design and interaction design (IxD)",
//                         "Experience: At least 5 years of experience in native app design, including a minimum of 3 years leading design collaboration sessions with stakeholders",
//                         "Communication Skills: Must be able to present design ideas clearly, with the ability to communicate design rationale and advocate for design decisions",
//                         "Digital Product Experience: Experience working within large-scale digital product environments, especially those involving complex business needs"
//                     ]
//                 },
//                 {
//                     "title": "Benefits",
//                     "items": [
//                         "Perks",
//                         "Medical, Dental, and Vision Insurance",
//                         "Life Insurance",
//                         "401(k) Program",
//                         "Commuter Benefit",
//                         "eLearning & Ongoing Training",
//                         "Education Reimbursement",
//                         "Medical, Dental, and Vision Insurance",
//                         "Life Insurance",
//                         "401(k) Program",
//                         "Commuter Benefit",
//                         "eLearning & Ongoing Training",
//                         "Education Reimbursement",
//                         "Eligibility requires working over 30 hours per week on an assignment lasting at least 10 weeks"
//                     ]
//                 },
//                 {
//                     "title": "Responsibilities",
//                     "items": [
//                         "Product Designer, you'll work on complex, enterprise-level UX and product app design while collaborating closely with the Product team",
//                         "This role offers the chance to lead and influence native mobile app experiences, helping shape user-centered solutions that align with business goals and deliver value",
//                         "Define Design Direction",
//                         "Design Native Mobile Apps: Create polished, user-friendly designs for native mobile applications, ensuring they adhere to mobile best practices",
//                         "Lead Design Efforts: Drive design from initial concepts through to market-ready experiences, collaborating closely with cross-functional teams",
//                         "Stakeholder Engagement: Lead design collaboration sessions with a range of stakeholders and effectively communicate design rationale to non-design audiences",
//                         "Define Design Direction: Advocate for design decisions and successfully communicate design direction to senior leadership and non-designers",
//                         "Maintain Design Systems: Contribute to and work with design systems, ensuring consistency across platforms",
//                         "Present and Communicate: Articulate design decisions and processes clearly to both design and non-design stakeholders, especially executive leadership"
//                     ]
//                 }
//             ],
//             "apply_options": [
//                 {
//                     "title": "Outscal",
//                     "link": "https://outscal.com/job/sr-product-designer-native-mobile-at-onwards-search-in-boston-massachusetts-united-states-1?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "Teal",
//                     "link": "https://www.tealhq.com/job/sr-product-designer-rider-design-reserve_41543a9b-5beb-4215-88ff-17e5094bc66a?included_keywords=product+designer&page=44&utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "BeBee",
//                     "link": "https://us.bebee.com/job/7d185b117cb15e16d3504dc9aa68ff79?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "Remote Jobs USA",
//                     "link": "https://pinnaclegigs.com/job/878699?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "Talents By Vaia",
//                     "link": "https://talents.vaia.com/companies/tenstorrent/sr-web-product-designer-marketingunited-states-32566105/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "Remote Jobs USA",
//                     "link": "https://ionremotejobs.com/job/878699?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "MySmartpros",
//                     "link": "https://www.mysmartpros.com/tuition/job/vendr-sr-product-designer-usa/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 },
//                 {
//                     "title": "Remote Jobs USA",
//                     "link": "https://onlinejobsfromhome.net/job/735525?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic"
//                 }
//             ],
//             "job_id": "eyJqb2JfdGl0bGUiOiJTci4gUHJvZHVjdCBEZXNpZ25lciAoTmF0aXZlIE1vYmlsZSkiLCJjb21wYW55X25hbWUiOiJvbndhcmRzIFNlYXJjaCIsImFkZHJlc3NfY2l0eSI6Ik1hc3NhY2h1c2V0dHMiLCJodGlkb2NpZCI6IkJQVktIUl95QXg2QlROdjNBQUFBQUE9PSIsImhsIjoiZW4ifQ==",
//             "extensions": [
//                 "156K a year",
//                 "Work from home",
//                 "Contractor",
//                 "No degree mentioned"
//             ],
//             "source_query": "native remote since yesterday",
//             "scraped_at": "2025-09-15T11:52:10.780Z",
//             "primary_hash": "1848ad1ddcbff2d0b3d26fa8b90e57ba",
//             "secondary_hash": "7c7b40735b3ea26c8ab5fd0c7b80ba15",
//             "posted_time": null,
//             "posted_at_exact": null,
//             "hourly_rate": null,
//             "salary_range": "156K a year",
//             "job_type": null,
//             "work_arrangement": "Remote",
//             "benefits": [
//                 "Health Insurance",
//                 "Dental Coverage"
//             ],
//             "country": null,
//             "experience_level": null,
//             "contract_type": "Contract",
//             "description_preview": "Summary\n\nOnward Search is a specialized staffing and talent solutions company that helps professionals find top jobs with the nation’s leading brands. We’re currently seeking a Sr. Product Designer (N..."
//         },
//     ]
// }
