import contact0 from '../contact/data';

import branch0 from '../branch/data';

module.exports = {
  id: 'P053750',
  functionName: 'Productiemedewerker',
  subTitle: 'Kom jij bij ons meedraaien in de fabriek?',
  intro: 'Wil jij je carrière een boost geven als productiemedewerker bij deze absolute marktleider? '
        + 'Als productiemedewerker ben jij dagelijks verantwoordelijk voor zorgen dat de productie draaiende blijft. '
        + 'Jij zorgt er voor dat alle producten gereed staan zodat de productie snel kan beginnen! Als productiemedewerker '
        + 'kom jij te werken in een 2-ploegendienst en kan jij tot €2600,- bruto per maand gaan verdienen! Enthousiast? '
        + 'Lees snel verder!',
  location: 'omgeving Oldenzaal',
  hours: '40 uur',
  salary: {
    min: 1900,
    max: 2100,
    avg: 2000,
    string: '€ 1.900 - 2.100',
  },
  employmentType: 'Tijdelijk met uitzicht op vast',
  sector: 'keramische industrie',
  educationLevel: 'lbo vmbo mavo',
  shifttype: 'dagdienst',
  tasks: [
    'Bedienen, ombouwen en afstellen van de verschillende productielijnen.',
    '(Klein) onderhoud uitvoeren aan de machines.',
    'De technische dienst ondersteunen bij grotere onderhoudswerkzaamheden of storingen.',
    'De voorgang van het proces bewaken en ingrijpen bij afwijkingen.',
    '(Preventieve) controlewerkzaamheden uitvoeren aan de machines.',
    'Productiegegevens rapporteren.',
  ],
  requirements: [
    'Je hebt kennis van H.A.C.C.P.',
    'Je beschikt over ervaring als operator, bij voorkeur in de voedingsmiddelelen.',
    'Je hebt een afgeronde (operator) opleiding op minimaal mbo niveau 3.',
    'Je bent leergierig en wilt jezelf verder doorontwikkelen.',
    'Je kunt zowel zelfstandig als in teamverband werken.',
  ],
  terms: [
    'Een uitstekend salaris, inclusief ploegentoeslag van 30.8%.',
    'Werken met nieuwe technologie in de voedingsmiddelen.',
    'Ruimte voor zelfontwikkeling.',
    'Reiskostenvergoeding.',
    'Werken in de 5-ploegen.',
  ],
  contact: contact0,
  branch: branch0,
};
