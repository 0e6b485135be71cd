    {
        title: "BARISTA",
        company_name: "ELOREA",
        location: "New York, NY",
        via: "ELOREA",
        share_link:
            "https://www.google.com/search?ibp=htl;jobs&q=barista+new+york&htidocid=yZFCzHMS8C8uK99XAAAAAA%3D%3D&hl=en-US&shndl=-1&source=sh/x/job/li/m1/1#fpstate=tldetail&htivrt=jobs&htiq=barista+new+york&htidocid=yZFCzHMS8C8uK99XAAAAAA%3D%3D",
        thumbnail:
            "https://serpapi.com/searches/671f00a8b4fe87f7a6110fb1/images/89a9900c3a74d4ef43d69061ac0b658aa411a655b463600f28d50c3332be702d.jpeg",
        extensions: ["20–25 an hour", "Part-time", "No degree mentioned"],
        detected_extensions: {
            salary: "20–25 an hour",
            schedule_type: "Part-time",
            qualifications: "No degree mentioned",
        },
        description:
            "About Us:\n\nELOREA combines the art of fragrance with the warmth of Korean culture. We offer a range of high-quality fragrances inspired by Korean traditions and aesthetics, along with a cozy cafe where customers can relax and indulge in aromatic delights. Our goal is to provide an immersive and enchanting experience for fragrance enthusiasts and anyone seeking a sensory journey through the world of scents.\n\nJob Description:\n\nELOREA is looking for a barista to join our team in NYC, reporting directly to the Store Manager. We’re looking for a highly motivated and energetic individual who shares our passion for specialty coffee, tea, and customer service.\n\nResponsibilities:\n• Prepare specialty coffee and espresso beverages, including latte art\n• Maintain beverage safety and cleanliness standards by completing delegated tasks\n• Have an open mind to learning new things and embracing change\n• Employees are required to complete any and all training material provided to ensure full understanding of our menu and deliver excellent customer service.\n• Ensure all items are dated and following First in First Out (FIFO) standards\n• Weigh, grind, or pack coffee beans for guests according to their specifications\n• Operate the POS system ensuring accuracy of cash drops and authenticity of bills\n• Consistently able to execute tasks with efficiency and grace while maintaining a sense of urgency throughout service\n• Perform other duties as required or assigned\n\nPhysical Requirements\n• Ability to exert well-paced mobility for up to 8 hours, including standing, walking, bending, and squatting\n• Regularly lift and move up to 30 lbs (Coffee bags, milk crates, paper goods, etc.)\n• Must be able to work all operational hours\n• Fast-paced movements are required to go from one part of the space to others\n\nQualifications:\n• Knowledgeable and enthusiastic about coffee, tea, and drink preparation\n• Outstanding communication and guest service skills\n• 1+ year barista experience on an automatic espresso machine preferred\n• Good problem-solving techniques and ability to do so with pace, empathy, and sometimes under pressure\n• Ability to perform simple mathematical calculations and follow directions for all production\n• Must be able to provide proof of the right to live and work in the country\n\nWe appreciate all applications, but only those selected for an interview will be contacted.\n\nELOREA is an equal opportunity employer. We celebrate diversity and are committed to creating an inclusive environment for all employees.\n\n$20 + per hour based on qualifications",
        job_highlights: [
            {
                title: "Qualifications",
                items: [
                    "Ability to exert well-paced mobility for up to 8 hours, including standing, walking, bending, and squatting",
                    "Regularly lift and move up to 30 lbs (Coffee bags, milk crates, paper goods, etc.)",
                    "Fast-paced movements are required to go from one part of the space to others",
                    "Knowledgeable and enthusiastic about coffee, tea, and drink preparation",
                    "Outstanding communication and guest service skills",
                    "Good problem-solving techniques and ability to do so with pace, empathy, and sometimes under pressure",
                    "Ability to perform simple mathematical calculations and follow directions for all production",
                    "Must be able to provide proof of the right to live and work in the country",
                ],
            },
            {
                title: "Benefits",
                items: ["$20 + per hour based on qualifications"],
            },
            {
                title: "Responsibilities",
                items: [
                    "Prepare specialty coffee and espresso beverages, including latte art",
                    "Maintain beverage safety and cleanliness standards by completing delegated tasks",
                    "Have an open mind to learning new things and embracing change",
                    "Employees are required to complete any and all training material provided to ensure full understanding of our menu and deliver excellent customer service",
                    "Ensure all items are dated and following First in First Out (FIFO) standards",
                    "Weigh, grind, or pack coffee beans for guests according to their specifications",
                    "Operate the POS system ensuring accuracy of cash drops and authenticity of bills",
                    "Consistently able to execute tasks with efficiency and grace while maintaining a sense of urgency throughout service",
                    "Perform other duties as required or assigned",
                    "Must be able to work all operational hours",
                ],
            },
        ],
        apply_options: [
            {
                title: "ELOREA",
                link: "https://elorea.com/pages/barista?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "City Boy Coffee",
                link: "https://cityboycoffee.com/job/1552/?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "ZipRecruiter",
                link: "https://www.ziprecruiter.com/c/maman-tribeca/Job/Barista/-in-New-York,NY?jid=22fda8e6ce901534&utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "Hcareers",
                link: "https://www.hcareers.com/jobs/4175739-barista?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "Paylocity",
                link: "https://recruiting.paylocity.com/recruiting/jobs/Details/2086506/B6001Test/Barista?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "7shifts Jobs",
                link: "https://jobs.7shifts.com/87e785a7-4825-46d7-81ec-61251a7d0bcb?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "Hospitality Online",
                link: "https://www.hospitalityonline.com/jobs/4178845-barista?utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
            {
                title: "Culinary Agents",
                link: "https://culinaryagents.com/jobs/589351-Barista?ad_id=641470&client_id=CA-IN-RELATEDJOBS17&widget_name=job-detail&utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
            },
        ],
        job_id: "eyJqb2JfdGl0bGUiOiJCQVJJU1RBIiwiY29tcGFueV9uYW1lIjoiRUxPUkVBIiwiYWRkcmVzc19jaXR5IjoiTmV3IFlvcmssIE5ZIiwiaHRpZG9jaWQiOiJ5WkZDekhNUzhDOHVLOTlYQUFBQUFBPT0iLCJobCI6ImVuIn0=",
    }
