import { InfoJobsOfferResponse } from '@/lib/infojobs/types'

export const mockedJobsResponse: InfoJobsOfferResponse = {
  currentPage: 1,
  pageSize: 20,
  totalResults: 59130,
  currentResults: 20,
  totalPages: 114,
  availableSortingMethods: [
    'updated-desc'
  ],
  sortBy: 'updated-desc',
  sinceDate: 'ANY',
  items: [
    {
      id: '47e0434c77482299a773e492413c28',
      title: 'Asesor Inmobiliario Tecnocasa  CHAMBERÍ- MONCLOA',
      province: {
        id: 33,
        value: 'Madrid'
      },
      city: 'Madrid',
      link: 'https://www.infojobs.net/madrid/asesor-inmobiliario-tecnocasa-chamberi-moncloa/of-i47e0434c77482299a773e492413c28',
      category: {
        id: 190,
        value: 'Comercial y ventas'
      },
      contractType: {
        id: 1,
        value: 'Indefinido'
      },
      subcategory: {
        id: 3119,
        value: 'Comercial'
      },
      salaryMin: {
        id: 160,
        value: '1.500 €'
      },
      salaryMax: {
        id: 920,
        value: '3.400 €'
      },
      salaryPeriod: {
        id: 2,
        value: 'Bruto/mes'
      },
      experienceMin: {
        id: 1,
        value: 'No Requerida'
      },
      workDay: {
        id: 1,
        value: 'Completa'
      },
      study: {
        id: 20,
        value: 'Educación Secundaria Obligatoria'
      },
      teleworking: {
        id: 1,
        value: 'Presencial'
      },
      published: '2023-05-29T18:12:51.000Z',
      updated: '2023-05-29T18:12:51.000Z',
      author: {
        id: '98565554485153698384852019133542409649',
        privateId: 35118368096,
        name: 'ESTUDIO RONDA DE SEGOVIA',
        uri: 'https://www.infojobs.net/estudio-ronda-de-segovia/em-i98565554485153698384852019133542409649',
        logoUrl: 'https://multimedia.infojobs.net/api/v1/tenants/c7e2b9c1-8480-43b0-ad9e-000c17aa2cbb/domains/718302b6-5343-43d3-a8a3-829dc3da0893/buckets/6f3ab1cc-5920-4f4e-b131-46a4587a0e1f/images/42/42c437a1-d2c6-4567-bf72-df832d1507af?jwt=eyJhbGciOiJSUzI1NiJ9.eyJpYXQiOjE1NTc3MzgyOTgsInJxcyI6IkdFVFxcL3RlbmFudHMvYzdlMmI5YzEtODQ4MC00M2IwLWFkOWUtMDAwYzE3YWEyY2JiL2RvbWFpbnMvNzE4MzAyYjYtNTM0My00M2QzLWE4YTMtODI5ZGMzZGEwODkzL2J1Y2tldHMvNmYzYWIxY2MtNTkyMC00ZjRlLWIxMzEtNDZhNDU4N2EwZTFmL2ltYWdlcy80Mi80MmM0MzdhMS1kMmM2LTQ1NjctYmY3Mi1kZjgzMmQxNTA3YWYiLCJtZXRhZGF0YSI6eyJydWxlIjp7InZlcnNpb24iOiIyMDE2LTEwIiwiYWN0aW9ucyI6W119fX0.nUX1msPiFbnGdlr3IlhSl8huEBcmpD4IwLGFoEe8w7l0SvdTdRIBHggifaoP6KKZ1Dn0wPlvNmsjLeW8d2BCR50VmiQNICtzi5mCVxMeF3nH9UCajKV0xlSCARCPOc1eFgONVhANr47rUJen-ywrlyX0v9DXb-v-wz8dpKxYUZh75ypyTEi7GTVSwkidkkTgwWL0ad0ELk1PUrlaCF2oVB-cfa0uD7lLLahX2m6BXQHpVERmdM2Rd6QpxMtvdMHaxWDP30fKUD-EJlfIrvGlDEOkzNzuz5qac32eOwPV4sh-dz7b7vRsN5JklpXYq8AytKP-lZqyowOXuqSbI1mt0Q&AccessKeyId=d724d9a53d95a810',
        corporateResponsive: false,
        showCorporativeHeader: false
      },
      requirementMin: '',
      bold: false,
      applications: '0',
      subSegment: 23,
      executive: false,
      salaryDescription: '1.500€ - 3.400€ Bruto/mes',
      multiProvince: false,
      urgent: false,
      color: false
    },
  ]
}
