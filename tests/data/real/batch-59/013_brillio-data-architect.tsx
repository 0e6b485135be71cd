{
  applyUrl: "https://jobs.lever.co/brillio-2/b3ded03a-67a0-427f-84f1-61e678b72ba0",
  companyName: "Brillio",
  companyLogo: "/images/Brillio.png",
  location: "United States",
  jobTitle: "Data Architect - R01549535",
  jobType: "Hybrid",
  jobCategory: "Data",
  mainDescription: `Job Title: Data Architect – R01549535
Location: Edison, New Jersey (Hybrid – 3 days onsite/week in Plainsboro)
Department: Data and AI – Data Engineering
Employment Type: Full-Time

🧠 Role Overview
Brillio is hiring a Lead Data Engineer to architect and optimize data integration solutions for its Life Sciences practice. This role blends technical excellence in ETL and data warehousing with strategic consulting, enabling business stakeholders to unlock value through data. You’ll lead a team, drive migration to Snowflake, and collaborate across functions to deliver scalable, high-performance solutions.

🔧 Key Responsibilities
- Design and optimize ETL workflows using Informatica PowerCenter and IICS
- Architect scalable solutions on Snowflake Data Warehouse
- Build dimensional data models and define performance thresholds
- Act as a strategic advisor to stakeholders, translating business needs into data solutions
- Lead data migration from legacy systems to Snowflake
- Deliver technical documentation and executive-level presentations
- Guide a team of data engineers through complex integration efforts

✅ Required Qualifications
- 8+ years in data engineering and ETL development
- Advanced SQL skills and performance tuning experience
- Hands-on expertise with Informatica PowerCenter and IICS
- Proven experience with Snowflake architecture and optimization
- Strong foundation in dimensional modeling and data warehouse design
- Pharma domain experience with IQVIA, Komodo, and VEEVA datasets (preferred)
- Excellent communication, stakeholder engagement, and project leadership skills

🌟 Preferred Qualifications
- SnowPro certification
- Experience writing business process and technical documentation
- Consultative mindset with ability to influence cross-functional teams

💰 Compensation & Benefits
- Salary: $130,000 – $140,000 USD
- Great Place to Work® certified employer
- Opportunities to work on cutting-edge digital and AI projects
- Career development and leadership opportunities
`,
  status: "approved",
  isFeatured: true,
  requirements: "",
  submittedDate: new Date().toISOString(),
  id: "data-architect-r01549535-in-brillio-at-united-states-united-states"
}
