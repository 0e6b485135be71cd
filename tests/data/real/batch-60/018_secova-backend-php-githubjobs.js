  {
    id: 5,
    title: 'Backend Softwareentwickler (PHP, MySQL)',
    time: 'Full Time',
    place: 'Rheine',
    url:
      'https://jobs.github.com/positions/c5d617bd-9d91-4b44-bee4-204692362fd4',
    logo:
      'https://jobs.github.com/rails/active_storage/blobs/eyJfcmFpbHMiOnsibWVzc2FnZSI6IkJBaHBBcitpIiwiZXhwIjpudWxsLCJwdXIiOiJibG9iX2lkIn19--cd55391f359908c073a395c4b5c73dc15cf8a6fb/secova%20GmbH%20&%20Co.%20KG.png',
    description:
      'Wir von secova entwickeln und vertreiben die browserbasierte EHS Software sam® sowie die dazu passende Companion-App der sam®-EHS-Manager und den noch jüngeren Part sam®-vr. Der weltweit immer wichtigere Bereich Arbeitsschutz, Umweltschutz und Qualitätsmanagement wird für Unternehmen mit unseren System einfacher, sicherer und effizienter. Compliance lautet mittlerweile ein beliebtes Schlagwort dazu. Schon über 2,6 Millionen Anwender arbeiten mit unserer Lösung… und täglich werden es mehr. …und genau darum freuen wir uns bei secova über weitere Teammitglieder – Nämlich DICH! Wenn Du noch etwas mehr über uns erfahren möchtest...',
    apply:
      'https://t.gohiring.com/h/11196d7e7f6496b5a2c70733895a7e175eba5740ab16b77037e5eba4148ef1ef',
  },
