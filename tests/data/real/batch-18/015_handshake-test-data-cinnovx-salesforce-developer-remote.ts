export const remoteData = {
  id: '10119675',
  title: 'Salesforce Developer',
  description:
    '<p>Salesforce Developer</p><p>More details&nbsp;</p><p>https://jobs.gusto.com/postings/cinnovx-salesforce-developer-6e4c6c31-3872-4569-ad7c-fe4acb919e8c</p>',
  createdAt: '2025-08-07T02:48:31+07:00',
  expirationDate: '2026-02-06T21:00:00+07:00',
  employer: {
    id: '1035748',
    name: 'Cinnovx',
    logo: null,
  },
  locations: [],
  salaryRange: {
    min: 8500000,
    max: 9500000,
    currency: 'USD',
    paySchedule: {
      name: 'Annual Salary',
    },
  },
  jobType: {
    id: '9',
    name: 'Job',
  },
  employmentType: {
    id: '1',
    name: 'Full-Time',
  },
  workStudy: false,
  remote: true,
};
