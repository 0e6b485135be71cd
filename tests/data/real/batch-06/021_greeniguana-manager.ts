import { IJobListing } from ".";

const manager: IJobListing = {
	slug: 'manager',
	title: 'Manager',
	shortDescription:
		'Green Iguana is seeking a highly motivated and enthusiastic Manager to join our team.',
	longDescription: [
		'The ideal candidate should have proven experience in managing a successful restaurant operation, as well as a passion for continuous learning and growth.',
		'Responsibilities will include overseeing daily operations, leading and training staff, ensuring exceptional customer service, managing finances and inventory, and implementing new processes and procedures to improve performance.',
		'The successful candidate will possess excellent communication and leadership skills, a customer-first mindset, and the ability to effectively handle stressful situations. If you have a passion for the restaurant industry and are ready to take your career to the next level, we want to hear from you!',
	],
	qualifications: [
		'2+ years of restaurant managerial experience',
		'Strong leadership, communication, and interpersonal skills',
		'Ability to train and lead a team',
		'Knowledge of financial management, inventory control, and food safety',
		'Passion for continuous learning and growth',
		'We offer a competitive salary and benefits package, as well as opportunities for career advancement within the company.',
	],
	location: 'St. George, UT',
	pay: '$45k plus bonuses',
};

export default manager;
