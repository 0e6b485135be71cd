import { IPosition } from ".";

export const manager: IPosition = {
	slug: "manager",
	title: "Manager",
    pay: '$45k Salary',
	shortDescription:
		"The Restaurant Manager is responsible for the overall operation of the restaurant, including overseeing the front-of-house and back-of-house teams, ensuring exceptional customer service, managing finances, and maintaining high standards for quality, service, and cleanliness. This role requires strong leadership, organizational, and interpersonal skills, as well as a passion for the hospitality industry.",
	responsibilities: [
		"Oversee the front-of-house and back-of-house teams, including hiring, training, and managing employees",
        "Ensure that all guests receive exceptional customer service and that their needs are met in a timely and professional manner",
        "Develop and implement systems to increase efficiency, profitability, and guest satisfaction",
        "Ensure that all food and drink items are prepared to company standards and presented in an attractive manner",
        "Manage the restaurant's finances, including budgeting, forecasting, and controlling costs",
        "Implement and maintain high standards for cleanliness and sanitation in the restaurant",
        "Develop and maintain strong relationships with suppliers, customers, and community partners",
        "Respond to customer complaints or concerns in a professional and timely manner",
        "Manage the scheduling and staffing of the restaurant, ensuring that all shifts are fully staffed",
        "Other duties as assigned",
	],
	requirements: [
		"Prior restaurant management experience is preferred",
        "Excellent leadership and interpersonal skills",
        "Strong organizational and time management skills",
        "Ability to multitask and work in a fast-paced environment",
        "Ability to work well under pressure and handle customer complaints effectively",
        "Excellent communication skills, both verbal and written",
        "Ability to maintain a high level of confidentiality",
        "Must be able to stand for long periods and lift heavy items",
	],
	closing:
		"We offer competitive pay and benefits, a supportive and positive work environment, and opportunities for growth and advancement. If you are a motivated and driven individual with a passion for the hospitality industry, we want to hear from you!",
};
