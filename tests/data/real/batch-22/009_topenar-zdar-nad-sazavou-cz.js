  {
    id: 9,
    slug: 'topenar-montazni-pracovnik-zdar-nad-sazavou',
    title: 'Topenář, montážní pracovník',
    division: 'TZB',
    location: 'Žďár nad Sázavou',
    perex: 'Realizace zakázek TZB.',
    duties: ['Realizace zakázek TZB'],
    requirements: ['SŠ/SOU instalatér, topenář', 'Znalosti svařování vítány', 'Odpovědnost', 'Flexibilita', 'ŘP sk. B'],
    offers: ['Práce na zajímavých projektech', 'Stabilní zaměstnání', 'Možnost zaučení a rozvoje', 'Získání osvědčení TIČR', 'Dobré ohodnocení', '5 týdnů dovolené', 'Benefity'],
    contact: { name: 'Ing. Tereza Böhmová', phone: '545 423 222', email: 'tereza.bohmova@uchytil.eu' }
