const data = [
	{
		"title": "Developer | Typescript/SpringBoot/Go",
		"url": "https://www.stepstone.de/stellenangebote--Developer-Typescript-SpringBoot-Go-Team-Artikeldetailseite-w-m-d-Hamburg-Otto-GmbH-Co-KG--7441794-inline.html",
		"skills": " Viel Erfahrung mit HTML, CSS, JavaScript, TypeScript Kenntnisse von Reverse Proxies wie Varnish oder Nginx Erfahrungen mit Jest oder anderen Testrunnern sowie TestCafe oder anderen End2End-Testing-Frameworks Kenntnisse von WebService-Frameworks wie Express.js oder SpringBoot Erfahrung im Umgang mit mindestens einem Module Bundler (Webpack, Rollup etc.) Erfahrung in mindestens einer Templatesprache (Handlebars, Thymeleaf etc.)"
	}
];

export default JSON.stringify(data);