import React from "react"

export default function Barista() {
  return (
    <section id="the-role" className="section--who">
      <div className="mb-8 content lg:mb-16">
        <h2 id="environment" className="title--who">
          <span>Barista / All Rounder</span>
        </h2>
      </div>
      <div className="content">
        <p>
          We are looking for a friendly, vibrant new member of Been Coffee, who
          is ready to join our team and get involved in the day-to-day running
          of the shop.
        </p>
        <ul>
          <li>15 - 25 hours per week</li>
          <li>Between £5.28 and £10.42 p/h depending on age and experience</li>
          <li>Shifts from 6-10 hours</li>
          <li>
            Must be available most weekends
          </li>
          <li>
            Previous hospitality experience a plus, previous coffee shop / cafe
            experience a huge bonus
          </li>
          <li>Food Health & Safety Level 2 certification a bonus</li>
          <li>17+ only</li>
        </ul>
        <p>
          If this sounds of interest to you, drop us an email to{" "}
          <a href="careers@been.coffee">careers@been.coffee</a> with a cover
          note and CV. Some candidates will then be asked in to do a 90 minute
          trial shift.
        </p>
        <p>We look forward to hearing from you.</p>
      </div>
    </section>
  )
}
