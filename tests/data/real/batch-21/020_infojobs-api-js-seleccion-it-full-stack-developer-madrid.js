// https://api.infojobs.net/api/7/offer/65c35af6c54d7e8243cbea68f5f089

const details = {
    "title": "FULL STACK DEVELOPER WITH FRONTEND,  CLIENTE FINAL, 60K€ EMPRESA ALEMANA",
    "id": "65c35af6c54d7e8243cbea68f5f089",
    "state": 1,
    "creationDate": "2023-05-14T10:55:44.000+0000",
    "updateDate": "2023-05-14T10:55:44.000+0000",
    "city": "Madrid",
    "externalUrlForm": "",
    "blocked": false,
    "applications": 0,
    "province": {
       "id": 33,
       "value": "Madrid"
    },
    "experienceMin": {
       "id": 5,
       "value": "Más de 5 años"
    },
    "category": {
       "id": 150,
       "value": "Informática y telecomunicaciones"
    },
    "subcategory": {
       "id": 3124,
       "value": "Programación"
    },
    "studiesMin": {
       "id": 120,
       "value": "Ingeniería Técnica"
    },
    "residence": {
       "id": 2,
       "value": "Provincia Puesto Vacante"
    },
    "country": {
       "id": 17,
       "value": "España"
    },
    "contractType": {
       "id": 1,
       "value": "Indefinido"
    },
    "journey": {
       "id": 1,
       "value": "Completa"
    },
    "subSegment": 31,
    "profile": {
       "id": "952256524533201740655945055155",
       "name": "SELECCIÓN IT",
       "description": `Somos Compañía Española de Servicios de Recursos Humanos SELECCION-IT.
 
 Empresa de Selección de Técnicos en Informática y Telecomunicaciones. Solo nos dedicamos a las nuevas tecnologías. 
 
 Somos TECNICOS en informática y telecomunicaciones, igual que tú, ayudamos a encontrar  a otros compañeros, puestos de trabajo acordes a los conocimientos, experiencia y potencial de desarrollo de cada uno. 
 
 No hacemos test psicotécnicos, lo que nos importa son  tus conocimientos, experiencia, y lo que quieres hacer en tu vida profesional. Te hacemos la entrevista a cualquier hora, y esté donde estés,  con webcam  y Skype.
 
 Todos nuestros puestos responden a una petición expresa y concreta de algún cliente nuestro, esa es la razón de que en general los requerimientos sean bastante concretos. 
 
 Nuestros puestos son de Informática y Telecomunicaciones, si tienes otra especialidad seguro que encuentras otros puestos mas acordes a tus capacidades en otros anuncios.
 
 POR FAVOR APLICA SOLO A LOS PUESTOS PARA LOS QUE ESTÉS REALMENTE CAPACITADO, NO CONSERVAMOS CVS QUE NO SE AJUSTEN A LOS REQUERIMIENTOS SOLICITADOS. 
 
 NO HACEMOS GESTIONES DE PERMISOS DE TRABAJO NI DE RESIDENCIA.
                                     `,
       "province": {
          "id": 33,
          "value": "Madrid"
       },
       "web": "http://www.seleccion-it.es/",
       "numberWorkers": 10,
       "logoUrl": "https://multimedia.infojobs.net/api/v1/tenants/c7e2b9c1-8480-43b0-ad9e-000c17aa2cbb/domains/718302b6-5343-43d3-a8a3-829dc3da0893/buckets/6f3ab1cc-5920-4f4e-b131-46a4587a0e1f/images/28/289f8d03-294e-4f7a-8be8-6a0750d102ac?jwt=eyJhbGciOiJSUzI1NiJ9.eyJpYXQiOjE1NDE0OTMxMTMsInJxcyI6IkdFVFxcL3RlbmFudHMvYzdlMmI5YzEtODQ4MC00M2IwLWFkOWUtMDAwYzE3YWEyY2JiL2RvbWFpbnMvNzE4MzAyYjYtNTM0My00M2QzLWE4YTMtODI5ZGMzZGEwODkzL2J1Y2tldHMvNmYzYWIxY2MtNTkyMC00ZjRlLWIxMzEtNDZhNDU4N2EwZTFmL2ltYWdlcy8yOC8yODlmOGQwMy0yOTRlLTRmN2EtOGJlOC02YTA3NTBkMTAyYWMiLCJtZXRhZGF0YSI6eyJydWxlIjp7InZlcnNpb24iOiIyMDE2LTEwIiwiYWN0aW9ucyI6W119fX0.doJ4FXa-Fee4nYQ-JBOY7a61Pnxr0bUMblke-J_wfUTMjN0ewwmOkcE5iK9lpB2bGBJ59pKSmjyQ-NN1hWKJQR5Uz7zOQBsm1iwG80He8MAzX0O3bH7y6onltzkiaJKSb6MFXFryXVgKeEMwmiPD2lX2zHfzibq88MvKU7mnnlnNG7LxevsUcRpFYEQsn4NXrHVFZtGHWu1XUi5jkbomgWa5za3Wu6em8Y0u5paiWyITusT5ot7m0aQIP2craL5HlPK5ZukFVMeKdrCYW7GDY7xeH6aF9bm3ekcT_ODepvEyfFyVzHBPIgj_C4SULpr3LX_j7fDY1gyFDxdlck2Cew&AccessKeyId=d724d9a53d95a810",
       "url": "http://www.seleccion-it.es/",
       "corporateWebsiteUrl": "/seleccion-it/em-i952256524533201740655945055155",
       "websiteUrl": "",
       "hidden": false,
       "typeIndustry": {
          "id": 28,
          "value": "Servicios y tecnología de la información"
       },
       "country": {
          "id": 17,
          "value": "España"
       },
       "corporateResponsive": false,
       "showCorporativeHeader": false,
       "clientId": 8600751214,
       "followable": true
    },
    "cityPD": 3533,
    "zipCode": "28001",
    "latitude": 0,
    "longitude": 0,
    "exactLocation": false,
    "department": "INFORMATICA",
    "vacancies": 5,
    "minRequirements": `Estudios en TI, preferiblemente Ingeniería en Informática
 Amplia experiencia en Desarrollo en 
 JavaScript/TypeScript, React, Design Patterns and 
 Automated UI Testing (Cypress or Playwright).
 SCRUM
 DEVOPS
 Jenkins, GitHub Actions
 REST API
 
 Ingles APROX B2 REAL PREFERIBLE C1 
  
 SON PROYECTOS INTERNACIONALES`,
    "description": `Empresa Internacional líder mundial en su sector, para su centro tecnológico en creciente crecimiento  y sito en Madrid Capital precisa. 
 
 Ingeniero informático para 
 FULL STACK DEVELOPER WITH FRONTEND
 
 Se trata de cliente final, no es consultora
 Se requiere un DESARROLLADOR PARA TRABAJAR EN TECNOLOGÍAS PUNTERAS INCLUYENDO  AWS a nivel europeo
 
 Capaz de desarrollar en los entornos más modernos tipo CLOUD
 
 Se ofrece: 
 Contrato indefinido
 Teletrabajo parcial, no es total
 Integración en plantilla
 Trabajo absolutamente estable
 Excelente condiciones laborables
 Salario + bonus +ventajas sociales
 No se descartarán candidaturas por razones salariales siempre que vengan avaladas por conocimientos y experiencia suficientes.",
    "desiredRequirements": "Java / Spring Boot or Node.js
 AWS
 DB (MySQL/relational DBs)
 Se valoran otros idiomas de la Comunidad Europea ESPECIALMENTE EL ALEMÁN`,
    "commissions": "FORMACIÓN PERMANENTE",
    "contractDuration": "Permanente",
    "referenceId": "SENIOR FULL STACK DEVELOPER",
    "detailedStudiesId": 140,
    "studying": false,
    "showPay": true,
    "multiProvince": false,
    "maxPay": {
       "amount": 60000,
       "amountId": 330,
       "periodId": 3,
       "periodValue": "Bruto/año",
       "amountValue": "60.000 €"
    },
    "minPay": {
       "amount": 54000,
       "amountId": 320,
       "periodId": 3,
       "periodValue": "Bruto/año",
       "amountValue": "54.000 €"
    },
    "schedule": "Flexible",
    "jobLevel": {
       "id": 5,
       "value": "Mando intermedio"
    },
    "staffInCharge": {
       "id": 3,
       "value": "6 - 10"
    },
    "hasKillerQuestions": 1,
    "hasOpenQuestions": 1,
    "upsellings": {
       "highlightHomeMonth": false,
       "highlightHomeWeek": false,
       "highlightSubcategory": true,
       "highlightLogo": false,
       "highlightColor": false,
       "highlightUrgent": false,
       "highlightStandingOffer": false
    },
    "epreselec": false,
    "fiscalAddress": "javier del quinto 8, 28043 madrid, MADRID, España",
    "shouldAskExportConsent": true,
    "exportConsentName": "::8600751214",
    "link": "https://www.infojobs.net/madrid/full-stack-developer-with-frontend-cliente-final-60k-empresa-alemana/of-i65c35af6c54d7e8243cbea68f5f089",
    "active": true,
    "archived": false,
    "deleted": false,
    "disponibleForFullVisualization": true,
    "availableForVisualization": true,
    "skillsList": [
       {
          "skill": "Estrategia"
       },
       {
          "skill": "Integración"
       }
    ],
    "salaryDescription": "54.000€ - 60.000€ Bruto/año"
 }
