{
      id: "pl_887789452",
      user_id: "pl_438047828",
      user_uuid: "23e9e97d-9f96-4f05-9a88-ab1a3d91ca3f",
      country: "pl",
      category_id: 3903,
      status: "active",
      title: "Hebe| BEZ CV| Konsultant| Sprzedawca| Szczecin| Gryf",
      description:
        "<p>Opis firmy:</p><p>Dołącz do Hebe - jednej z największych sieci drogerii w Polsce. Tu wszystko nabiera kolorów, a paleta produktów jest tak szeroka, jak paleta możliwości.Naszym fundamentem są ludzie, stawiamy na zaufanie, szacunek i otwartą komunikację. Dzięki temu budujemy silne i zaangażowane zespoły, które poprzez wspólną pracę kształtują naszą przyszłość. Każdego dnia mamy styczność z wyjątkowymi produktami. Dla wielu z nas kosmetyki to nie tylko praca, ale przede wszystkim pasja. Stawiamy na wewnętrzny kapitał i budujemy świadomość możliwości, jakie daje firma. Dynamiczny wzrost i ekspansja Hebe to szansa na rozwój każdego z nas.Tworzymy piękniejszą rzeczywistość</p><p>Opis stanowiska:</p>   Poznaj nas i Twoje przyszłe obowiązki   <p> </p> <p><strong>KONIEC Z CV! Dla nas liczysz się TY, a nie to co robiłaś/eś wcześniej!</strong> <strong>Skorzystaj z innowacyjnej rekrutacji i dołącz do nas! </strong>Dla nas piękno to Ludzie </p> <p><strong>Tak może wyglądać Twoja praca</strong>: </p> <ul> <li>doradzenie klientom w doborze kosmetyków i obsługa przy kasie</li> <li>zajmowanie się towarem: przyjmowanie, wykładanie oraz dokładanie na półki</li> <li>kompletowanie paczek sklepu internetowego</li> <li>zdobywanie wiedzy produktowej podczas godzin pracy</li> </ul> <p> </p> <p>Wspólnie z naszymi zespołami przygotowaliśmy interaktywną grę video, dzięki której poznasz realia naszej pracy, koleżanki i kolegów z drogerii oraz przygotowane przez nich zadania. Dzięki temu od razu uzyskasz informację zwrotną na temat swoich silnych stron w branży sprzedażowej :)</p> <p> </p>     Nasze wymagania i oferowane benefity   <p> </p> <p><strong>Na początek wystarczy, jeśli</strong>:</p> <ul> <li>lubisz pracę z ludźmi,</li> <li> jesteś otwarty/a na doradzanie klientom,</li> <li>angażujesz się w powierzoną pracę,</li> <li>interesujesz się kosmetykami.</li> </ul> <p> </p> <p><strong>Na to możesz liczyć</strong>:</p> <ul> <li>umowa o pracę bez okresu próbnego, a już po 18 miesiącach umowę na stałe!</li> <li>Kafeteria Benefitów, gdzie samodzielnie wybierzesz interesujące Cię propozycje. Do wyboru mamy m.in. bony do znanych portali i sklepów odzieżowych, elektronicznych, restauracji i punktów rekreacyjnych.</li> <li>Karta Multisport PLUS (50 zł/2 miesiące), która uprawnia do wejść do siłowni, basenu lub sauny nawet kilka razy dziennie!</li> <li>Premia zespołowa za dobre wyniki sprzedażowe</li> <li>Możliwość ubezpieczenia na życie</li> <li>Szkolenia dopasowane do Ciebie i Twoich potrzeb – co roku możesz wybrać dla siebie szkolenie z pośród pakietu 36 tematów</li> <li>Możliwość szybkiego rozwoju – aż 80% osób w Hebe awansuje wewnętrznie i to już nawet po 11 miesiącach pracy</li> </ul> <p> </p> <p> </p>",
      url: "https://www.olx.pl/oferta/praca/hebe-bez-cv-konsultant-sprzedawca-szczecin-gryf-CID4-IDY54AI.html",
      location: {
        region_id: 11,
        city_id: 16705,
        district_id: 731,
        city_name: "Szczecin",
        district_name: "Centrum",
        latitude: 53.43138,
        longitude: 14.54948,
        radius: 1,
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
          code: "availability",
          value: ["shift_work", "weekends_work"],
        },
      ],
      ttl: "2024-08-01T09:15:02Z",
      added_at: "2024-01-23T10:17:04Z",
      changed_at: "2024-01-23T10:17:04.307Z",
      valid_to: "2024-02-01T09:15:02Z",
      is_business: true,
      is_seek: false,
      langs: ["pl"],
      categories: {
        pl: "Kasjer, pracownik sklepu",
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
            code: "availability",
            label: "Dyspozycyjność",
            values: [
              {
                code: "shift_work",
                label: "Praca zmianowa",
              },
              {
                code: "weekends_work",
                label: "Praca w weekendy",
              },
            ],
          },
        ],
      },
      external_partner_code: "",
    }
