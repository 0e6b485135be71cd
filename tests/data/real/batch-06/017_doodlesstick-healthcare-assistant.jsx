import ApplyNow from "./ApplyNow";

export default function HealthCareAssistant() {
  return (
    <div className="container">
      <div className="info">
        <div className="flex justify-between">
          <p className="title">
            Healthcare Assistant
          </p>
          <ApplyNow />
        </div>
        <div className="content">
          <p>
            We are inviting applications for a highly motivated and dynamic Health Care
            Assistant to join Doodles stick Limited.
          </p>
          <p>
            This service will provide care to
            patients within a range of settings including patients own homes and residential care homes
          </p>
          <p>Are you a carer looking for work centrally in Northamptonshire?</p>
          <p>Are you a carer who isn’t being paid a competitive and deserving rate?</p>
          <p>If you answer yes to these questions, then why not consider a career Doodles Stick Limited. We have plenty of work / Shifts available.</p>
          <p>We offer a competitive pay rate of £12 to £16 per hour.</p>
        </div>
        <p className="subtitle">
          Additional Benefits
        </p>
        <div className="content">
          <ul className="list">
            <li>Additional shifts - your choice to supplement income.</li>
            <li>Practical training.</li>
            <li>Blue Light Card.</li>
            <li>Training</li>
            <li>Development</li>
          </ul>
        </div>
        <p className="subtitle">The Role</p>
        <div className="content">
          <ul className="list">
            <li>Deliver personal care to supported individuals.</li>
            <li>Work as part of a team or independently to supported individuals in their own homes.</li>
            <li>Medication management</li>
            <li>Social visits.</li>
            <li>Meal support</li>
            <li>Cleaning</li>
            <li>Driver a bonus on salary.</li>
            <li>Please note that Doodles stick does not offer sponsorship.</li>
            <li>In line with Care Inspectorate regulations, we require and will undertake Enhanced PVG, Right to Work, Reference and Employment History checks in line with Government guidelines for this role and safer recruitment best practice
            </li>
          </ul>
          <p>
            Whilst we endeavor to keep the recruitment process as short as
            possible, due to the nature of these important checks there may be
            extension to timelines.
          </p>
          <p>
            All our clients are equally entitled to have their needs met in a safe, fair,
            and balanced way. Doodles stick Care colleagues are responsible for
            promoting Equal Opportunities for all and for challenging any behavior
            or practice which discriminates against any client or colleague on the
            grounds of race, religion, disability, age, gender, sexual orientation,
            identity or any other perceived difference.
          </p>
          <p>
            By submitting your details, you acknowledge that Doodles Stick Ltd is
            collecting, processing, and using your personal data for managing your
            application and establishing an applicant database. For more
            information, please visit our Applicant Policy
          </p>
        </div>
      </div>
    </div>
  )
}
