  {
    slug: "104727-remote-digital-project-manager-series-eight",
    id: "104727",
    epoch: "1625032871",
    date: "2021-06-30T06:01:11+00:00",
    company: "Series Eight",
    company_logo:
      "https://remoteOK.io/assets/jobs/8887e5101f76f38cea515a81692c89f61625032871.png",
    position: "Digital Project Manager",
    tags: [
      "project manager",
      "digital",
      "coordination",
      "client services",
      "trello",
      "asana",
      "account management",
      "exec"
    ],
    logo: "https://remoteOK.io/assets/jobs/8887e5101f76f38cea515a81692c89f61625032871.png",
    description:
      "Founded in London, UK, Series Eight is a remote, award winning digital agency. We\u00e2\u0080\u0099re looking for a full-time Digital Project Manager to join our growing 20 person team. You\u00e2\u0080\u0099ll be leading project management tasks from briefing to launch on our brand, website and e-commerce projects.\n\n## Responsibilities\n\n* Manage projects full-cycle, ensuring they are delivered within scope, on time and within budget, to our quality standards\n* Convert client briefs into detailed and accurate project summaries, deliverables and roadmaps, constantly monitoring and keeping up to date\n* Brief the internal team and coordinate their tasks\n* Ensure the team understand their deliverables and keep everyone on track and motivated \n* Facilitate discussion, decision making and problem solving\n* Collaborate with internal stakeholders on project status \n* Organise internal and client meeting agendas, taking efficient meeting notes\n* Identify project risks, acting proactively to solve any issues\n* Organise internal and external project off boarding calls\n* Be analytical with existing processes to see where we can improve \n* Nurture client relationships by making sure they always feel listened to, supported and updated\n\n## Requirements\n\n* 3-5 years experience of digital project management \n* Articulate in written and verbal communication\n* A people\u00e2\u0080\u0099s person\n* Proficient in project management and time tracking tools\n* Ability to multitask and work on complex, technical projects\n* Extremely detail orientated with a high level of organisation\n\n## The mindset\n\n* Proactive in the face of a challenge\n* Calm and collected under pressure\n* Confident on the front line\n*  Have initiative; seek out what\u00e2\u0080\u0099s needed to be done and act on it\n* A positive can-do attitude and constantly enthusiastic to do better\n* Passionate about the work we produce\n\n## Perks \n\n* Be part of a highly talented, lovely and fun team\n* Work in a stable and growing company\n* Work remotely\n* Time for personal projects on Fridays\n* Culture of learning and development\n* Annual team meet ups\n* Pension (UK Team)\n* Long Christmas Holidays \u00f0\u009f\u008e\u0084\n* 28 days paid holiday\n* Apple Hardware",
    location: "UK, Europe",
    original: true,
    url: "https://remoteOK.io/remote-jobs/104727-remote-digital-project-manager-series-eight",
    apply_url:
      "https://remoteOK.io/remote-jobs/104727-remote-digital-project-manager-series-eight"
  }
