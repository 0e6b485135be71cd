import './JobListing23.css'

export default function JobListing23() {
  return (
    <div className="job-listing">
      <div className="navbar">
        <div className="logo">
          <img className="logo-1" src="assets/vectors/Unknown" />
          <span className="flowbite">
          JobEZ
          </span>
        </div>
        <div className="nav-links">
          <div className="link">
            <span className="text-1">
            Job Seekers
            </span>
          </div>
          <div className="link-1">
            <span className="text-2">
            Employers
            </span>
          </div>
          <div className="link-2">
            <span className="text-3">
            Contact Us
            </span>
          </div>
        </div>
        <div className="cta">
          <div className="button-2">
            <span className="text-4">
            Log in
            </span>
          </div>
        </div>
      </div>
      <div className="container">
        <div className="avatar">
          <span className="ph">
          PH
          </span>
        </div>
        <div className="frame-427318936">
          <div className="button">
            <span className="text-5">
            Save
            </span>
          </div>
          <div className="button-1">
            <span className="text-6">
            Apply externally
            </span>
          </div>
        </div>
      </div>
      <div className="title">
        <div className="compass-coffee-655-new-york-ave-nw">
        Compass Coffee - 655 New York Ave NW
        </div>
        <span className="barista">
        Barista
        </span>
      </div>
      <div className="container-1">
        <div className="badge">
          <div className="dollar">
            <img className="vector-9" src="assets/vectors/Unknown" />
          </div>
          <span className="text">
          19/hr
          </span>
        </div>
        <div className="badge-1">
          <span className="text-7">
          On-site
          </span>
        </div>
        <div className="badge-2">
          <span className="text-8">
          Full-time
          </span>
        </div>
        <div className="badge-3">
          <span className="text-9">
          Entry level
          </span>
        </div>
      </div>
      <div className="rectangle-3358">
      </div>
      <span className="as-acompass-barista-you-will-create-awelcoming-atmosphere-and-provide-legendary-customer-service-seek-opportunities-to-engage-and-connect-with-customers-craft-drinks-that-uphold-the-quality-standards-our-customers-expect-from-us-taste-coffee-every-day-to-expand-your-palette-and-coffee-knowledge-support-your-fellow-team-members-in-upholding-our-mission-follow-cleaning-standards-to-ensure-our-cafes-are-fresh-clean-and-safe-continue-to-learn-and-growtraining-is-continuous-in-every-role-youll-make-agreat-barista-if-you-are-acoffee-lover-that-includes-drinking-it-making-it-and-talking-about-it-able-to-learn-quickly-and-are-excited-to-learn-more-about-coffee-able-to-understand-and-carry-out-oral-and-written-instructions-and-request-clarification-when-needed-able-to-demonstrate-strong-interpersonal-skills-able-to-work-as-part-of-ateam-able-to-build-relationships-and-converse-with-all-types-of-customers-energized-by-afast-paced-environment-aproblem-solver-someone-that-looks-for-ways-to-help-your-team-and-customers-receptive-to-feedback-excited-to-continue-your-coffee-journey-at-compassthe-opportunities-ahead-are-endless-summary-of-experience-no-previous-experience-required-basic-qualifications-maintain-regular-and-consistent-attendance-and-punctuality-with-or-without-reasonable-accommodation-available-to-work-flexible-hours-that-may-include-early-mornings-evenings-weekends-nights-andor-holidays-uphold-cafe-operational-standards-engage-with-and-understand-our-customers-including-discovering-and-responding-to-customer-needs-through-clear-and-pleasant-communication-prepare-food-and-drinks-to-standard-or-customized-customer-requests-available-to-perform-many-different-tasks-within-the-cafe-during-each-shift-the-pay-range-for-this-role-is-1719-usd-per-hour-pi-237304385">
      As a Compass Barista, You Will<br />
      <br />
      Create a welcoming atmosphere, and provide legendary customer service<br />
      Seek opportunities to engage and connect with customers<br />
      Craft drinks that uphold the quality standards our customers expect from us<br />
      Taste coffee every day to expand your palette and coffee knowledge<br />
      Support your fellow team members in upholding our mission<br />
      Follow cleaning standards to ensure our cafes are fresh, clean and safe<br />
      Continue to learn and grow—training is continuous in every role<br />
      <br />
      You&#34;ll make a great barista if you are:<br />
      <br />
      A coffee lover! That includes drinking it, making it and talking about it<br />
      Able to learn quickly, and are excited to learn more about coffee<br />
      Able to understand and carry out oral and written instructions and request clarification when needed<br />
      Able to demonstrate strong interpersonal skills<br />
      Able to work as part of a team<br />
      Able to build relationships and converse with all types of customers<br />
      Energized by a fast-paced environment<br />
      A problem solver, someone that looks for ways to help your team and customers<br />
      Receptive to feedback<br />
      Excited to continue your coffee journey at Compass—the opportunities ahead are endless<br />
      <br />
      <br />
      Summary of Experience<br />
      <br />
      No previous experience required <br />
      <br />
      <br />
      Basic Qualifications<br />
      <br />
      Maintain regular and consistent attendance and punctuality, with or without reasonable accommodation<br />
      Available to work flexible hours that may include early mornings, evenings, weekends, nights and/or holidays<br />
      Uphold cafe operational standards<br />
      Engage with and understand our customers, including discovering and responding to customer needs through clear and pleasant communication<br />
      Prepare food and drinks to standard or customized customer requests<br />
      Available to perform many different tasks within the cafe during each shift<br />
      <br />
      <br />
      The Pay Range For This Role Is<br />
      <br />
      17 - 19 USD per hour<br />
      <br />
      PI237304385
      </span>
    </div>
  )
}