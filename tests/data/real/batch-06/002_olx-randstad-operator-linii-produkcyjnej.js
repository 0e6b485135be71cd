{
      id: "pl_887509000",
      user_id: "pl_74006062",
      user_uuid: "1245ad24-f7b7-4f70-a38c-b71ae5876fc2",
      country: "",
      category_id: 1754,
      status: "active",
      title: "operator linii produkcyjnej",
      description:
        "<p>Szukasz pierwszej pracy lub chcesz coś zmienić?</p><p>Masz zdolności manualne?</p><p>Posiadasz uprawnienia UDT na magazyn, ale nie posiadasz doświadczenia? Nic straconego! </p><p><strong>Aplikuj do nas</strong>!<strong> Wszystkiego Cię nauczymy</strong>!</p><p>Poszukujemy pracowników na stanowiska: pracownik/-ca linii produkcyjnej / pomocnik magazyniera/ magazynier z UDT</p><p>Oferujemy przyzakładowy<strong> dojazd pracowniczy!</strong></p><p> </p><p>Lokalizacja miejsca pracy: NIEPOŁOMICE</p><p><strong>oferujemy</strong></p><ul><li>wynagrodzenie dla operatora linii produkcyjnej  oraz pomocnika magazyniera:<strong> 4400 zł brutto podstawa + do 200 zł brutto premii</strong></li><li>wynagrodzenie dla magazyniera z UDT<strong> ok 6200 brutto z dodatkami</strong></li><li>umowę o pracę tymczasową (płatne składki ZUS, urlop)</li><li>możliwość zatrudnienia bezpośrednio u Klienta po okresie próbnym</li><li>pracę na III zmiany 6:00-14:00, 14:00-22:00, 22:00-6:00 (ewentualnie II zmiany 6:00- 18:00, 18:00- 6:00 (praca według grafiku np. 2 dni pracy, 2 dni wolnego - do tego systemu 700 zł brutto dodatku) </li><li>możliwość dojazdu przyzakładowym autobusem z miejscowości: Skała, Kraków, Szczurowa, Rzezawa, Bochnia, Działoszyce, Skalbmierz, Kazimierza Wielka, Proszowice, Nowe Brzesko, Chobot, Wola Batorska</li><li>pakiet benefitów(opieka medyczna, pakiet sportowy)</li></ul><p><strong>zadania</strong></p><ul><li>praca przy linii produkcyjnej- produkcja silniczków do części samochodowych</li><li>prace manualne</li><li>montaż podzespołów</li><li>magazyn: załadunek i rozładunek towaru, obsługa wózka widłowego, bieżąca obsługa linii produkcyjnej, dbałość o porządek na magazynie</li></ul><p><strong>oczekujemy</strong></p><ul><li>dyspozycyjności do pracy w systemie zmianowym, również w zmianach nocnych</li><li>chęci do pracy i  długotrwałej współpracy</li><li>mile widziane uprawnienia UDT na magazyn, ale nie wymagane</li></ul><p>Agencja zatrudnienia – nr wpisu 47</p><p><em>ta oferta pracy przeznaczona jest dla osób powyżej 18 roku życia</em></p>",
      url: "https://www.olx.pl/oferta/praca/operator-linii-produkcyjnej-CID4-IDY3TDi.html",
      apply_url:
        "https://randstadpl.traffit.com/public/form/a/c29wd0xXYz0=?source=olx.pl",
      location: {
        region_id: 4,
        city_id: 8959,
        district_id: 287,
        city_name: "Kraków",
        district_name: "Nowa Huta",
        latitude: 50.07196,
        longitude: 20.08338,
        radius: 7.5,
      },
      salary: {
        type: "",
        from: 0,
        to: 0,
        amount: 0,
        currency: "",
        arranged: 0,
      },
      raw_parameters: [
        {
          code: "type",
          value: ["fulltime"],
        },
        {
          code: "agreement",
          value: ["part"],
        },
        {
          code: "experience",
          value: ["exp_no"],
        },
        {
          code: "remote_recruitment",
          value: ["0"],
        },
      ],
      ttl: "2024-07-30T20:33:14Z",
      added_at: "2024-01-21T21:36:11Z",
      changed_at: "2024-01-21T21:36:11.757Z",
      valid_to: "2024-01-30T20:33:14Z",
      is_business: true,
      is_seek: false,
      langs: ["pl"],
      categories: {
        pl: "Obsługa produkcji",
      },
      parameters: {
        pl: [
          {
            code: "type",
            label: "Wymiar pracy",
            values: [
              {
                code: "fulltime",
                label: "Pełny etat",
              },
            ],
          },
          {
            code: "agreement",
            label: "Typ umowy",
            values: [
              {
                code: "part",
                label: "Umowa o pracę",
              },
            ],
          },
          {
            code: "experience",
            label: "Wymagane doświadczenie",
            values: [
              {
                code: "exp_no",
                label: "Bez doświadczenia",
              },
            ],
          },
          {
            code: "remote_recruitment",
            label: "Rekrutacja online",
          },
        ],
      },
      external_partner_code: "",
    }
