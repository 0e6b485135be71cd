// Vacature data
export const vacatures: Record<string, any> = {
  'monteur-werktuigbouw-vekoma': {
    title: 'Monteur Werktuigbouw',
    bedrijf: 'Vekoma',
    locatie: 'Vlopdrop',
    type: 'Fulltime',
    uren: '40 uur per week',
    salaris: '€2.800 - €3.500 p.m.',
    sector: 'Techniek',
    beschrijving: 'Voor onze opdrachtgever Vekoma, wereldleider in het ontwerpen en bouwen van achtbanen en attracties, zijn wij op zoek naar een ervaren Monteur Werktuigbouw. In deze functie ben je verantwoordelijk voor de assemblage, installatie en onderhoud van complexe attracties.',
    taken: [
      'Assemblage van mechanische componenten voor attracties',
      'Onderhoud en reparatie van bestaande installaties',
      'Lezen en interpreteren van technische tekeningen',
      'Kwaliteitscontrole van uitgevoerde werkzaamheden',
      'Samenwerken met engineers en projectleiders'
    ],
    eisen: [
      'MBO niveau 3-4 Werktuigbouwkunde',
      'Minimaal 2 jaar werkervaring in een vergelijkbare functie',
      'Technisch inzicht en probleemoplossend vermogen',
      'Bereidheid tot reizen (national/internationaal)',
      'Goede communicatie in Nederlands en Engels'
    ],
    aanbod: [
      'Marktconform salaris tussen €2.800 - €3.500',
      'Uitdagende projecten wereldwijd',
      'Opleidingsmogelijkheden en doorgroeikansen',
      'Reiskostenvergoeding',
      '25 vakantiedagen + ADV dagen'
    ]
  }
}

