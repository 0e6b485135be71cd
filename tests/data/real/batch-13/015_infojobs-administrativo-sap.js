    {
      id: 'fede2e5e70442f8cbbb69242b11361',
      title: 'Administrativo/a con SAP (Inglés alto)',
      province: {
        id: 33,
        value: 'Madrid'
      },
      city: 'Madrid',
      link: 'https://www.infojobs.net/madrid/administrativo-con-sap-ingles-alto/of-ifede2e5e70442f8cbbb69242b11361',
      category: {
        id: 10,
        value: 'Administración de empresas'
      },
      contractType: {
        id: 1,
        value: 'Indefinido'
      },
      subcategory: {
        id: 3002,
        value: 'Consultoría'
      },
      salaryMin: {
        id: 0,
        value: ''
      },
      salaryMax: {
        id: 0,
        value: ''
      },
      salaryPeriod: {
        id: 0,
        value: ''
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
        id: 125,
        value: 'Grado'
      },
      teleworking: {
        id: 3,
        value: 'Híbrido'
      },
      published: '2023-05-26T07:23:58.000Z',
      updated: '2023-05-29T16:30:06.000Z',
      author: {
        id: '969553524526202550753214855098',
        privateId: 48505675,
        name: 'Grant Thornton',
        uri: 'https://grant-thornton.ofertas-trabajo.infojobs.net',
        logoUrl: 'https://multimedia.infojobs.net/api/v1/tenants/c7e2b9c1-8480-43b0-ad9e-000c17aa2cbb/domains/718302b6-5343-43d3-a8a3-829dc3da0893/buckets/6f3ab1cc-5920-4f4e-b131-46a4587a0e1f/images/98/98b50e4e-6906-4b52-a4e2-3be7a911ab80?jwt=eyJhbGciOiJSUzI1NiJ9.eyJpYXQiOjE2NjQ1MzA4NDIsInJxcyI6IkdFVFxcL3RlbmFudHMvYzdlMmI5YzEtODQ4MC00M2IwLWFkOWUtMDAwYzE3YWEyY2JiL2RvbWFpbnMvNzE4MzAyYjYtNTM0My00M2QzLWE4YTMtODI5ZGMzZGEwODkzL2J1Y2tldHMvNmYzYWIxY2MtNTkyMC00ZjRlLWIxMzEtNDZhNDU4N2EwZTFmL2ltYWdlcy85OC85OGI1MGU0ZS02OTA2LTRiNTItYTRlMi0zYmU3YTkxMWFiODAiLCJtZXRhZGF0YSI6eyJydWxlIjp7InZlcnNpb24iOiIyMDE2LTEwIiwiYWN0aW9ucyI6W119fX0.HuSyCj3tRkL2m-w6d72WiGF6x882sdRf3BO_O9nnmcgdXdorcKC6aS_E0o7UNaWeqce_ZZFN0wJOZYYi4DYM8hJdwuKCAtVMQ5T2rpi3VueNQ5wSnS8ot2vcEmn0T6QE493Ctwj7J-shUCfPXN1VurUfS67fxigQ9y1kNxY3PdOEcIPLGild2dwxjx4FLF5EEWxSJKTnKH6-qbUrasKcXbnqrIFqUzCBynd3ugJHW7KtObC0VcP9C6Oo8g3Y8v0YdTqFrZA7vDfm7QuY3swxXKUoMvtz7GNOUw1JU-ivWDJVKNhMQXVSpQEh4QVLTaGyElG42iuu3vN11ruTa4dnEA&AccessKeyId=d724d9a53d95a810',
        corporateResponsive: false,
        showCorporativeHeader: false
      },
      applications: '0',
      subSegment: 22,
      executive: false,
      salaryDescription: 'Salario no disponible',
      multiProvince: false,
      urgent: false,
      color: false
    },
