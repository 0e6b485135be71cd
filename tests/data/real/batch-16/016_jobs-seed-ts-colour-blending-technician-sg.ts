export var jobs = [
  {
    "success": true,
    "result": [
      {
        "JobID": 2,
        "JobTitle": "Aerospace Colour Blending Technician (MNC, WEST)",
        "JobDescription": "",
        "JobQualification": "<ul><li>Min Nitec holder</li><li>Min 3 years of experience in color matching/ blending in the Automotive/ Marine/ Aerospace industry</li><li>Able to work under minimal supervision and possesses initiative</li><li>Fast learner and has a positive attitude and good interpersonal skills</li><li>Basic PC knowledge skills is a must.</li></ul>",
        "JobPostDate": null,
        "JobPostalCode": "048583",
        "JobAddress": "One Raffles Quay North Tower Level 25 Singapore",
        "Industries": [
          {
            "IndustryName": "Aerospace / Aviation"
          }
        ],
        "JobFunctions": [
          {
            "JobFunctionName": "Manufacturing / Production / Engineering"
          }
        ],
        "JobType": {
          "JobType": "Full Time"
        },
        "Company": {
          "CompanyName": "P'nnacle Pte Ltd",
          "CompanyAddress": "One Raffles Quay North Tower Level 25 Singapore",
          "CompanyPostalCode": "048583"
        },
        "Salary": {
          "SalaryFrom": 2500,
          "SalaryTo": 2650,
          "Currency": {
            "CurrencyCode": "SGD",
            "Symbol": "$"
          }
        },
        "Country": {
          "CountryName": "Singapore"
        },
        "isBookmarked": false
      },
    ]
  }
]