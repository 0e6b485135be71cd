//     {
//         "additionalPlain": "Important Note: US Work Authorization is mandatory for this position\n",
//         "additional": "<div><b>Important Note:</b>&nbsp;US Work Authorization is mandatory for this position</div>",
//         "categories": {
//             "commitment": "Contract",
//             "department": "Adroit",
//             "location": "San Francisco, CA",
//             "team": "Human Resources"
//         },
//         "createdAt": 1581524452006,
//         "description": "",
//         "descriptionPlain": "",
//         "id": "73eada17-a4d9-4ef8-a364-c59563ad0461",
//         "lists": [
//             {
//                 "text": "Job Description:",
//                 "content": "<li>Understand and follow the Non-Merchandise Procurement Policy</li><li>Educating stakeholders as needed</li><li>Balance speed and urgency with cost savings in vendor negotiations</li><li>Manage and execute sourcing strategies for specific categories through technical/functional knowledge</li><li>Understanding of key strategic sourcing functions (supplier selection, market intelligence, business partner management, contract management, negotiations, SRM, etc.)</li><li>Build and strengthen business partner relationships</li><li>Develop category knowledge and regularly leverage industry experts, associations, peers and stakeholders to identify and benchmark best practices</li><li>Achieve defined category performance targets</li><li>Leverage influencing skills to align objectives and targets with stakeholders</li>"
//             }
//         ],
//         "text": "Category Manager (Strategic Sourcing)",
//         "hostedUrl": "https://jobs.lever.co/nisum/73eada17-a4d9-4ef8-a364-c59563ad0461",
//         "applyUrl": "https://jobs.lever.co/nisum/73eada17-a4d9-4ef8-a364-c59563ad0461/apply"
//     }
