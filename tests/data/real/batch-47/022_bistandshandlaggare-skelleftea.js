const jobs = [
  {
    id: 3,
    title: 'Biståndshandläggare',
    profession: 'Vård och omsorg',
    company: 'Skellefteå Kommun',
    picture: './images/Bistandshandlaggare.jpg',
    area: 'Skellefteå',
    iconDescription: 'hybrid',
    percentajeJob: 100,
    jobbDescription:
      'Som Biståndshandläggare kommer du att utreda och handlägga ansökningar enligt Socialtjänstlagen. Arbetet innebär även samarbete med andra funktioner inom socialtjänsten samt med myndigheter och annan huvudman.',
    experience:
      'Vi söker dig som har Socionomexamen eller annan lämplig högskoleutbildning samt har goda kunskaper i Socialtjänstlagen.',
    aboutUs:
      'Socialkontorets medarbetare ger vård, omsorg och stöd till människor i hela Skellefteå. De kan vara äldre, människor med fysisk eller psykisk funktionsnedsättning eller enskilda och familjer i behov av särskilt stöd under en period.Vår verksamhet finns runt om i hela kommunen och hos oss finns specialister inom flera områden inom vård, omsorg, kost, stöd och aktivering för funktionsnedsatta, missbruksvård, familjerådgivning och mycket mer.',
    contactPerson: {
      contactNamn: 'Jeanette Nilsson',
      contactTitle: 'Chef Beslutensheten',
      contactTelefon: '0910 - 73 50 00',
      contactEmail: '',
    },
    lastDate: '2023/3/31',
  },
