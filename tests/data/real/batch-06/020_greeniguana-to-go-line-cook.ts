import { IJobListing } from ".";

const togolinecook: IJobListing = {
	slug: 'togolinecook',
	title: 'To Go Line Cook',
	shortDescription:
    'Green Iguana is seeking a To Go Line Cook to join our team',
	longDescription: [
		'The ideal candidate will be responsible for preparing high-quality Mexican cuisine for customers to enjoy on the go.',
		'Responsibilities include accurately following recipes, preparing ingredients, cooking menu items, and ensuring food quality and presentation. Additionally, the To Go Line Cook will be responsible for following food safety and sanitation guidelines, maintaining a clean and organized work area, and communicating effectively with customers and team members.',
		'The successful candidate will have experience in a fast-paced kitchen, a passion for cooking, and a commitment to providing excellent customer service.',
	],
	qualifications: [
		'Cooking experience in a fast-paced kitchen environment',
        'Good organizational and time management skills',
        'Ability to accurately follow recipes and maintain quality standards',
        'Excellent communication skills',
        'Basic food safety and sanitation knowledge',
	],
	location: 'St. George, UT',
	pay: '$12 hourly plus Tips (Average hourly earning $16 & up)',
};

export default togolinecook;
