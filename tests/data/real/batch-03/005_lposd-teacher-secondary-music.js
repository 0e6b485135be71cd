export const description =
  "Facilitates student understanding and application of concepts consistent with Idaho Content Standards through direct instruction, modeling, and encouragement of student participation in learning. Supports students in meeting academic and personal goals.\n\nGENERAL INFO\n\nTeacher - Secondary Music at Sandpoint High ";

export const items = [
  "Possession of, or ability to obtain, Idaho Teaching Credential with endorsement for related subject area",
  "Ability to work effectively with students, staff, parents/guardians and other stakeholders",
  "Ability to utilize classroom instructional technology",
  "Applicants who do not currently hold an Idaho Administrator Credential are encouraged to contact the Idaho State Department of Education for certification requirements",
];

export const jobs = {
  title: "TEACHER SECONDARY MUSIC .60",
  companyName: "Lake Pend Oreille School District",
  location: "Idaho",
  via: "Indeed",
  description:
    "Job Posting ID: 178\n\nLocation(s): SANDPOINT HIGH SCHOOL\n\nEmployment Type: Full Time\n\nJob Type: CERTIFIED\n\nPosted Date: 08/29/2025\n\nDeadline: 09/02/2025\n\nPay: $49,138.00 - $71,018.00\n\nHours per Day: 8:00:00\n\nSUMMARY\n\nFacilitates student understanding and application of concepts consistent with Idaho Content Standards through direct instruction, modeling, and encouragement of student participation in learning. Supports students in meeting academic and personal goals.\n\nGENERAL INFO\n\nTeacher - Secondary Music at Sandpoint High School\n\nTeaching is more than just a job; you will be an integral part of each student's success as an individual! Join our team of dedicated professionals who provide quality education to all students.\n\nThere are stipends available for education levels at Doctorate Degree and National Board Certification.\n\nQUALIFICATIONS\n\nMinimum Qualifications\n\nPossession of, or ability to obtain, Idaho Teaching Credential with endorsement for related subject area.\n\nAbility to work effectively with students, staff, parents/guardians and other stakeholders.\n\nAbility to utilize classroom instructional technology\n\nJOB DESCRIPTION\n\n. Applicants who do not currently hold an Idaho Administrator Credential are encouraged to contact the Idaho State Department of Education for certification requirements.\n\nBENEFITS\n\nMedical, Dental and Vision Insurance plans\n\n$50,000 Term Life Insurance\n\nEmployee Assistance Program\n\nPaid time off for sick and personal leave\n\nPERSI defined benefit retirement plan\n\nLPOSD is the ONLY school district in Idaho to offer Paid Maternity and Paternity Leave.\n\nNew teachers to LPOSD are paired with a Mentor Teacher during your first year of employment, assisting you in establishing yourself in the profession and the District. Instructional Coaches are available to all Teachers for curriculum implementation, and Professional Development is routinely available.\n\nLPOSD is well supported by the community, and there are many parents and other community members who regularly volunteer in our schools. Find out more about some of the great things that are happening in our District by visiting our District website.\n\nDISCLOSURES\n\nLake Pend Oreille School District reserves the right to close this position prior to the posted Application Deadline at its discretion.\n\nLPOSD will accord a preference to employment of veterans of the U.S. Armed Services in accord with provisions of Idaho Code 65-503 or its successor. In the event of equal qualifications for an available position, a veteran or family member who qualifies for preference pursuant to Idaho Code 65-503 or its successor will be employed.\n\nLPOSD is an Equal Opportunity Employer. All qualified applicants receive consideration for employment without regard to race, color, religion, national origin, sex, age, veteran status, sexual orientation or the presence of any disability.",
  jobHighlights: [
    {
      title: "Qualifications",
      items: [
        "Possession of, or ability to obtain, Idaho Teaching Credential with endorsement for related subject area",
        "Ability to work effectively with students, staff, parents/guardians and other stakeholders",
        "Ability to utilize classroom instructional technology",
        "Applicants who do not currently hold an Idaho Administrator Credential are encouraged to contact the Idaho State Department of Education for certification requirements",
      ],
    },
    {
      title: "Benefits",
      items: [
        "Pay: $49,138.00 - $71,018.00",
        "Hours per Day: 8:00:00",
        "There are stipends available for education levels at Doctorate Degree and National Board Certification",
        "Medical, Dental and Vision Insurance plans",
        "$50,000 Term Life Insurance",
        "Employee Assistance Program",
        "Paid time off for sick and personal leave",
        "PERSI defined benefit retirement plan",
        "LPOSD is the ONLY school district in Idaho to offer Paid Maternity and Paternity Leave",
        "New teachers to LPOSD are paired with a Mentor Teacher during your first year of employment, assisting you in establishing yourself in the profession and the District",
        "Instructional Coaches are available to all Teachers for curriculum implementation, and Professional Development is routinely available",
      ],
    },
    {
      title: "Responsibilities",
      items: [
        "Facilitates student understanding and application of concepts consistent with Idaho Content Standards through direct instruction, modeling, and encouragement of student participation in learning",
        "Supports students in meeting academic and personal goals",
      ],
    },
  ],
  metadata: {
    postedAt: "3 days ago",
    scheduleType: "Full-time",
    salary: "49,138–71,018 a year",
  },
  extras: ["health_insurance", "paid_time_off", "dental_coverage"],
  applyLink: [
    {
      title: "Indeed",
      link: "https://www.indeed.com/viewjob?jk=247d0184b7adface&utm_campaign=google_jobs_apply&utm_source=google_jobs_apply&utm_medium=organic",
    },
  ],
  logo: null,
};
