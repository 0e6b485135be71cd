import { faPaw } from "@fortawesome/free-solid-svg-icons";
import Layout from "components/Layout";
import Head from "next/head";
import { Button } from "ui";

export default function LeadNurseListing() {
  return (
    <Layout>
      <Head>
        <title>Careers with MoVET</title>
      </Head>
      <section className="flex flex-col items-center justify-center sm:max-w-screen-lg mx-4 sm:mx-auto text-center mt-8 mb-20 lg:px-20 bg-white rounded-xl p-4 sm:p-8">
        <h2 className="text-2xl mb-4">Lead Veterinary Nurse / Technician</h2>
        <div className="w-full text-left">
          <h4 className="mt-12 mb-2 text-base font-extrabold text-left">
            Experienced Veterinary Nurse to join exciting new veterinary
            startup!
          </h4>
          <p>
            Join MoVET for a unique opportunity to be a part of the senior
            leadership team and grow with an exciting new local, female run
            veterinary startup at the ground level! Under policy direction from
            the Chief Veterinary Officer (CVO), the Lead Veterinary Nurse will
            supervise administrative activities related to the clinic providing
            quality patient care and excellent client education. The Lead
            Veterinary Nurse will help set and review standard operating
            procedures (SOP) for nurses, be responsible for direct on-the-job
            training for new hires, and help supervise the nursing medical team
            within the Veterinary Services department. This position will
            initially work intimately with the Administration and CVO then plan
            to grow into supervising a team of technicians, assistants, and
            volunteers.
          </p>
          <p>REPORTS TO: Chief Veterinary Officer (CVO)</p>
          <h4 className="mt-8 mb-2 text-base font-extrabold text-left">
            Education & Experience Requirements:
          </h4>
          <p>
            High School diploma required. Bachelor&apos;s degree from accredited
            college or university preferred but not required; or two-three years
            related experience as a technician in a leadership/ management role
            and/or training; or equivalent combination of education and
            experience. Must demonstrate desire to continue learning in
            veterinary medicine, care and office skills. Certification is not a
            requirement.
          </p>
          <h4 className="mt-8 mb-2 text-base font-extrabold text-left">
            Required Technology Skills:
          </h4>
          <p>
            <span className="italic font-extrabold">
              Proficiency with technology is a must.
            </span>{" "}
            Ability to quickly grasp and master technology advancements in
            computer performance / electronic methods of veterinary care and
            practice as our practice is highly technical. Clients use our{" "}
            <a
              href="https://movetcare.com/get-the-app"
              target="_blank"
              rel="noreferrer"
              className="hover:underline ease-in-out duration-500 text-movet-brown italic"
            >
              mobile app
            </a>{" "}
            for scheduling appointments which is integrated into our medical
            record system called{" "}
            <a
              href="https://www.provet.cloud/"
              target="_blank"
              rel="noreferrer"
              className="hover:underline ease-in-out duration-500 text-movet-brown italic"
            >
              ProVET
            </a>
            . We need someone who can catch on quickly to the new technology and
            medical records software and would enjoy teaching it to other
            members of the team.
          </p>
          <h4 className="mt-8 mb-2 text-base font-extrabold text-left">
            Required Technical Skills:
          </h4>
          <p>
            We&apos;re looking for nurses who are top of their game, with
            impeccable bedside manner, and confident in their technical
            abilities. The company is truly unique and relies heavily on nurse
            teams for in-clinic and home appointments for patient care and
            follow-up. The veterinarian only accompanies if needed for truly
            sick appointments or if clients are establishing care and a VCPR.
          </p>
          <p>
            You will be responsible for the technical abilities you were trained
            for. If you can do a cysto, great, please do one! If you have a
            wealth of knowledge about nutrition for clients, great, please share
            it with them! If you can tell an ear infection from a mile away,
            please work the case up. We want you to feel empowered and excited
            when you come to work everyday. Not sure of something? Don&apos;t
            worry, you&apos;ll have an unbelievably supportive veterinary team
            you can always ask questions and get guidance from.
          </p>
          <p>
            Ability to demonstrate mastery of all routine technician skills and
            independence in using such skills such as:
          </p>
          <ul className="list-disc ml-8 italic my-4">
            <li>Client Communication & Education</li>
            <li>Animal Handling/Catheter Placement/Injections</li>
            <li>Assist Veterinarians/Exam Room Protocol - Start to Finish</li>
            <li>
              Laboratory/Digital Radiography/Ultrasound/Laser Therapy Procedures
            </li>
            <li>Medication Preparation</li>
            <li>Patient Care (Post-Operative or Geriatric)</li>
            <li>Safety Protocols and Cleaning Standards</li>
            <li>
              Open to holistic and alternative medicine & fear free techniques
            </li>
            <li>Capable of lifting minimum 40 lbs.</li>
            <li>
              Any medical issues, such as allergies, that impair abilities to
              work with animals must be controllable through medication or any
              other means.
            </li>
          </ul>
          <p>
            Ability to write routine SOAP reports and correspondence using
            correct english, including spelling, grammar, and punctuation.
            Ability to read and interpret documents such as patient charts,
            vaccine histories, medical labels, safety rules, operating and
            maintenance instructions, and procedure manuals. Ability to speak
            effectively before small groups of customers or employees of the
            hospital. Ability to graciously deal with client complaints and
            billing questions. Ability to successfully communicate with diverse
            personality types.
          </p>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Major Duties
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>
              Candidates must be able to{" "}
              <span className="underline">confidently</span> exhibit a technical
              knowledge of medications / diets / products sold, especially
              nutritional products and demonstrate salesmanship abilities in
              either a clinic or home appointment, as well as in our veterinary
              approved pet boutique. You will work closely with the CVO to make
              sure you&apos;re using the correct company language and sticking
              to the company&apos;s standard operating procedure.
            </li>
            <li>
              Knowledge regarding related federal and state animal health laws
              and regulations including OSHA. Ensure that the business and
              it&apos;s employees are in compliance with regulations. Inform the
              CVO of any regulatory issues.
            </li>
            <li>
              Develop and oversee completion of daily checklists and weekly
              maintenance logs.
            </li>
          </ul>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Personnel
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>
              Work closely with the CVO to encourage productivity while
              maintaining a positive, enthusiastic work environment. Always be
              open to learn more, ability to take direction and critique. Time
              management is necessary to keep nurses and veterinarians on time
              for their appointments.
            </li>
            <li>Direct on-the-job training for new hires.</li>
            <li>
              Make recommendations to the Administration concerning personnel
              matters.
            </li>
            <li>
              Ability to resolve informal employee complaints and assist with
              conflict resolution.
            </li>
            <li>
              Plan, schedule, conduct Technician meetings and maintain meeting
              minutes.
            </li>
            <li>Act as a liaison between Administration and team members.</li>
          </ul>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Client Satisfaction
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>
              Feel comfortable learning and utilizing virtual modalities for
              client telehealth consultations, triage, rechecks, and live
              virtual coaching sessions / training modules for clients (such as
              how to give SQ fluids).
            </li>
            <li>
              Function as a contact person for clients concerning medical
              complaints or problems that the client may be experiencing with
              the clinic or a staff member.
            </li>
            <li>
              Monitor, evaluate, and respond to client communications. And know
              when to forward on to Administration.
            </li>
          </ul>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Inventory
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>Be organized and have a great attention to detail.</li>
            <li>
              Assume responsibility for compiling an inventory order list,
              logging inventory in our practice management software and other
              duties as assigned.
            </li>
            <li>
              Manage and monitor controlled drug logs and inventory levels.
            </li>
            <li>
              Organize, present and/or schedule Lunch and Learns, product
              training sessions, etc.
            </li>
            <li>
              Build friendly, professional relationships with vendor and sales
              representatives. Discuss new products with vendors and sales
              representatives and relay information to veterinarians and the
              Administration.
            </li>
            <li>
              Periodically check pricing across different vendors and present to
              Administration. Ensure costs are updated on a consistent basis in
              practice management software.
            </li>
          </ul>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Other Duties
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>Dependable attendance is required.</li>
            <li>
              Candidates will be responsible for opening the store in the
              morning by 9 am, keeping the self-serve dog wash clean, and
              keeping display counters organized in the veterinary pet-boutique.
              The pharmacy, veterinary boutique, and the self-serve dog wash are
              open (11am to 3pm) on weekends, and would be required to help with
              initially. (The clinic is not open for appointments on the
              weekend.)
            </li>
            <li>
              We are currently a small team. Happily assisting and helping out
              where a hand is needed and filling in when vacant positions arise
              or when hospital flow warrants would be needed for this position.
              We all help each other. Must be outgoing and friendly, with a
              sense of humor, because it&apos;s contagious and impacts our work
              environment if you&apos;re not. Our customers and team members
              will thank you!
            </li>
            <li>Assist Administration or CVO with other duties as needed.</li>
            <li className="italic">
              MUST love pets and have a passion for helping people. Be honest,
              trustworthy, reliable and kind.
            </li>
          </ul>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Job Type
          </h5>
          <p>Full or Part Time</p>
          <h5 className="mt-8 mb-2 text-base font-extrabold text-left">
            Benefits
          </h5>
          <ul className="list-disc ml-8 my-4">
            <li>
              Excellent compensation: $17-$25/hr depending on experience /
              credentials and hours wanting to work.
            </li>
            <li>
              Participate in any employee professional program, Hill&apos;s,
              Royal Canin, JustFoodForPets, Purina, Elanco, Nutramax, etc. for
              significant cost savings.
            </li>
            <li>Pet boutique merchandise discount.</li>
            <li>Scrubs/uniform allotment.</li>
            <li>Personal computer allotment - iPad Pro</li>
            <li>
              Flexible work schedule. Major holidays off. Clinic is closed
              between Christmas and New Years.
            </li>
          </ul>
          <p>
            Looking for a work-life balance? Look no further. No anesthesia, no
            urgent care/emergencies, no clinic appointments on weekends, no
            holidays. Clinic appointments are M-F 9am to 5pm. The pharmacy,
            veterinary boutique, and the self-serve dog wash are open (11am to
            3pm) on weekends, and would be required to help with initially.
          </p>
          <Button
            text="Apply Today"
            icon={faPaw}
            color="black"
            className="self-center mt-8"
            onClick={() =>
              window.open("https://forms.gle/1btXB63xE5RgB9G16", "_blank")
            }
          />
        </div>
      </section>
    </Layout>
  );
}
