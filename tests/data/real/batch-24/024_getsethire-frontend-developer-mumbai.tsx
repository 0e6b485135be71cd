
let jobs = [
    {
        "title": "Apply Now : Frontend Developer",
        "employerName": "Getsethire.co",
        "description": "Job Title : Front-End Developer\n\nLocation : Mumbai\n\nExperience : Any experience level / Freshers can apply\n\nSalary : ₹25,000 – ₹90,000 per month\n\nJob Description :\n\nWe are looking for a talented and passionate Front-End Developer to join our team in Mumbai. The ideal candidate should have a keen eye for design, strong technical skills, and the ability to create responsive, high-performing, and user-friendly web interfaces. You will work closely with designers and backend developers to bring ideas to life.\n\nResponsibilities :\n• Develop responsive and interactive user interfaces for web applications.\n• Convert UI / UX designs and wireframes into functional components.\n• Optimize applications for speed, performance, and scalability.\n• Collaborate with backend developers to integrate APIs and data services.\n• Write clean, maintainable, and reusable code.\n• Test, debug, and ensure cross-browser compatibility.\n• Stay updated with the latest front-end technologies and trends.\n\nRequirements :\n• Any graduate or fresher with a passion for front-end development.\n• Knowledge or experience with HTML, CSS, JavaScript, and TypeScript.\n• Familiarity with React.js, Next.js, or Angular / Vue.js frameworks.\n• Understanding of REST APIs and integration methods.\n• Basic knowledge of Git version control.\n• Awareness of responsive design, cross-browser compatibility, and SEO best practices.\n• Good communication skills and a strong eye for detail.\n\nPerks & Benefits :\n• Competitive salary and performance-based incentives.\n• Opportunities for learning and professional growth.\n• Supportive and creative work environment.\n\nHow to Apply :\n\nApply directly through our job portal\n\nhttps : / / www.getsethire.co /\n\nor send your resume to\n\nhiring@getsethire.co",
        "requirements": null,
        "location": "Mumbai, Maharashtra, India",
        "salary": null,
        "employmentType": "Full-time",
        "applyLink": "https://in.talent.com/view?id=6be003ca91fe&utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
        "responsibilities": null
    },
