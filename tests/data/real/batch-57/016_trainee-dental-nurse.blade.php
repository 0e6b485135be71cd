@extends('layouts.front')
@section('content')
    <!-- login-form -->
    <section class="Job-detail mt-5">
        <div class="container">
            <div class="row">
                <div class="col-sm-12 text-center">
                    <h4 class="poppin-bold text-blue">Trainee Dental Nurse -EC3R 7NE</h4>
                    <p class="p-date">Published on: <span>17th Jan 2021 1:13</span></p>
                </div>
            </div>
            <div class="job-detail-box mt-2">
                <ul>
                    <li><strong>Employer:</strong> Wisdom Dental Practice</li>
                    <li><strong>Location:</strong> EC3R 7NE</li>
                    <li><strong>Job Title:</strong>Trainee Dental Nurse</li>
                    <li><strong>Salary:</strong>£10 an hour</li>
                    <li><strong>Job Type:</strong>Part-time</li>
                    <li>
                        <strong>Job Description</strong>
                        <p>
                            Trainee dental nurses required for a chain of dental practices.Become a dental nurse today, Speak to our friendly consultant Amanda via phone text or WhatsApp on
                        </p>
                    </li>

                    <li><strong>Requirements:</strong>
                        <p>National Insurance Number, Hep B vaccinated, DBS Check, Previous experience is preferred but not essential as full training is provided</p>
                    </li>
                    <li><strong>Duties:</strong>
                        <p>Sterilisation, infection control, patient reports, patient care, assisting with all clinical procedures, admin and reception duties.</p>
                    </li>
                    <li>
                        <p>Hours available between - 0800-2000 Monday Friday (Weekends half days)</p>
                    </li>
                    <li><strong>Part-time hours:</strong>
                        <p> 16-60 per week</p>
                    </li>
                    <li><strong>Benefits:</strong> Flexible Schedule</li>
                    <li><strong>Schedule:</strong>Monday to Friday Weekends</li>
                    <li><strong>COVID-19 considerations:</strong> Following government guidelines and providing full PPE</li>
                </ul>
            </div>


        </div>
    </section>
    
    @endsection