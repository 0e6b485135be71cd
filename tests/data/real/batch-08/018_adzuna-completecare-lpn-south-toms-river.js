{
      salary_is_predicted: "0",
      redirect_url:
        "https://www.adzuna.com/details/4996628700?utm_medium=api&utm_source=9ab21b1f",
      longitude: -74.21988,
      latitude: 39.97194,
      salary_max: 84760,
      __CLASS__: "Adzuna::API::Response::Job",
      description:
        "Complete Care at Arbors - Complete Care at Arbors prioritizes work-life balance and long-term career success. Let\u2019s talk about everything we offer beyond just a sign-on bonus Licensed Practical Nurse-LPN- $32.00 - $40.75/hr, depending on eligibility Benefits: Full-time, Part-time & Per diem shift opportunities available Medical, dental, vision, life insurance, 401(K) and PTO for full time employees. Shift differential / weekend differential Daily Pay option Tuition reimbursement (Up to $2,500 p\u2026",
      created: "2025-01-03T10:17:23Z",
      category: {
        tag: "healthcare-nursing-jobs",
        label: "Healthcare & Nursing Jobs",
        __CLASS__: "Adzuna::API::Response::Category",
      },
      title: "Licensed Practical Nurse LPN",
      id: "4996628700",
      adref:
        "eyJhbGciOiJIUzI1NiJ9.eyJpIjoiNDk5NjYyODcwMCIsInMiOiJvakFqd1NBaThCR2tpU2ZSM0xXQ2V3In0.AU3I7bHmBMzAkBS_pqtNAxwBTl-BQepy-ikO0oW9xQo",
      salary_min: 66560,
      location: {
        area: ["US", "New Jersey", "Ocean County", "South Toms River"],
        display_name: "South Toms River, Ocean County",
        __CLASS__: "Adzuna::API::Response::Location",
      },
      company: {
        display_name: "Complete Care at Arbors",
        __CLASS__: "Adzuna::API::Response::Company",
      },
    }