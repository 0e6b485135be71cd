export const jobs = [
  {
    title: "Director, Server Engineering",
    company: "Marco Polo",
    desc: "We're currently seeking a Director of Server Engineering to lead our Server and DevOps engineers in building and maintaining world-class products that help people feel close. A great candidate for this role is a strong people manager who has experience leading embedded teams of engineers and excels planning,  prioritizing, and managing costs. They will be responsible for running our live service, ensuring our code base and security is solid, and making sure that we have strong operational practices that enable these embedded engineers to  maximize their impact. This is a manager-doer role: 75% of of the time will be managing individuals and the larger team; 25% will be individual contributor work.",
    location: "Remote",
    salary: "$200,000 - $250,000 per year",
    listing:
      "https://jobs.lever.co/marcopolo/f41e379c-9a03-48f1-bfad-3f3600237adc",
    date: "2022-08-20",
  },
];
