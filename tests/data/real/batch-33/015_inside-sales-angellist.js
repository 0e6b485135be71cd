module.exports = {
  "jobs": [
    {
      "id": 57266,
      "title": "Inside Sales Consultant",
      "created_at": "2015-03-16T21:27:27Z",
      "updated_at": "2016-07-01T16:48:06Z",
      "equity_cliff": "0.0",
      "equity_min": "0.0",
      "equity_max": "0.03",
      "equity_vest": "2.0",
      "currency_code": "USD",
      "job_type": "full-time",
      "salary_min": 50000,
      "salary_max": 100000,
      "tags": [
        {
          "id": 16278,
          "tag_type": "SkillTag",
          "name": "sales",
          "display_name": "Sales",
          "angellist_url": "https://angel.co/sales-1"
        },
        {
          "id": 17587,
          "tag_type": "SkillTag",
          "name": "social media marketing",
          "display_name": "Social Media Marketing",
          "angellist_url": "https://angel.co/social-media-marketing-1"
        },
        {
          "id": 23989,
          "tag_type": "SkillTag",
          "name": "sales and marketing",
          "display_name": "Sales and Marketing",
          "angellist_url": "https://angel.co/sales-and-marketing-2"
        },
        {
          "id": 30039,
          "tag_type": "SkillTag",
          "name": "cold calling",
          "display_name": "Cold Calling",
          "angellist_url": "https://angel.co/cold-calling"
        },
        {
          "id": 111206,
          "tag_type": "SkillTag",
          "name": "Sales Force",
          "display_name": "Sales Force",
          "angellist_url": "https://angel.co/sales-force"
        },
        {
          "id": 1617,
          "tag_type": "LocationTag",
          "name": "austin",
          "display_name": "Austin",
          "angellist_url": "https://angel.co/austin"
        },
        {
          "id": 80488,
          "tag_type": "RoleTag",
          "name": "sales",
          "display_name": "Sales",
          "angellist_url": "https://angel.co/sales-2"
        }
      ],
      "remote_ok": false
    }
  ],
  "total": 484,
  "per_page": 50,
  "page": 1,
  "last_page": 10
}