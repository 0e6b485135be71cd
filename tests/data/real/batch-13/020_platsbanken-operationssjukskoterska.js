const exempelAnnons = {
    "annonsId": "23570959",
    "timestamp": 1570544289848,
    "annonsen": {
        "id": "23570959",
        "external_id": "46-556596-3351-108154",
        "webpage_url": "https://www.arbetsformedlingen.se/For-arbetssokande/Platsbanken/annonser/23570959",
        "logo_url": "https://jobsearch.api.jobtechdev.se/ad/23570959/logo",
        "headline": "Operationssjuksköterska till Umeå!",
        "application_deadline": "2019-10-22T23:59:59",
        "number_of_vacancies": 1,
        "description": {
            "text": "OM UPPDRAGET\n Nu söker vi dig som är legitimerad operationssjuksköterska och vill arbeta på sjukhuset i Umeå.\n Du kommer att arbeta på ortopedoperationen, dagtid på vardagar.\n Uppdrag finns v.43-46 och v.49.51. \n\nVi kan hjälpa till med resor och boende vid behov!\n\n DINA ARBETSUPPGIFTER\n Sedvanliga arbetsuppgifter för operationssjuksköterska.\n\n DIN PROFIL\n Operationssjuksköterska med minst två års dokumenterad yrkeserfarenhet.\n\n OM OSS\n ​Centric Care har bemannat hälso-och sjukvården sedan år 2000 och är ett av Skandinaviens ledande bemanningsföretag med kontor i Göteborg, Stockholm, Malmö och Oslo.\n Vi erbjuder tillfällig och fast bemanning till privat och offentlig hälso- och sjukvård samt inom socialt arbete.\n\n Som konsult hos oss erbjuds du några av marknadens bästa lönevillkor, varierande uppdrag, en egen dedikerad kontaktperson samt ett unikt friskvårdsbidrag på upp till 4000kr per kalenderår. Hos oss finns möjligheten att få en fastanställning, behovsanställning eller jobba som underkonsult. Som fastanställd får du även ekonomisk ersättning för kompetensutveckling, möjlighet till mentor och förtur till de mest attraktiva uppdragen för dig. Med ett stort antal ramavtal över hela Sverige och Norge kan vi garantera våra anställda uppdrag året om och möjligheten att stanna länge på en och samma arbetsplats.\n\n Centric Care är ett auktoriserat bemanningsföretag som är medlem i Almega, Kompetensföretagen. Vi har kollektivavtal med Vårdförbundet, Läkarförbundet, Kommunal, Unionen och Akademikerförbundet.\n Tillsammans med tjänstepensionsavtal och försäkringsskydd innebär detta en trygghet för dig som medarbetare.\n\n Nyfiken på att veta mer om oss? Kontakta oss redan idag.\n\n Välkommen!\r\n\r\nMer information",
            "company_information": null,
            "needs": null,
            "requirements": null,
            "conditions": "Enligt överenskommelse\r\nEnligt överenskommelse"
        },
        "employment_type": {
            "concept_id": "PFZr_Syz_cUq",
            "label": "Vanlig anställning",
            "legacy_ams_taxonomy_id": "1"
        },
        "salary_type": {
            "concept_id": "oG8G_9cW_nRf",
            "label": "Fast månads- vecko- eller timlön",
            "legacy_ams_taxonomy_id": "1"
        },
        "salary_description": "Enligt överenskommelse",
        "duration": {
            "concept_id": "a7uU_j21_mkL",
            "label": "Tillsvidare",
            "legacy_ams_taxonomy_id": "1"
        },
        "working_hours_type": {
            "concept_id": "6YE1_gAC_R2G",
            "label": "Heltid",
            "legacy_ams_taxonomy_id": "1"
        },
        "scope_of_work": {
            "min": 100,
            "max": 100
        },
        "access": null,
        "employer": {
            "phone_number": null,
            "email": null,
            "url": "https://centriccare.eu/",
            "organization_number": "5565963351",
            "name": "Centric Care AB",
            "workplace": "Centric Care AB"
        },
        "application_details": {
            "information": null,
            "reference": "108154",
            "email": null,
            "via_af": false,
            "url": "https://apply.recman.no/job_post.php?id=108154&path=ams",
            "other": null
        },
        "experience_required": true,
        "access_to_own_car": false,
        "driving_license_required": false,
        "driving_license": null,
        "occupation": {
            "concept_id": "YJKc_yXU_DUH",
            "label": "Operationssjuksköterska",
            "legacy_ams_taxonomy_id": "5781"
        },
        "occupation_group": {
            "concept_id": "cuaN_Rj5_YCc",
            "label": "Operationssjuksköterskor",
            "legacy_ams_taxonomy_id": "2231"
        },
        "occupation_field": {
            "concept_id": "NYW6_mP6_vwf",
            "label": "Hälso- och sjukvård",
            "legacy_ams_taxonomy_id": "8"
        },
        "workplace_address": {
            "municipality_code": null,
            "municipality": null,
            "region_code": "90",
            "region": "Ospecificerad arbetsort",
            "country_code": "199",
            "country": "Sverige",
            "street_address": null,
            "postcode": null,
            "city": null,
            "coordinates": [null, null]
        },
        "must_have": {
            "skills": [],
            "languages": [],
            "work_experiences": [{
                "weight": 10,
                "concept_id": "YJKc_yXU_DUH",
                "label": "Operationssjuksköterska",
                "legacy_ams_taxonomy_id": "5781"
            }]
        },
        "nice_to_have": {
            "skills": [],
            "languages": [],
            "work_experiences": []
        },
        "publication_date": "2019-10-08T13:52:52",
        "last_publication_date": "2019-10-22T23:59:59",
        "removed": false,
        "removed_date": null,
        "source_type": "VIA_PLATSBANKEN_DXA",
        "timestamp": 1570535572248
    },
    "enskildaAnnonsOrd": [
        "akademikerförbundet", "almega", "anställda", "antal", "år", "är", "arbeta", "arbete", "arbetsplats", "arbetsuppgifter", "året", "års", "att", "attraktiva", "auktoriserat", "av", "även", "bästa", "behov", "behovsanställning", "bemannat", "bemanning", "bemanningsföretag", "boende", "care", "centric", "dagtid", "de", "dedikerad", "detta", "dig", "din", "dina", "dokumenterad", "du", "egen", "ekonomisk", "eller", "en", "erbjuder", "erbjuds", "ersättning", "ett", "få", "får", "fast", "fastanställd", "fastanställning", "finns", "för", "försäkringsskydd", "förtur", "friskvårdsbidrag", "garantera", "göteborg", "hälso", "har", "hela", "hjälpa", "hos", "i", "idag", "information", "innebär", "inom", "jobba", "kalenderår", "kan", "kollektivavtal", "kommer", "kommunal", "kompetensföretagen", "kompetensutveckling", "konsult", "kontakta", "kontaktperson", "kontor", "kr", "läkarförbundet", "länge", "ledande", "legitimerad", "lönevillkor", "malmö", "marknadens", "med", "medarbetare", "medlem", "mentor", "mer", "mest", "minst", "möjlighet", "möjligheten", "några", "norge", "nu", "nyfiken", "och", "offentlig", "om", "operationssjuksköterska", "ortopedoperationen", "oslo", "oss", "över", "på", "per", "privat", "profil", "ramavtal", "redan", "resor", "samma", "samt", "sedan", "sedvanliga", "sjukhuset", "sjukvård", "sjukvården", "skandinaviens", "socialt", "söker", "som", "stanna", "stockholm", "stort", "sverige", "till", "tillfällig", "tillsammans", "tjänstepensionsavtal", "trygghet", "två", "umeå", "underkonsult", "unikt", "unionen", "upp", "uppdrag", "uppdragen", "uppdraget", "v", "välkommen", "våra", "vardagar", "vårdförbundet", "varierande", "veta", "vi", "vid", "vill", "yrkeserfarenhet"
    ],
    "_id": "b4TWkzsJxCPXbftp"
}