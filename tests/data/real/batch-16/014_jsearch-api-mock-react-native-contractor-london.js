const fakeData = {
  status: "OK",
  request_id: "4609b652-4ce6-4fae-ab96-e42caa97a875",
  parameters: {
    query: "javascript developer in uk",
    page: 1,
    num_pages: 1,
  },
  data: [
    {
      employer_name: "Infoplus Technologies UK Limited",
      employer_logo:
        "https://encrypted-tbn0.gstatic.com/images?q=tbn:ANd9GcSw8Q0N5b9AWbjlAlXggGY1XrMO8JlhwjyvzWrV&s=0",
      employer_website: "http://www.infoplusltd.co.uk",
      job_publisher: "LinkedIn",
      job_employment_type: "CONTRACTOR",
      job_title: "Javascript Developer (React Native)",
      job_apply_link:
        "https://uk.linkedin.com/jobs/view/javascript-developer-react-native-at-infoplus-technologies-uk-limited-3772581178",
      job_apply_quality_score: 0.7572,
      job_description:
        "Role: Developer – ReactNative\n\nLocation: London (2 days at Office)\n\nRate : 350 /day Inside IR35\n\nRate is negotiable (Depend upon Experience)\n\nRequired Technical Skills\n\n• Experience in building mobile application with at least 3+ years in ReactNative framework.\n\n• Firm grasp of the JavaScript and TypeScript and its nuances, including ES6+ syntax\n\n• Should be aware of state management framework such as Redux and middleware\n\nintegration options.\n\n• Aware of the challenges with Cross Platform development in terms of managing single\n\ncodebase, integration\n\n• of native SDK, Plugin version management, performance issues.\n\n• Familiarity withnative tools such as Android Studio, XCode, etc that are needed for cross\n\nplatform development.\n\n• Any prior experience in setting upNative Bridge would be an additional advantage.\n\n• Experience with Jest or Mocha for unit testing.\n\n• Should have integrated with various backend systems using SOAP/REST Web Services and should be\n\nfamiliar with session management on the client side for API integration.",
      job_is_remote: false,
      job_posted_at_timestamp: 1700842006,
      job_city: null,
      job_state: null,
      job_country: "GB",
    },
  ],
};
