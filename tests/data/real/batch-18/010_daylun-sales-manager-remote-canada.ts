import type { Job } from "./types";

const JOBS: Job[] = [
  {
    id: "sales-manager-001",
    title: "Sales Manager, Go-to-market",
    department: "Product",
    location: "Remote",
    employmentType: "Full-time",
    description: "We are seeking an experienced Sales Manager to lead customer acquisition and sales strategy for Daylun’s automated housing solutions. This role focuses on building relationships with decision-makers in construction, development, and government procurement, while educating them on how modular, automated production can improve project timelines, quality, and cost predictability. You will be the primary driver of sales growth, leveraging your industry network to open doors and your communication skills to close deals. While our headquarters team will support you with technical information, you will own the customer relationship from first contact to signed contract. This role can be remote anywhere in Canada, with occasional travel to Whitehorse and client sites.",
    responsibilities: [
      "Identify and develop new business opportunities with builders, developers, and government agencies.",
      "Leverage existing industry connections to create and expand our customer pipeline.",
      "Present and explain Daylun’s modular panel solutions in a way that resonates with both technical and non-technical stakeholders.",
      "Work closely with leadership to develop pricing models, proposals, and sales strategies.",
      "Negotiate contracts and manage the end-to-end sales process.",
      "Maintain regular communication with customers to ensure satisfaction and identify follow-on opportunities.",
      "Provide market feedback to inform product offerings and production planning.",
    ],
    requirements: [
      "5+ years of experience in construction sales, business development, or related roles.",
      "Established network of industry contacts in residential or commercial construction.",
      "Proven track record of securing and managing large contracts.",
      "Excellent communication, presentation, and negotiation skills.",
      "Ability to work independently, manage your own pipeline, and deliver results.",
      "Proficiency with basic computer tools (email, spreadsheets, CRM systems).",
    ],
    applyUrl: "https://airtable.com/appfLsOONQQwlfUDR/pagYevsCbnEbBWNHV/form",
  },
]

export default JOBS;

/* Blank copy for new job postings
  {
    id: "",
    title: "",
    department: "",
    location: "",
    employmentType: "",
    description: "",
    responsibilities: [
      "",
    ],
    requirements: [
      "",
    ],
    applyUrl: "",
  },
  */