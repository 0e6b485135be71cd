export const sevilla = {
  currentPage: 1,
  pageSize: 20,
  totalResults: 1067,
  currentResults: 20,
  totalPages: 54,
  availableSortingMethods: [
    'updated-desc'
  ],
  sortBy: 'updated-desc',
  sinceDate: 'ANY',
  items: [
    {
      id: '51f05bd3054a0aa8834f4e70c322b1',
      title: 'Almacenero/a Conductor/a C1',
      province: {
        id: 43,
        value: 'Sevilla'
      },
      city: 'Sevilla',
      link: 'https://www.infojobs.net/sevilla/almacenero-conductor-c1/of-i51f05bd3054a0aa8834f4e70c322b1',
      category: {
        id: 90,
        value: 'Inmobiliario y construcción'
      },
      contractType: {
        id: 5,
        value: 'Otros contratos'
      },
      subcategory: {
        id: 3062,
        value: 'Oficios de la construcción'
      },
      salaryMin: {
        id: 255,
        value: '15.000 €'
      },
      salaryMax: {
        id: 1270,
        value: '16.000 €'
      },
      salaryPeriod: {
        id: 3,
        value: 'Bruto/año'
      },
      experienceMin: {
        id: 6,
        value: 'Al menos 2 años'
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
      published: '2023-05-29T17:41:43.000Z',
      updated: '2023-05-29T17:41:43.000Z',
      author: {
        id: '391346407d44d58f2e9b3a4e0cd775',
        privateId: 48223423788,
        name: 'RELUX SUMINISTROS PARA LA CONSTRUCCION SL',
        uri: 'https://relux.ofertas-trabajo.infojobs.net',
        logoUrl: 'https://multimedia.infojobs.net/api/v1/tenants/c7e2b9c1-8480-43b0-ad9e-000c17aa2cbb/domains/718302b6-5343-43d3-a8a3-829dc3da0893/buckets/6f3ab1cc-5920-4f4e-b131-46a4587a0e1f/images/33/33522e56-d17b-41a8-a591-72b729960cd2?jwt=eyJhbGciOiJSUzI1NiJ9.eyJpYXQiOjE2ODUzNzYwOTYsInJxcyI6IkdFVFxcL3RlbmFudHMvYzdlMmI5YzEtODQ4MC00M2IwLWFkOWUtMDAwYzE3YWEyY2JiL2RvbWFpbnMvNzE4MzAyYjYtNTM0My00M2QzLWE4YTMtODI5ZGMzZGEwODkzL2J1Y2tldHMvNmYzYWIxY2MtNTkyMC00ZjRlLWIxMzEtNDZhNDU4N2EwZTFmL2ltYWdlcy8zMy8zMzUyMmU1Ni1kMTdiLTQxYTgtYTU5MS03MmI3Mjk5NjBjZDIiLCJtZXRhZGF0YSI6eyJydWxlIjp7InZlcnNpb24iOiIyMDE2LTEwIiwiYWN0aW9ucyI6W119fX0.nbEeXbA1bQuH_KVTrU4w2C2IBlKvv0FkdqAMl2RcEu8KM-qj8HRO7Bh_uA5ygIO103WJ4acpZ_WXnc8ma7xGSlmlh0FWcgcnNBftSjkOkFd5IcovZEayszD40jvA_wsZAasGUkRpw8b1yK03i8b2SgKJxBKlxoZeLJsjcqKS1X2lmTxe2Eda4e8jN8Cltr4S_CrDOa98sZLJlQunAlQ0flz0Mr103BA0-5zgUXf73wN21X9xPpNPw9ubZOT-GRI5uaI9i79YJxzThAuflI6Pyqe7oV8pI9SUiGvRw68iOEcwC4666Y8npjSjSu4pBBr000spH1uEgHyerPdAgn4T3Q&AccessKeyId=d724d9a53d95a810',
        corporateResponsive: false,
        showCorporativeHeader: false
      },
      applications: '0',
      subSegment: 11,
      executive: false,
      salaryDescription: '15.000€ - 16.000€ Bruto/año',
      multiProvince: false,
      urgent: false,
      color: false
    },
