export const jobAdDetailsMock = {
  "id": "1b174cee-e221-11e8-b8c9-005056ac086d",
  "createdTime": "2018-11-07T01:07:25.111",
  "updatedTime": "2018-11-07T01:07:25.111",
  "status": "PUBLISHED_PUBLIC",
  "sourceSystem": "EXTERN",
  "externalReference": null,
  "stellennummerEgov": null,
  "stellennummerAvam": null,
  "fingerprint": "7cb3f42379df52fb7c22a44c27399c3177bd99d20b0f6283b7b4049bc52206560d596b971f736a8a",
  "reportingObligation": false,
  "reportingObligationEndDate": null,
  "reportToAvam": false,
  "jobCenterCode": null,
  "approvalDate": null,
  "rejectionDate": null,
  "rejectionCode": null,
  "rejectionReason": null,
  "cancellationDate": null,
  "cancellationCode": null,
  "jobContent": {
    "externalUrl": "https://www.six-group.com/de/home/careers/jobs/information-technology/4876339.html",
    "numberOfJobs": null,
    "jobDescriptions": [
      {
        "languageIsoCode": "de",
        "title": "Engineer Java/JEE Historization of Market Data",
        "description": "Main duties \n-Design and development of Java/JEE applications\n-Renewal, further development and maintenance of the historization applications\n-Participate and help to drive DevOps topics such as enhancing the CI/CD pipeline, (test-) automation as well as \nimproving the agile process\n-Taking over maintenance responsibility for 1-2 applications\n-Troubleshooting and 3rd level support\n-Standby Duty Your profile \n-Higher education in information technology (university degree or equivalent)\n-At least 4 years of relevant working experience as software engineer\n-Knowledge in Java, JEE, Spring, Web Services, Databases\n-Knowledge of Linux\n-Experience with Docker, Salt or similar config management tools is a big plus\n-Initiative and result-driven attitude with sense for quality\n-Communicative, team-oriented personality\n-Very good written and spoken German and English skills\n\nIf you have any questions, please call Myrtha Patané-Reist +41 58 399 38 56.\n\nWe only accept online direct applications.Myrtha Patané-Reist\nHuman Resources\n+41 58 399 38 56\n\nBewerben"
      }
    ],
    "company": {
      "name": "SIX Group AG",
      "street": null,
      "houseNumber": null,
      "postalCode": null,
      "city": null,
      "countryIsoCode": null,
      "postOfficeBoxNumber": null,
      "postOfficeBoxPostalCode": null,
      "postOfficeBoxCity": null,
      "phone": null,
      "email": null,
      "website": null,
      "surrogate": false
    },
    "employment": {
      "startDate": null,
      "endDate": null,
      "shortEmployment": false,
      "immediately": false,
      "permanent": true,
      "workloadPercentageMin": "100",
      "workloadPercentageMax": "100",
      "workForms": []
    },
    "location": {
      "remarks": null,
      "city": "Zürich",
      "postalCode": null,
      "communalCode": null,
      "regionCode": null,
      "cantonCode": null,
      "countryIsoCode": "CH",
      "coordinates": null
    },
    "occupations": [
      {
        "avamOccupationCode": "68913",
        "workExperience": null,
        "educationCode": null
      }
    ],
    "languageSkills": [
      {
        "languageIsoCode": "en",
        "spokenLevel": null,
        "writtenLevel": null
      },
      {
        "languageIsoCode": "de",
        "spokenLevel": null,
        "writtenLevel": null
      }
    ],
    "applyChannel": null,
    "publicContact": null
  },
  "publication": {
    "startDate": "2018-11-06",
    "endDate": "2019-01-05",
    "euresDisplay": false,
    "euresAnonymous": false,
    "publicDisplay": true,
    "restrictedDisplay": true,
    "companyAnonymous": false
  }
};
