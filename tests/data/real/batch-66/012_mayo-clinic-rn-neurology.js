import React from "react";

export const JobDetails = () => {
	return (
		<section className="job-description">
			<div className="job-heading">
				<div className="title-wrapper">
					<h2>Registered Nurse (RN) Day - Outpatient Neurology Lumbar Puncture</h2>
					<span className="job-id job-info"><b>Job ID</b> 152778BR,</span> <span className="job-date job-info"><b>Date posted</b> 05/11/2021</span>
				</div>
				<div className="button-wrapper">
					<a className="button job-apply top" data-job-id="19357358" data-job-organization-id="33647"
					   data-selector-name="job-apply-link" data-page-type="Job" data-page-name="Job Details"
					   data-override-candidate-card="False"
					   href="https://apply.mayoclinic.org/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&amp;partnerid=25309&amp;siteid=5277&amp;jobid=2780368"
					   rel="nofollow" data-apply-mobile="true" data-url-type="0">Apply Now</a>
					<button type="button" className="js-save-job-btn" data-job-id="19357358" data-org-id="33647">Save
						Job
					</button>
					<p>Not ready to apply? <a href="">Join our talent community</a></p>
				</div>
			</div>
			<div className="ats-description">The Outpatient Neurology RN in this position will be working in the lumbar
				puncture clinic where the RN is performing the lumbar puncture. The RN will be working with adult
				patients with neurological concerns. They will be working closely with neurologists in the outpatient
				setting.<br /><br />The registered nurse (RN) is accountable for the coordination of nursing care, including
				direct patient care, patient/family education and transitions of care. The RN supports professional
				nursing practice across practice settings and across the continuum of care to meet the needs of the
				patient and family. The RN will function within the Mayo Clinic Nursing Professional Practice Model,
				which includes accountability for planning, implementing, evaluating and communicating all phases of
				nursing care for assigned patients. The ANA Nursing: Scope and Standards of Practice provide a basis
				for the practice of the RN. The RN provides leadership through activities such as preceptor role,
				informal leadership roles, and quality improvement efforts. The RN delegates patient care according
				to skill level, experience, patient acuity, fiscal accountability, and adequacy of resources. The RN
				possesses excellent communication skills; is skillful in mentoring and teaching; and may participate
				on committees or projects. A subset of employees may be required to drive their personal vehicle as
				a part of the responsibility of their role.
			</div>
			<div className="after-description">
				<a className="button job-apply bottom" data-job-id="19357358" data-job-organization-id="33647"
				   data-selector-name="job-apply-link" data-page-type="Job" data-page-name="Job Details"
				   data-override-candidate-card="False"
				   href="https://apply.mayoclinic.org/TGnewUI/Search/home/HomeWithPreLoad?PageType=JobDetails&amp;partnerid=25309&amp;siteid=5277&amp;jobid=2780368"
				   rel="nofollow" data-apply-mobile="true" data-url-type="0">Apply Now</a>
				<button type="button" className="js-save-job-btn" data-job-id="19357358" data-org-id="33647">Save Job
				</button>
			</div>

		</section>
	)
}