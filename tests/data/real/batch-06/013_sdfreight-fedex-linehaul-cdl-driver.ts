// jobListings.ts

import { JobListing } from "../interfaces/Careers";

// Define job listings data
export const jobListings: JobListing[] = [
    {
		title: "FedEx Linehaul Class A CDL Driver",
		description:
            `
                <p>
                    Are you a skilled Class A CDL Driver seeking stability and a rewarding career?
                    Join SD Freight Corp, a leading transportation company that provides exceptional services.
                    We are hiring dedicated and professional drivers to operate Class A CDL vehicles for our No Touch Freight routes,
                    offering Home Daily opportunities with attractive bonuses and health benefits.
                </p>
                <p>
                    <strong>Position Details:</strong>
                    <ul>
                        <li>Night Dispatch from the Marietta, GA Terminal</li>
                        <li>Assigned runs with 2100+ mileage weekly</li>
                        <li>Solo Driving!</li>
                        <li>Home Daily!</li>
                        <li>100% No Touch Freight with NO DOCK WORK!</li>
                        <li>Drop and Hook</li>
                    </ul>
                </p>
                <p>
                    <strong>Solo Driver Pay & Benefits:</strong>
                    <ul>
                        <li>$0.55 CPM (cents per mile)</li>
                        <li>Yearly Bonuses</li>
                        <li>Health Insurance</li>
                        <li>Paid Training</li>
                        <li>$600 Sign-On Bonus After 90 Days</li>
                    </ul>
                </p>
                <p>
                    <strong>Responsibilities:</strong>
                    <ul>
                        <li>Executing all duties in compliance with company policies, federal, state, and local regulations for safe commercial motor vehicle operations.</li>
                        <li>Maintaining accurate records required for compliance, including duty status, mileage, and other relevant information.</li>
                        <li>To ensure safety and compliance, you will conduct pre-and post-trip inspections on vehicles and trailers.</li>
                        <li>You will follow reporting procedures for accidents, injuries, or vehicle defects.</li>
                        <li>Complying with appropriate company safety procedures, wearing required PPE, and ensuring safety are top priorities.</li>
                        <li>You will handle all necessary truck operation and freight movement paperwork accurately.</li>
                    </ul>
                </p>
                <p>
                    <strong>Requirements:</strong>
                    <ul>
                        <li>Three years of Class A CDL driving experience (Preferred).</li>
                        <li>Minimum of 1 year of verifiable Tractor-Trailer driving experience in the last three years.</li>
                        <li>Clean Motor Vehicle Record: No accidents or tickets in the past three years. No At-Fault Fatality Accidents ever.</li>
                        <li>Must be 21 years of age or older.</li>
                        <li>Must hold a valid Medical Card.</li>
                        <li>Complete Background Check.</li>
                        <li>Proficiency in driving manual transmission vehicles.</li>
                        <li>Registration with FMCSA clearinghouse.</li>
                        <li>You understand Electronic Logging Device requirements, GPS systems, and map reading skills.</li>
                    </ul>
                </p>
                <p>
                    <strong>Compensation & Benefits:</strong>
                    <ul>
                        <li>Comprehensive benefits package, including Medical, Dental, and Vision coverage for employees, spouses, dependents, and family.</li>
                        <li>Company-paid Life Insurance and Short/Long-Term Disability Insurance.</li>
                        <li>401k Retirement Program with a robust company match.</li>
                        <li>Bonuses and additional perks include flexible work arrangements and discounts on various products and services.</li>
                    </ul>
                </p>
                <p>
                    This is a full-time position, and we are excited to welcome skilled and motivated individuals to join our growing team at SD Freight Corp.
                    If you are interested, please apply and take the first step towards an exciting career with us.
                    <strong>Note:</strong> This document is for recruitment purposes and is subject to change.
                    It does not constitute an offer or contract. The terms and conditions of employment will be specified in the official employment agreement upon successful hiring.
                </p>
            `,
		location: "Marietta, GA",
    },
];