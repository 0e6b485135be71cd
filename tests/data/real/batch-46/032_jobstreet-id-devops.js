<script>
  window.REDUX_STATE = 
  {
    "appConfig": {
      "ROBOT_INDEX": true,
      "enableRecSysTracking": false,
      "featureFlags": {
        "enableSEORedirectUrl": true,
        "enableJobAdDedup": false,
        "enableJobAlert": true,
        "enableJobViewedLabel": false,
        "enableKeywordSuggest": true,
        "enableBrowserSection": false,
        "showCreatedAtFilter": true,
        "showReportAd": true,
        "showJobDetails": false,
        "showLocationFilter": false,
        "showLocationAutoSuggest": true,
        "showSalaryTypeField": false,
        "showGlobalNotificationBanner": false,
        "isTealiumEnabled": true,
        "enableAuthentication": true,
        "enableDetailsLocationLink": false,
        "enableNewJobs": false,
        "enableSaveJobs": true,
        "enableSaveAutoInclusionJobs": false,
        "isSearchBarEnhancement": false,
        "showBackToJobs": false,
        "isSmartSearch": true,
        "enableRelatedSearchKeyword": true,
        "enableGroupOverseasLocations": true,
        "enableSavedJobsRow": true,
        "enableFestival": false,
        "enableBranchIO": true,
        "enableCompanyAdvertiserUrl": false,
        "enableAPACKeywordAutoSuggest": true,
        "showMaintenanceBanner": true,
        "enableAggregatedJobWarning": true,
        "applyFromStandaloneJobDetailsInNewTab": false,
        "enableI18nLanguageSwitch": true
      },
      "abTest": {
        "enablePersistApolloCache": {
          "ratio": 0.05,
          "salt": "homepage"
        }
      },
      "hostname": "srp-jobstreet-id-en-prod.supercharge-srp.co",
      "APP_ENVIRONMENT": "prod",
      "APP_VERSION": "13368",
      "XAPI_AUTHENTICATION_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fauthentication\u002Fgraphql",
      "XAPI_JOB_ALERT_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fjob-alert\u002Fgraphql",
      "XAPI_JOB_DETAILS_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fjob-search\u002Fgraphql",
      "XAPI_JOB_SEARCH_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fjob-search\u002Fgraphql",
      "XAPI_KEYWORD_SUGGEST_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fkeyword-suggest\u002Fgraphql",
      "XAPI_PROFILE_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fprofile\u002Fgraphql",
      "XAPI_SAVED_JOB_GRAPHQL_HOST": "https:\u002F\u002Fxapi.supercharge-srp.co\u002Fsaved-jobs\u002Fgraphql",
      "XAPI_HOMEPAGE_GRAPHQL_HOST": "https:\u002F\u002Fxapi-homepage-prod.supercharge-srp.co\u002Fgraphql",
      "SOL_API_HOST": "https:\u002F\u002Fweb.aips-sol.com",
      "HOTJAR_ID": "757922",
      "INTERCOM_ID": "o7zrfpg6",
      "allowMordorFlightOverride": false,
      "assetsPathPrefixForInactiveStack": "https:\u002F\u002Fsrp-jobsdb-hk-en-prod.supercharge-srp.co",
      "pwaData": {
        "manifestUrl": "jobStreetManifest.webmanifest",
        "themeColor": "#0C4B85",
        "favIcon": "favicon.seekasia.ico"
      },
      "jobCardProps": {
        "defaultJobAd": {
          "showCompanyPic": false,
          "showSellingPoint": false,
          "showDescription": true
        },
        "standoutJobAd": {
          "showCompanyPic": true,
          "showSellingPoint": true,
          "showDescription": true
        }
      },
      "omniture": {
        "eVar": "eVar2",
        "eVarMobile": "eVar2",
        "segmentIDKey": "AB.SegmentID",
        "searchResultPageName": "Search:ResultPage:",
        "searchMethods": {
          "1": "Header Search",
          "2": "MyJS Search Bar",
          "3": "Responsive Search Box",
          "4": "Advanced Search",
          "5": "Browse Page Search Bar",
          "6": "Landing Search Button",
          "7": "Direct Employer",
          "8": "Recruitment Firms",
          "9": "Sort Job",
          "10": "Job Search Search Bar",
          "11": "Others",
          "12": "JobsInThePhilippines",
          "13": "JobsOverseas",
          "14": "Job Listing Company",
          "15": "Job Listing Logo",
          "16": "Job Listing Specialization",
          "17": "Job Listing Keyword Tag",
          "18": "AllJobs",
          "19": "Job Listing Role",
          "20": "Job Listing Industry",
          "21": "Job Ad Search Bar",
          "22": "Browse Company Name",
          "23": "Browse Specialization",
          "24": "Browse Specialization & Position Level",
          "25": "Browse Group Specialization",
          "26": "Browse Location & Specialization",
          "27": "Browse Location & Position Level",
          "28": "Browse Position Level & Specialization",
          "29": "Browse Location",
          "30": "Browse Position Level & Location",
          "31": "Browse Specialization & Location",
          "32": "Browse Position Level",
          "33": "Browse Specialization & Location & Roles",
          "34": "Browse Specialization & Roles",
          "35": "Browse Multi Level",
          "36": "DJA Footer Specialization",
          "37": "DJA Footer Industry",
          "38": "DJA Footer Keyword",
          "39": "DJA Footer Role",
          "40": "From Saved Search Unsubscribe Page",
          "41": "Saved Search",
          "hpscli": "SearchCard - Logged In Homepage",
          "hpsclo": "SearchCard - Logged Out Homepage",
          "jclhpli": "JobCardLite - Logged In Homepage",
          "jclhplo": "JobCardLite - Logged Out Homepage"
        },
        "searchMethodQueryString": ["ojs", "jssrc"],
        "shouldAddFromToJobUrl": true,
        "jobAdSources": {
          "query": [{
            "key": "fr"
          }, {
            "key": "JASRC",
            "mapItems": {
              "JCLHPLI": "JobCardLite - Logged In Homepage",
              "JCLHPLO": "JobCardLite - Logged Out Homepage"
            }
          }],
          "source": {}
        }
      },
      "isSolTrackingEnabled": true,
      "enableJobAlertForLoggedInUser": false,
      "savedJobsUrl": "#savedJobs",
      "isApplyScrollToSavedJobs": true,
      "BRANCH_IO_LIVE_KEY": "key_live_keVW4JKlS0jBJLPfSRNUJnhhtElmK541",
      "aggregatedJobAdWarningUrl": "https:\u002F\u002Fwww.jobstreet.com\u002Fabout-us\u002Fsafe-job-search-guide\u002F",
      "TRACKING_SERVER": "omtrdc.jobstreet.co.id",
      "TRACKING_SERVER_SECURE": "somtrdc.jobstreet.co.id",
      "APP_COUNTRY": "id",
      "APP_LOCALE": "id",
      "APP_TENANT": "jobstreet",
      "LOCATION_PARTNER_ID_PREFIX": "jst-",
      "APP_URL_BASE": "jobstreet.co.id",
      "HOTJAR_IS_ENABLED": true,
      "SOL_PARTNER_ID": "JOBSTREET_ID",
      "defaultUserGroups": {
        "srpGroup": false,
        "homeGroup": false,
        "detailsGroup": false
      },
      "siteRoutesGeneratorConfig": {
        "generateHomePage": true
      },
      "reportAd": {
        "domain": "https:\u002F\u002Fseek.syd1.qualtrics.com\u002Fjfe\u002Fform\u002FSV_7QVvt8VyjSLHQbA?",
        "jobIdLabel": "jobid"
      },
      "srpBaseUrl": "https:\u002F\u002Fwww.jobstreet.co.id",
      "signupUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fregistration\u002Fsimple-signup.php?site=id&language_code=7",
      "viewProfileUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fresume\u002Fpreview-resume.php?site=id&language_code=7",
      "updateProfileUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fresume\u002Fedit-work-experience.php?site=id&language_code=7",
      "additionalInfoProfileUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fresume\u002Fadditional-info.php?site=id&language_code=7&icmpid=homepage_update_location_top_banner",
      "loginUpdateInfoUrl": "https:\u002F\u002Fwww.jobstreet.co.id\u002Fcareer-resources\u002Fpembaruan-cara-masuk-email-menggantikan-nama-pengguna?icmpid=homepage_email_update_top_banner",
      "jobAlertsUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fmy-job\u002Fjob-alert.php?site=id&language_code=7",
      "applicationsHistoryUrl": "https:\u002F\u002Fmyjobstreet.jobstreet.co.id\u002Fapplication\u002Fapplication-status.php?site=id&language_code=7",
      "shouldDeIndexJdp": true,
      "availableLanguages": ["en", "id"],
      "salaryFilter": {
        "1": ["0e+0", "1e+6", "1.5e+6", "2e+6", "2.5e+6", "3.5e+6", "4e+6", "4.5e+6", "5e+6", "6e+6", "7e+6", "8e+6", "9e+6", "1e+7", "1.5e+7", "2e+7", "2.5e+7", "4e+7", "6e+7", "8e+7", "1e+8"],
        "2": []
      },
      "zone": "asia-4",
      "facebookDomainVerification": "52nw9zf3l0308go99ajuco609n9a8m",
      "APPLICATION": "jobstreet-id-en-prod",
      "OMNITURE_ACC": "jobstreet-prd-id",
      "GOOGLE_TAG_MANAGER_ID": "GTM-TJVL4P"
    },
    "seo": {
      "canonicalUrl": "https:\u002F\u002Fwww.jobstreet.co.id\u002Fid\u002Fjob\u002Fdevops-engineer-4376698",
      "alternateLinks": {
        "en-id": "\u002Fen\u002Fjob\u002Fdevops-engineer-4376698?fr=SRP%20View%20In%20New%20Tab&jobId=jobstreet-id-job-4376698&searchPath=%2Fid%2FPT-Tibeka-Logistik-Indonesia-jobs&sectionRank=4&token=0~72885a0a-279e-4303-8f5c-b610a57e2a2f",
        "id-id": "\u002Fid\u002Fjob\u002Fdevops-engineer-4376698?fr=SRP%20View%20In%20New%20Tab&jobId=jobstreet-id-job-4376698&searchPath=%2Fid%2FPT-Tibeka-Logistik-Indonesia-jobs&sectionRank=4&token=0~72885a0a-279e-4303-8f5c-b610a57e2a2f"
      }
    },
    "result": {
      "currentPage": 1,
      "lastPage": 1,
      "total": 0,
      "totalJobs": 0,
      "jobs": [],
      "savedJobs": {
        "checked": false,
        "jobs": []
      },
      "criteria": {
        "keyword": "",
        "jobFunctions": [],
        "locations": [],
        "salaryType": 1,
        "minSalary": null,
        "maxSalary": null,
        "jobTypes": [],
        "createdAt": null,
        "careerLevels": []
      },
      "prevPageUrl": "",
      "nextPageUrl": "",
      "searching": false,
      "linkClickSource": null,
      "linkClickEntryPoint": null,
      "pageSize": 30,
      "solMetadata": null,
      "error": false,
      "suggestedEmployer": null,
      "clickRank": "",
      "relatedSearchKeywords": []
    },
    "featureFlags": {
      "showSwitcherLink": false,
      "locationChecklist": false,
      "enableKeywordSuggest": true,
      "enableJobAdDedup": false,
      "enableRelatedSearchKeyword": true,
      "enableAISearchAlgo": true,
      "enableIntercomWidget": false,
      "enableJobAlert": true,
      "enableBranchIO": true,
      "enableJobViewedLabel": false,
      "enableNewJobs": false,
      "enableI18nLanguageSwitch": true,
      "enablePersistApolloCache": false,
      "enableSEORedirectUrl": true,
      "enableBrowserSection": false,
      "showCreatedAtFilter": true,
      "showReportAd": true,
      "showJobDetails": false,
      "showLocationFilter": false,
      "showLocationAutoSuggest": true,
      "showSalaryTypeField": false,
      "showGlobalNotificationBanner": false,
      "isTealiumEnabled": true,
      "enableAuthentication": true,
      "enableDetailsLocationLink": false,
      "enableSaveJobs": true,
      "enableSaveAutoInclusionJobs": false,
      "isSearchBarEnhancement": false,
      "showBackToJobs": false,
      "isSmartSearch": true,
      "enableGroupOverseasLocations": true,
      "enableSavedJobsRow": true,
      "enableFestival": false,
      "enableCompanyAdvertiserUrl": false,
      "enableAPACKeywordAutoSuggest": true,
      "showMaintenanceBanner": true,
      "enableAggregatedJobWarning": true,
      "applyFromStandaloneJobDetailsInNewTab": false,
      "publicFlags": ["enableSEORedirectUrl", "enableJobAdDedup", "enableJobAlert", "enableJobViewedLabel", "enableKeywordSuggest", "enableBrowserSection", "showCreatedAtFilter", "showReportAd", "showJobDetails", "showLocationFilter", "showLocationAutoSuggest", "showSalaryTypeField", "showGlobalNotificationBanner", "isTealiumEnabled", "enableAuthentication", "enableDetailsLocationLink", "enableNewJobs", "enableSaveJobs", "enableSaveAutoInclusionJobs", "isSearchBarEnhancement", "showBackToJobs", "isSmartSearch", "enableRelatedSearchKeyword", "enableGroupOverseasLocations", "enableSavedJobsRow", "enableFestival", "enableBranchIO", "enableCompanyAdvertiserUrl", "enableAPACKeywordAutoSuggest", "showMaintenanceBanner", "enableAggregatedJobWarning", "applyFromStandaloneJobDetailsInNewTab", "enableI18nLanguageSwitch", "enableRelatedSearchKeyword", "enableAISearchAlgo", "enableJobViewedLabel"]
    },
    "uiState": {
      "showFilters": false,
      "showFullPage": false,
      "showLocationChecklist": false,
      "showJobFunctionChecklist": false,
      "showLocationAutoSuggestFullPage": false,
      "showSplitMode": false,
      "isSticky": false,
      "isFirstRenderedFormBeforeUserInteraction": true,
      "isPageLoaded": false,
      "activeStateJobId": "4376698",
      "showJobAlertSubscriptionBox": false,
      "isJobAdAutoShown": false,
      "showSortBy": false,
      "showStickyJobAlert": false,
      "showJobAlertModal": false,
      "showFilterType": ""
    },
    "taxonomy": {
      "id_id": {
        "JOB_FUNCTION": [{
          "label": "Akuntansi \u002F Keuangan",
          "clearTerm": "accounting-finance",
          "value": "501",
          "children": [{
            "label": "Audit & Pajak",
            "clearTerm": "audit-taxation-finance",
            "value": "130"
          }, {
            "label": "Akuntansi Umum \u002F Pembiayaan",
            "clearTerm": "general-cost-accounting-finance",
            "value": "131"
          }, {
            "label": "Keuangan \u002F Investasi Perusahaan ",
            "clearTerm": "corporate-investment-merchant-banking-finance",
            "value": "132"
          }, {
            "label": "Perbankan \u002F Jasa Finansial ",
            "clearTerm": "banking-financial-services-finance",
            "value": "135"
          }]
        }, {
          "label": "Sumber Daya Manusia\u002FPersonalia",
          "clearTerm": "admin-human-resources",
          "value": "502",
          "children": [{
            "label": "Staf \u002F Administrasi umum",
            "clearTerm": "clerical-administrative-support",
            "value": "133"
          }, {
            "label": "Sumber Daya Manusia \u002F HR",
            "clearTerm": "human-resources-hr",
            "value": "137"
          }, {
            "label": "Sekretaris",
            "clearTerm": "secretarial-executive-personal-assistant",
            "value": "146"
          }, {
            "label": "Top Management \u002F Manajemen Tingkat Atas",
            "clearTerm": "corporate-strategy-top-management",
            "value": "148"
          }]
        }, {
          "label": "Penjualan \u002F Pemasaran",
          "clearTerm": "sales-marketing",
          "value": "503",
          "children": [{
            "label": "Pemasaran\u002FPengembangan Bisnis",
            "clearTerm": "marketing-business-development",
            "value": "139"
          }, {
            "label": "Penjualan - Korporasi",
            "clearTerm": "corporate-wholesale-trading-sales",
            "value": "142"
          }, {
            "label": "Penjualan - Teknik\u002FTeknikal\u002FIT",
            "clearTerm": "engineering-technical-it-sales",
            "value": "143"
          }, {
            "label": "Penjualan - Jasa Keuangan",
            "clearTerm": "insurance-sales-financial-services",
            "value": "144"
          }, {
            "label": "Penjualan Ritel",
            "clearTerm": "retail-general-sales",
            "value": "145"
          }, {
            "label": "Merchandising",
            "clearTerm": "merchandising-sales",
            "value": "149"
          }, {
            "label": "Telesales\u002FTelemarketing",
            "clearTerm": "telesales-telemarketing-sales",
            "value": "151"
          }, {
            "label": "E-commerce",
            "clearTerm": "ecommerce",
            "value": "202"
          }, {
            "label": "Digital Marketing",
            "clearTerm": "digital-marketing",
            "value": "203"
          }]
        }, {
          "label": "Seni\u002FMedia\u002FKomunikasi",
          "clearTerm": "arts-media-communications",
          "value": "504",
          "children": [{
            "label": "Periklanan",
            "clearTerm": "advertising-media-planning",
            "value": "100"
          }, {
            "label": "Seni \u002F Desain Kreatif",
            "clearTerm": "arts-creative-graphics-design",
            "value": "101"
          }, {
            "label": "Hiburan",
            "clearTerm": "entertainment-performing-arts",
            "value": "106"
          }, {
            "label": "Hubungan Masyarakat",
            "clearTerm": "public-relations-communications",
            "value": "141"
          }]
        }, {
          "label": "Pelayanan",
          "clearTerm": "services",
          "value": "505",
          "children": [{
            "label": "Perawatan Pribadi",
            "clearTerm": "personal-care-beauty-fitness-service",
            "value": "118"
          }, {
            "label": "Angkatan Bersenjata",
            "clearTerm": "security-armed-forces-protective-services",
            "value": "119"
          }, {
            "label": "Layanan Sosial\u002FKonseling",
            "clearTerm": "social-counselling-service",
            "value": "120"
          }, {
            "label": "Layanan Pelanggan",
            "clearTerm": "customer-service",
            "value": "134"
          }, {
            "label": "Pengacara \u002F Asisten Legal",
            "clearTerm": "law-legal-services",
            "value": "138"
          }, {
            "label": "Logistik\u002FRantai Pasokan",
            "clearTerm": "logistics-supply-chain",
            "value": "147"
          }, {
            "label": "Teknikal & Bantuan Pelanggan",
            "clearTerm": "technical-helpdesk-support",
            "value": "152"
          }]
        }, {
          "label": "Hotel\u002FRestoran",
          "clearTerm": "hotel-restaurant",
          "value": "506",
          "children": [{
            "label": "Makanan\u002FMinuman\u002FPelayanan Restoran",
            "clearTerm": "food-beverage-restaurant-service",
            "value": "107"
          }, {
            "label": "Hotel\u002FPariwisata",
            "clearTerm": "hotel-management-tourism-services",
            "value": "114"
          }]
        }, {
          "label": "Pendidikan\u002FPelatihan",
          "clearTerm": "education-training",
          "value": "507",
          "children": [{
            "label": "Pendidikan",
            "clearTerm": "education",
            "value": "105"
          }, {
            "label": "Pelatihan & Pengembangan",
            "clearTerm": "training-development",
            "value": "121"
          }]
        }, {
          "label": "Komputer\u002FTeknologi Informasi",
          "clearTerm": "computer-information-technology",
          "value": "508",
          "children": [{
            "label": "IT-Perangkat Lunak",
            "clearTerm": "computer-software-it",
            "value": "191"
          }, {
            "label": "IT-Perangkat Keras",
            "clearTerm": "computer-hardware-it",
            "value": "192"
          }, {
            "label": "IT-Admin Jaringan\u002FSistem\u002FDatabase",
            "clearTerm": "system-network-database-admin",
            "value": "193"
          }]
        }, {
          "label": "Teknik",
          "clearTerm": "engineering",
          "value": "509",
          "children": [{
            "label": "Teknik Kimia",
            "clearTerm": "chemical-engineering",
            "value": "185"
          }, {
            "label": "Teknik Elektronika",
            "clearTerm": "electronics-communication-engineering",
            "value": "186"
          }, {
            "label": "Teknik Elektro",
            "clearTerm": "electrical-engineering",
            "value": "187"
          }, {
            "label": "Teknik Lainnya",
            "clearTerm": "others-engineering",
            "value": "188"
          }, {
            "label": "Teknik Lingkungan",
            "clearTerm": "environmental-health-safety-engineering",
            "value": "189"
          }, {
            "label": "Minyak\u002FGas",
            "clearTerm": "oil-gas-engineering",
            "value": "190"
          }, {
            "label": "Mekanikal",
            "clearTerm": "mechanical-automotive-engineering",
            "value": "195"
          }, {
            "label": "Teknik Industri",
            "clearTerm": "industrial-engineering",
            "value": "200"
          }]
        }, {
          "label": "Manufaktur",
          "clearTerm": "manufacturing",
          "value": "510",
          "children": [{
            "label": "Pemeliharaan",
            "clearTerm": "maintenance-repair-facilities-machinery",
            "value": "115"
          }, {
            "label": "Pembelian\u002FManajemen Material",
            "clearTerm": "purchasing-inventory-warehouse-management",
            "value": "140"
          }, {
            "label": "Manufaktur",
            "clearTerm": "manufacturing-production-operations",
            "value": "194"
          }, {
            "label": "Kontrol Proses",
            "clearTerm": "process-design-control-instrumentation",
            "value": "196"
          }, {
            "label": "Penjaminan Kualitas \u002F QA",
            "clearTerm": "quality-assurance-control",
            "value": "197"
          }]
        }, {
          "label": "Bangunan\u002FKonstruksi",
          "clearTerm": "building-construction",
          "value": "511",
          "children": [{
            "label": "Properti\u002FReal Estate",
            "clearTerm": "property-real-estate",
            "value": "150"
          }, {
            "label": "Arsitek\u002FDesain Interior",
            "clearTerm": "architecture-interior-design",
            "value": "180"
          }, {
            "label": "Teknik Sipil\u002FKonstruksi Bangunan",
            "clearTerm": "construction-structural-civil-engineering",
            "value": "184"
          }, {
            "label": "Survei Kuantitas",
            "clearTerm": "quantity-surveying",
            "value": "198"
          }]
        }, {
          "label": "Sains",
          "clearTerm": "sciences",
          "value": "512",
          "children": [{
            "label": "Pertanian",
            "clearTerm": "agriculture-forestry-fisheries",
            "value": "102"
          }, {
            "label": "Aktuaria\u002FStatistik",
            "clearTerm": "actuarial-science-statistics",
            "value": "103"
          }, {
            "label": "Teknologi Makanan\u002FAhli Gizi",
            "clearTerm": "food-technology-nutritionist",
            "value": "108"
          }, {
            "label": "Geologi\u002FGeofisika",
            "clearTerm": "geology-geophysics",
            "value": "109"
          }, {
            "label": "Penerbangan",
            "clearTerm": "aviation-aircraft-maintenance",
            "value": "181"
          }, {
            "label": "Bioteknologi",
            "clearTerm": "biotechnology",
            "value": "182"
          }, {
            "label": "Kimia",
            "clearTerm": "chemistry",
            "value": "183"
          }, {
            "label": "Sains & Teknologi",
            "clearTerm": "science-technology-laboratory",
            "value": "199"
          }, {
            "label": "Biomedis",
            "clearTerm": "biomedical",
            "value": "204"
          }]
        }, {
          "label": "Layanan Kesehatan",
          "clearTerm": "healthcare",
          "value": "513",
          "children": [{
            "label": "Praktisi\u002FAsisten Medis",
            "clearTerm": "practitioner-nurse-medical-healthcare",
            "value": "111"
          }, {
            "label": "Farmasi",
            "clearTerm": "pharmacy-healthcare",
            "value": "112"
          }, {
            "label": "Diagnosa\u002FLainnya",
            "clearTerm": "doctor-diagnosis-healthcare",
            "value": "113"
          }]
        }, {
          "label": "Lainnya",
          "clearTerm": "others-specialization-group",
          "value": "514",
          "children": [{
            "label": "Jurnalis\u002FEditor",
            "clearTerm": "journalist-editor",
            "value": "104"
          }, {
            "label": "Pekerjaan Umum",
            "clearTerm": "general-work",
            "value": "110"
          }, {
            "label": "Lainnya\u002FKategori tidak tersedia",
            "clearTerm": "others-specialization",
            "value": "116"
          }, {
            "label": "Penerbitan",
            "clearTerm": "publishing-printing",
            "value": "117"
          }]
        }],
        "JOB_TYPE": [{
          "value": "full_time",
          "label": "Penuh Waktu",
          "clearTerm": "full-time",
          "alternateCode": "1"
        }, {
          "value": "part_time",
          "label": "Paruh Waktu",
          "clearTerm": "part-time",
          "alternateCode": "2"
        }, {
          "value": "temporary",
          "label": "Temporer",
          "clearTerm": "temporary",
          "alternateCode": "8"
        }, {
          "value": "contract",
          "label": "Kontrak",
          "clearTerm": "contract",
          "alternateCode": "4"
        }, {
          "value": "internship",
          "label": "Magang",
          "clearTerm": "internship",
          "alternateCode": "16"
        }],
        "CREATED_AT": [{
          "value": "1d",
          "label": "24 jam terakhir"
        }, {
          "value": "3d",
          "label": "3 hari terakhir"
        }, {
          "value": "7d",
          "label": "7 hari terakhir"
        }, {
          "value": "14d",
          "label": "14 hari terakhir"
        }, {
          "value": "30d",
          "label": "30 hari terakhir"
        }],
        "WORK_HOURS": [{
          "value": "five_day_work",
          "label": "Waktu regular, Senin - Jumat"
        }, {
          "value": "saturday_shift",
          "label": "Sabtu atau memerlukan shift"
        }, {
          "value": "long_hours",
          "label": "Jam Bekerja yang Panjang"
        }],
        "BENEFIT": [{
          "value": "dental_insurance",
          "label": "Asuransi Gigi"
        }, {
          "value": "education_allowance",
          "label": "Tunjangan Pendidikan"
        }, {
          "value": "gratuity",
          "label": "Tip"
        }, {
          "value": "medical_insurance",
          "label": "Asuransi kesehatan"
        }, {
          "value": "loans",
          "label": "Pinjaman"
        }, {
          "value": "sports",
          "label": "Olahraga (contoh: pusat kebugaran)"
        }, {
          "value": "parking",
          "label": "Parkir"
        }, {
          "value": "vision",
          "label": "Penglihatan"
        }],
        "DRESSCODE": [{
          "value": "casual",
          "label": "Kasual (contoh: Kaos)"
        }, {
          "value": "business",
          "label": "Bisnis (contoh: Kemeja)"
        }, {
          "value": "formal",
          "label": "Formil (contoh: Kemeja + Dasi)"
        }],
        "COMPANY_SIZE": [{
          "value": "less_than_50",
          "label": "1- 50 pekerja"
        }, {
          "value": "more_than_50",
          "label": "51 - 200 pekerja"
        }, {
          "value": "more_than_200",
          "label": "201 - 500 pekerja"
        }, {
          "value": "more_than_500",
          "label": "501 - 1000 pekerja"
        }, {
          "value": "more_than_1000",
          "label": "1001 - 2000 pekerja"
        }, {
          "value": "more_than_2000",
          "label": "2001 - 5000 pekerja"
        }, {
          "value": "more_than_5000",
          "label": "Lebih dari 5000 pekerja"
        }],
        "INDUSTRY": [{
          "value": "empty",
          "label": "Not Specified"
        }, {
          "value": "acc_ser",
          "label": "Akunting \u002F Audit \u002F Layanan Pajak"
        }, {
          "value": "ads_ser",
          "label": "Periklanan\u002FMarketing\u002FPromosi\u002FHubungan Masyarakat"
        }, {
          "value": "aviation",
          "label": "Luar Angkasa\u002FAviasi\u002FPesawat Terbang"
        }, {
          "value": "agri_fish",
          "label": "Agrikultural\u002FPerkebunan\u002FPeternakan Unggas\u002FPerikanan"
        }, {
          "value": "arch_construc",
          "label": ""
        }, {
          "value": "design_arts",
          "label": "Seni\u002FDesain\u002FFashion"
        }, {
          "value": "sports",
          "label": "Olahraga"
        }, {
          "value": "banking",
          "label": ""
        }, {
          "value": "soc_ser",
          "label": "Organisasi Nirlaba\u002FPelayanan Sosial\u002FLSM"
        }, {
          "value": "chem_gen",
          "label": ""
        }, {
          "value": "defence_gov",
          "label": "Pemerintahan\u002FPertahanan"
        }, {
          "value": "textile_clothing",
          "label": "Pakaian"
        }, {
          "value": "edu",
          "label": "Pendidikan"
        }, {
          "value": "electronic",
          "label": "Elektrikal & Elektronik"
        }, {
          "value": "energy_gen",
          "label": ""
        }, {
          "value": "eng_civil",
          "label": "Konstruksi\u002FBangunan\u002FTeknik"
        }, {
          "value": "eng_mech",
          "label": ""
        }, {
          "value": "eng_gen",
          "label": ""
        }, {
          "value": "ent_leisure",
          "label": ""
        }, {
          "value": "science_env",
          "label": ""
        }, {
          "value": "fin_ser",
          "label": "Perbankan\u002FPelayanan Keuangan"
        }, {
          "value": "f&b",
          "label": "Makanan & Minuman\u002FKatering\u002FRestoran"
        }, {
          "value": "freight_ship",
          "label": ""
        }, {
          "value": "biz_ser",
          "label": ""
        }, {
          "value": "mgmt_gen",
          "label": ""
        }, {
          "value": "mfg",
          "label": "Manufaktur\u002FProduksi"
        }, {
          "value": "trd_dist",
          "label": "Umum & Grosir"
        }, {
          "value": "beauty",
          "label": "Perawatan\u002FKecantikan\u002FFitnes"
        }, {
          "value": "hospitality",
          "label": "Hotel\u002FPariwisata"
        }, {
          "value": "mgmt_hr",
          "label": "Manajemen\u002FKonsulting HR"
        }, {
          "value": "ind_machinery",
          "label": "Industri Berat\u002FMesin\u002FPeralatan"
        }, {
          "value": "it",
          "label": ""
        }, {
          "value": "insurance",
          "label": "Asuransi"
        }, {
          "value": "design_grap&int",
          "label": "Pelayanan Arsitek\u002FDesain Interior"
        }, {
          "value": "gems_jewels",
          "label": "Permata\u002FPerhiasan"
        }, {
          "value": "lab",
          "label": ""
        }, {
          "value": "legal_ser",
          "label": "Hukum\u002FLegal"
        }, {
          "value": "science_gen",
          "label": "Ilmu Pengetahuan & Teknologi"
        }, {
          "value": "logicstics",
          "label": "Transportasi\u002FLogistik"
        }, {
          "value": "mgmt_consult",
          "label": "Konsultasi (Bisnis & Manajemen)"
        }, {
          "value": "mass_transport",
          "label": ""
        }, {
          "value": "media_print",
          "label": "Percetakan\u002FPenerbitan"
        }, {
          "value": "health_medic",
          "label": "Kesehatan\u002FMedis"
        }, {
          "value": "mining",
          "label": "Pertambangan"
        }, {
          "value": "mixed_ind",
          "label": ""
        }, {
          "value": "automotive",
          "label": "Automobil\u002FMesin Tambahan Automotif\u002FKendaraan"
        }, {
          "value": "packaging",
          "label": ""
        }, {
          "value": "ent_perf",
          "label": "Hiburan\u002FMedia"
        }, {
          "value": "energy_oil",
          "label": "Minyak\u002FGas\u002FPetroleum"
        }, {
          "value": "property_dev",
          "label": ""
        }, {
          "value": "property_mgmt",
          "label": ""
        }, {
          "value": "energy_utilities",
          "label": "Layanan Umum\u002FTenaga Penggerak"
        }, {
          "value": "r&d",
          "label": "R&D"
        }, {
          "value": "security_ser",
          "label": "Keamanan\u002FPenegak hukum"
        }, {
          "value": "telecom",
          "label": "Telekomunikasi"
        }, {
          "value": "travel_tourism",
          "label": "Travel\u002FPariwisata"
        }, {
          "value": "toys",
          "label": ""
        }, {
          "value": "retail",
          "label": "Retail\u002FMerchandise"
        }, {
          "value": "others",
          "label": "Lainnya"
        }, {
          "value": "public_sector",
          "label": ""
        }, {
          "value": "chem_fertilisers",
          "label": "Bahan Kimia\u002FPupuk\u002FPestisida"
        }, {
          "value": "it_hardware",
          "label": "Komputer\u002FTeknik Informatika (Perangkat Keras)"
        }, {
          "value": "consultancy_gen",
          "label": "Konsultasi (IT, Ilmu Pengetahuan, Teknis & Teknikal)"
        }, {
          "value": "security_env",
          "label": "Lingkungan\u002FKesehatan\u002FKeamanan"
        }, {
          "value": "media_journal",
          "label": "Jurnalisme"
        }, {
          "value": "library",
          "label": "Perpustakaan\u002FMuseum"
        }, {
          "value": "science_marine",
          "label": "Kelautan\u002FAquakultur"
        }, {
          "value": "chem_wood",
          "label": "Kayu\u002FFiber\u002FKertas"
        }, {
          "value": "health_biotech",
          "label": "BioTeknologi\u002FFarmasi\u002FRiset klinik"
        }, {
          "value": "security_stocks",
          "label": "Jual Beli Saham\u002FSekuritas"
        }, {
          "value": "textile_gen",
          "label": "Tekstil\u002FGarment"
        }, {
          "value": "tobacco",
          "label": "Tembakau"
        }, {
          "value": "cs_centre",
          "label": "Call Center\u002FIT-Enabled Services\u002FBPO"
        }, {
          "value": "eng_electrical",
          "label": "Semikonduktor\u002FFabrikasi"
        }, {
          "value": "mgmt_event",
          "label": "Pameran\u002FManajemen acara\u002FPIKP"
        }, {
          "value": "repair_maint",
          "label": "Pelayanan Perbaikan & Pemeliharaan"
        }, {
          "value": "FMCG",
          "label": "Produk Konsumen\u002FBarang konsumen yang bergerak cepat"
        }, {
          "value": "chem_polymer",
          "label": "Polymer\u002FPlastik\u002FKaret\u002FBan"
        }, {
          "value": "it_software",
          "label": "Komputer\u002FTeknik Informatika (Perangkat Lunak)"
        }, {
          "value": "property",
          "label": "Properti\u002FReal Estate"
        }],
        "SALARY_TYPE": [{
          "label": "Bulan",
          "value": 1,
          "seoTerm": "monthly"
        }],
        "WORKPLACE_GOVERNANCE": [{
          "value": "dental_insurance",
          "label": "Gigi"
        }, {
          "value": "double_pay",
          "label": ""
        }, {
          "value": "education_allowance",
          "label": "Bantuan Pendidikan"
        }, {
          "value": "five_day_work",
          "label": "Waktu regular, Senin - Jumat"
        }, {
          "value": "flexible_working_hours",
          "label": ""
        }, {
          "value": "free_shuttle_bus",
          "label": ""
        }, {
          "value": "gratuity",
          "label": "Tunjangan Lainnya"
        }, {
          "value": "housing_allowance",
          "label": ""
        }, {
          "value": "life_insurance",
          "label": ""
        }, {
          "value": "medical_insurance",
          "label": "Kesehatan"
        }, {
          "value": "overtime_pay",
          "label": ""
        }, {
          "value": "performance_bonus",
          "label": ""
        }, {
          "value": "transportation_allowance",
          "label": ""
        }, {
          "value": "travel_allowance",
          "label": ""
        }, {
          "value": "work_from_home",
          "label": ""
        }, {
          "value": "saturday_shift",
          "label": "Sabtu atau memerlukan shift"
        }, {
          "value": "long_hours",
          "label": "Jam Bekerja yang Panjang"
        }, {
          "value": "casual",
          "label": "Kasual (contoh: Kaos)"
        }, {
          "value": "business",
          "label": "Bisnis (contoh: Kemeja)"
        }, {
          "value": "formal",
          "label": "Formil (contoh: Kemeja + Dasi)"
        }, {
          "value": "loans",
          "label": "Pinjaman"
        }, {
          "value": "sports",
          "label": "Olahraga (contoh: pusat kebugaran)"
        }, {
          "value": "parking",
          "label": "Parkir"
        }, {
          "value": "vision",
          "label": "Penglihatan"
        }],
        "YEAR_OF_EXP": [{
          "value": 0,
          "label": "0 tahun"
        }, {
          "value": 1,
          "label": "1 tahun"
        }, {
          "value": 2,
          "label": "2 tahun"
        }, {
          "value": 3,
          "label": "3 tahun"
        }, {
          "value": 4,
          "label": "4 tahun"
        }, {
          "value": 5,
          "label": "5 tahun"
        }, {
          "value": 6,
          "label": "6 tahun"
        }, {
          "value": 7,
          "label": "7 tahun"
        }, {
          "value": 8,
          "label": "8 tahun"
        }, {
          "value": 9,
          "label": "9 tahun"
        }, {
          "value": 10,
          "label": "10 tahun"
        }, {
          "value": 11,
          "label": "11 tahun"
        }, {
          "value": 12,
          "label": "12 tahun"
        }, {
          "value": 13,
          "label": "13 tahun"
        }, {
          "value": 14,
          "label": "14 tahun"
        }, {
          "value": 15,
          "label": "15 tahun"
        }, {
          "value": 16,
          "label": "16 tahun"
        }, {
          "value": 17,
          "label": "17 tahun"
        }, {
          "value": 18,
          "label": "18 tahun"
        }, {
          "value": 19,
          "label": "19 tahun"
        }, {
          "value": 20,
          "label": "20 tahun"
        }, {
          "value": 21,
          "label": "Lebih dari 20 Tahun"
        }],
        "LOCATION": [{
          "label": "Hong Kong",
          "clearTerm": "hong-kong",
          "value": 20000
        }, {
          "label": "Indonesia",
          "clearTerm": "indonesia",
          "value": 30000
        }, {
          "label": "Aceh",
          "clearTerm": "aceh",
          "value": 30100,
          "children": [{
            "label": "Kota Banda Aceh",
            "clearTerm": "kota-banda-aceh",
            "value": 30101
          }, {
            "label": "Lhokseumawe",
            "clearTerm": "lhokseumawe",
            "value": 30102
          }, {
            "label": "Meulaboh",
            "clearTerm": "meulaboh",
            "value": 30103
          }, {
            "label": "Sabang",
            "clearTerm": "sabang",
            "value": 30104
          }, {
            "label": "Takengon",
            "clearTerm": "takengon",
            "value": 30105
          }]
        }, {
          "label": "Bali",
          "clearTerm": "bali",
          "value": 30200,
          "children": [{
            "label": "Badung",
            "clearTerm": "badung",
            "value": 30201
          }, {
            "label": "Denpasar",
            "clearTerm": "denpasar",
            "value": 30202
          }, {
            "label": "Gianyar",
            "clearTerm": "gianyar",
            "value": 30203
          }, {
            "label": "Karangasem",
            "clearTerm": "karangasem",
            "value": 30204
          }, {
            "label": "Klungkung",
            "clearTerm": "klungkung",
            "value": 30205
          }, {
            "label": "Kuta",
            "clearTerm": "kuta",
            "value": 30206
          }, {
            "label": "Seminyak",
            "clearTerm": "seminyak",
            "value": 30207
          }, {
            "label": "Ubud",
            "clearTerm": "ubud",
            "value": 30208
          }]
        }, {
          "label": "Bengkulu",
          "clearTerm": "bengkulu",
          "value": 30300
        }, {
          "label": "Papua",
          "clearTerm": "papua",
          "value": 30400,
          "children": [{
            "label": "Jayapura",
            "clearTerm": "jayapura",
            "value": 30401
          }, {
            "label": "Merauke",
            "clearTerm": "merauke",
            "value": 30402
          }, {
            "label": "Puncak Jaya",
            "clearTerm": "puncak-jaya",
            "value": 30403
          }, {
            "label": "Timika",
            "clearTerm": "timika",
            "value": 30404
          }]
        }, {
          "label": "Jakarta Raya",
          "clearTerm": "jakarta-raya",
          "value": 30500,
          "children": [{
            "label": "Jakarta Barat",
            "clearTerm": "jakarta-barat",
            "value": 30501
          }, {
            "label": "Jakarta Pusat",
            "clearTerm": "jakarta-pusat",
            "value": 30502
          }, {
            "label": "Jakarta Selatan",
            "clearTerm": "jakarta-selatan",
            "value": 30503
          }, {
            "label": "Jakarta Timur",
            "clearTerm": "jakarta-timur",
            "value": 30504
          }, {
            "label": "Jakarta Utara",
            "clearTerm": "jakarta-utara",
            "value": 30505
          }, {
            "label": "Kepulauan Seribu",
            "clearTerm": "kepulauan-seribu",
            "value": 30506
          }]
        }, {
          "label": "Jambi",
          "clearTerm": "jambi",
          "value": 30600
        }, {
          "label": "Jawa Barat",
          "clearTerm": "jawa-barat",
          "value": 30700,
          "children": [{
            "label": "Bandung",
            "clearTerm": "bandung",
            "value": 30701
          }, {
            "label": "Bekasi",
            "clearTerm": "bekasi",
            "value": 30702
          }, {
            "label": "Bogor",
            "clearTerm": "bogor",
            "value": 30703
          }, {
            "label": "Cianjur",
            "clearTerm": "cianjur",
            "value": 30704
          }, {
            "label": "Cibinong",
            "clearTerm": "cibinong",
            "value": 30705
          }, {
            "label": "Cikarang",
            "clearTerm": "cikarang",
            "value": 30706
          }, {
            "label": "Cileungsi",
            "clearTerm": "cileungsi",
            "value": 30707
          }, {
            "label": "Cimahi",
            "clearTerm": "cimahi",
            "value": 30708
          }, {
            "label": "Cirebon",
            "clearTerm": "cirebon",
            "value": 30709
          }, {
            "label": "Citeureup",
            "clearTerm": "citeureup",
            "value": 30710
          }, {
            "label": "Depok",
            "clearTerm": "depok",
            "value": 30711
          }, {
            "label": "Karawang",
            "clearTerm": "karawang",
            "value": 30712
          }, {
            "label": "Pangandaran",
            "clearTerm": "pangandaran",
            "value": 30713
          }, {
            "label": "Purwakarta",
            "clearTerm": "purwakarta",
            "value": 30714
          }, {
            "label": "Sukabumi",
            "clearTerm": "sukabumi",
            "value": 30715
          }, {
            "label": "Tasikmalaya",
            "clearTerm": "tasikmalaya",
            "value": 30716
          }]
        }, {
          "label": "Jawa Tengah",
          "clearTerm": "jawa-tengah",
          "value": 30800,
          "children": [{
            "label": "Banjarnegara",
            "clearTerm": "banjarnegara",
            "value": 30801
          }, {
            "label": "Brebes",
            "clearTerm": "brebes",
            "value": 30802
          }, {
            "label": "Cilacap",
            "clearTerm": "cilacap",
            "value": 30803
          }, {
            "label": "Demak",
            "clearTerm": "demak",
            "value": 30804
          }, {
            "label": "Jepara",
            "clearTerm": "jepara",
            "value": 30805
          }, {
            "label": "Klaten",
            "clearTerm": "klaten",
            "value": 30806
          }, {
            "label": "Kudus",
            "clearTerm": "kudus",
            "value": 30807
          }, {
            "label": "Magelang",
            "clearTerm": "magelang",
            "value": 30808
          }, {
            "label": "Pekalongan",
            "clearTerm": "pekalongan",
            "value": 30809
          }, {
            "label": "Pemalang",
            "clearTerm": "pemalang",
            "value": 30810
          }, {
            "label": "Purbalingga",
            "clearTerm": "purbalingga",
            "value": 30811
          }, {
            "label": "Purwokerto",
            "clearTerm": "purwokerto",
            "value": 30812
          }, {
            "label": "Purworejo",
            "clearTerm": "purworejo",
            "value": 30813
          }, {
            "label": "Salatiga",
            "clearTerm": "salatiga",
            "value": 30814
          }, {
            "label": "Semarang",
            "clearTerm": "semarang",
            "value": 30815
          }, {
            "label": "Surakarta",
            "clearTerm": "surakarta",
            "value": 30816
          }, {
            "label": "Tegal",
            "clearTerm": "tegal",
            "value": 30817
          }, {
            "label": "Ungaran",
            "clearTerm": "ungaran",
            "value": 30818
          }, {
            "label": "Wonogiri ",
            "clearTerm": "wonogiri-wonogoro",
            "value": 30819
          }]
        }, {
          "label": "Jawa Timur",
          "clearTerm": "jawa-timur",
          "value": 30900,
          "children": [{
            "label": "Banyuwangi",
            "clearTerm": "banyuwangi",
            "value": 30901
          }, {
            "label": "Batu",
            "clearTerm": "batu",
            "value": 30902
          }, {
            "label": "Blitar",
            "clearTerm": "blitar",
            "value": 30903
          }, {
            "label": "Gresik",
            "clearTerm": "gresik",
            "value": 30904
          }, {
            "label": "Jember",
            "clearTerm": "jember",
            "value": 30905
          }, {
            "label": "Kediri",
            "clearTerm": "kediri",
            "value": 30906
          }, {
            "label": "Madiun",
            "clearTerm": "madiun",
            "value": 30907
          }, {
            "label": "Madura",
            "clearTerm": "madura",
            "value": 30908
          }, {
            "label": "Malang",
            "clearTerm": "malang",
            "value": 30909
          }, {
            "label": "Mojokerto",
            "clearTerm": "mojokerto",
            "value": 30910
          }, {
            "label": "Pasuruan",
            "clearTerm": "pasuruan",
            "value": 30911
          }, {
            "label": "Ponorogo",
            "clearTerm": "ponorogo",
            "value": 30912
          }, {
            "label": "Probolinggo",
            "clearTerm": "probolinggo",
            "value": 30913
          }, {
            "label": "Sampang",
            "clearTerm": "sampang",
            "value": 30914
          }, {
            "label": "Sidoarjo",
            "clearTerm": "sidoarjo",
            "value": 30915
          }, {
            "label": "Surabaya",
            "clearTerm": "surabaya",
            "value": 30916
          }, {
            "label": "Tuban",
            "clearTerm": "tuban",
            "value": 30917
          }]
        }, {
          "label": "Kalimantan Barat",
          "clearTerm": "kalimantan-barat",
          "value": 31000,
          "children": [{
            "label": "Ketapang",
            "clearTerm": "ketapang",
            "value": 31001
          }, {
            "label": "Pontianak",
            "clearTerm": "pontianak",
            "value": 31002
          }, {
            "label": "Sambas",
            "clearTerm": "sambas",
            "value": 31003
          }, {
            "label": "Singkawang",
            "clearTerm": "singkawang",
            "value": 31004
          }, {
            "label": "Sintang",
            "clearTerm": "sintang",
            "value": 31005
          }, {
            "label": "Bengkayang",
            "clearTerm": "bengkayang",
            "value": 31006
          }, {
            "label": "Kapuas Hulu",
            "clearTerm": "kapuas-hulu",
            "value": 31007
          }, {
            "label": "Kayong Utara",
            "clearTerm": "kayong-utara",
            "value": 31008
          }, {
            "label": "Kubu Raya",
            "clearTerm": "kubu-raya",
            "value": 31009
          }, {
            "label": "Landak",
            "clearTerm": "landak",
            "value": 31010
          }, {
            "label": "Melawi",
            "clearTerm": "melawi",
            "value": 31011
          }, {
            "label": "Mempawah",
            "clearTerm": "mempawah",
            "value": 31012
          }, {
            "label": "Sanggau",
            "clearTerm": "sanggau",
            "value": 31013
          }, {
            "label": "Sekadau",
            "clearTerm": "sekadau",
            "value": 31014
          }]
        }, {
          "label": "Kalimantan Selatan",
          "clearTerm": "kalimantan-selatan",
          "value": 31100,
          "children": [{
            "label": "Banjarbaru",
            "clearTerm": "banjarbaru",
            "value": 31101
          }, {
            "label": "Banjarmasin",
            "clearTerm": "banjarmasin",
            "value": 31102
          }, {
            "label": "Kotabaru",
            "clearTerm": "kotabaru",
            "value": 31103
          }, {
            "label": "Martapura",
            "clearTerm": "martapura",
            "value": 31104
          }, {
            "label": "Balangan",
            "clearTerm": "balangan",
            "value": 31105
          }, {
            "label": "Banjar",
            "clearTerm": "banjar",
            "value": 31106
          }, {
            "label": "Barito Kuala",
            "clearTerm": "barito-kuala",
            "value": 31107
          }, {
            "label": "Hulu Sungai Selatan",
            "clearTerm": "hulu-sungai-selatan",
            "value": 31108
          }, {
            "label": "Hulu Sungai Tengah",
            "clearTerm": "hulu-sungai-tengah",
            "value": 31109
          }, {
            "label": "Hulu Sungai Utara",
            "clearTerm": "hulu-sungai-utara",
            "value": 31110
          }, {
            "label": "Tabalong",
            "clearTerm": "tabalong",
            "value": 31111
          }, {
            "label": "Tanah Bumbu",
            "clearTerm": "tanah-bumbu",
            "value": 31112
          }, {
            "label": "Tanah Laut",
            "clearTerm": "tanah-laut",
            "value": 31113
          }, {
            "label": "Tapin",
            "clearTerm": "tapin",
            "value": 31114
          }]
        }, {
          "label": "Kalimantan Tengah",
          "clearTerm": "kalimantan-tengah",
          "value": 31200,
          "children": [{
            "label": "Palangkaraya",
            "clearTerm": "palangkaraya",
            "value": 31201
          }, {
            "label": "Barito Selatan",
            "clearTerm": "barito-selatan",
            "value": 31202
          }, {
            "label": "Barito Timur",
            "clearTerm": "barito-timur",
            "value": 31203
          }, {
            "label": "Barito Utara",
            "clearTerm": "barito-utara",
            "value": 31204
          }, {
            "label": "Gunung Mas",
            "clearTerm": "gunung-mas",
            "value": 31205
          }, {
            "label": "Kapuas",
            "clearTerm": "kapuas",
            "value": 31206
          }, {
            "label": "Kabupaten Katingan",
            "clearTerm": "kabupaten-katingan",
            "value": 31207
          }, {
            "label": "Kotawaringin Barat",
            "clearTerm": "kotawaringin-barat",
            "value": 31208
          }, {
            "label": "Kotawaringin Timur",
            "clearTerm": "kotawaringin-timur",
            "value": 31209
          }, {
            "label": "Lamandau",
            "clearTerm": "lamandau",
            "value": 31210
          }, {
            "label": "Murung Raya",
            "clearTerm": "murung-raya",
            "value": 31211
          }, {
            "label": "Pulang Pisau",
            "clearTerm": "pulang-pisau",
            "value": 31212
          }, {
            "label": "Sukamara",
            "clearTerm": "sukamara",
            "value": 31213
          }, {
            "label": "Seruyan",
            "clearTerm": "seruyan",
            "value": 31214
          }]
        }, {
          "label": "Kalimantan Timur",
          "clearTerm": "kalimantan-timur",
          "value": 31300,
          "children": [{
            "label": "Balikpapan",
            "clearTerm": "balikpapan",
            "value": 31301
          }, {
            "label": "Bontang",
            "clearTerm": "bontang",
            "value": 31302
          }, {
            "label": "Samarinda",
            "clearTerm": "samarinda",
            "value": 31303
          }, {
            "label": "Kutai Barat",
            "clearTerm": "kutai-barat",
            "value": 31304
          }, {
            "label": "Kutai Kartanegara",
            "clearTerm": "kutai-kartanegara",
            "value": 31305
          }, {
            "label": "Kutai Timur",
            "clearTerm": "kutai-timur",
            "value": 31306
          }, {
            "label": "Paser",
            "clearTerm": "paser",
            "value": 31307
          }, {
            "label": "Penajam Paser Utara",
            "clearTerm": "penajam-paser-utara",
            "value": 31308
          }, {
            "label": "Mahakam Ulu",
            "clearTerm": "mahakam-ulu",
            "value": 31309
          }]
        }, {
          "label": "Lampung",
          "clearTerm": "lampung",
          "value": 31400,
          "children": [{
            "label": "Bandar Lampung",
            "clearTerm": "bandar-lampung",
            "value": 31401
          }, {
            "label": "Metro",
            "clearTerm": "metro",
            "value": 31402
          }]
        }, {
          "label": "Maluku",
          "clearTerm": "maluku",
          "value": 31500,
          "children": [{
            "label": "Ambon",
            "clearTerm": "ambon",
            "value": 31501
          }, {
            "label": "Maluku Barat",
            "clearTerm": "maluku-barat",
            "value": 31502
          }, {
            "label": "Maluku Tengah",
            "clearTerm": "maluku-tengah",
            "value": 31503
          }, {
            "label": "Maluku Tenggara",
            "clearTerm": "maluku-tenggara",
            "value": 31504
          }]
        }, {
          "label": "Nusa Tenggara Barat",
          "clearTerm": "nusa-tenggara-barat",
          "value": 31600,
          "children": [{
            "label": "Bima",
            "clearTerm": "bima",
            "value": 31601
          }, {
            "label": "Lombok",
            "clearTerm": "lombok",
            "value": 31602
          }, {
            "label": "Mataram",
            "clearTerm": "mataram",
            "value": 31603
          }, {
            "label": "Senggigi",
            "clearTerm": "senggigi",
            "value": 31604
          }, {
            "label": "Sumbawa",
            "clearTerm": "sumbawa",
            "value": 31605
          }]
        }, {
          "label": "Nusa Tenggara Timur",
          "clearTerm": "nusa-tenggara-timur",
          "value": 31700,
          "children": [{
            "label": "Ende",
            "clearTerm": "ende",
            "value": 31701
          }, {
            "label": "Flores Timur Larantuka",
            "clearTerm": "flores-timur-larantuka",
            "value": 31702
          }, {
            "label": "Kupang",
            "clearTerm": "kupang",
            "value": 31703
          }]
        }, {
          "label": "Riau",
          "clearTerm": "riau",
          "value": 31800,
          "children": [{
            "label": "Dumai",
            "clearTerm": "dumai",
            "value": 31801
          }, {
            "label": "Pekanbaru",
            "clearTerm": "pekanbaru",
            "value": 31802
          }]
        }, {
          "label": "Sulawesi Selatan",
          "clearTerm": "sulawesi-selatan",
          "value": 31900,
          "children": [{
            "label": "Gowa",
            "clearTerm": "gowa",
            "value": 31901
          }, {
            "label": "Makassar",
            "clearTerm": "makassar",
            "value": 31902
          }, {
            "label": "Maros",
            "clearTerm": "maros",
            "value": 31903
          }, {
            "label": "Palopo",
            "clearTerm": "palopo",
            "value": 31904
          }, {
            "label": "Pare-Pare",
            "clearTerm": "pare-pare",
            "value": 31905
          }, {
            "label": "Toraja",
            "clearTerm": "toraja",
            "value": 31906
          }]
        }, {
          "label": "Sulawesi Tengah",
          "clearTerm": "sulawesi-tengah",
          "value": 32000,
          "children": [{
            "label": "Donggala",
            "clearTerm": "donggala",
            "value": 32001
          }, {
            "label": "Palu",
            "clearTerm": "palu",
            "value": 32002
          }, {
            "label": "Poso",
            "clearTerm": "poso",
            "value": 32003
          }]
        }, {
          "label": "Sulawesi Tenggara",
          "clearTerm": "sulawesi-tenggara",
          "value": 32100,
          "children": [{
            "label": "Buton",
            "clearTerm": "buton",
            "value": 32101
          }, {
            "label": "Kendari",
            "clearTerm": "kendari",
            "value": 32102
          }]
        }, {
          "label": "Sulawesi Utara",
          "clearTerm": "sulawesi-utara",
          "value": 32200,
          "children": [{
            "label": "Bitung",
            "clearTerm": "bitung",
            "value": 32201
          }, {
            "label": "Kotamobagu",
            "clearTerm": "kotamobagu",
            "value": 32202
          }, {
            "label": "Manado",
            "clearTerm": "manado",
            "value": 32203
          }, {
            "label": "Minahasa",
            "clearTerm": "minahasa",
            "value": 32204
          }, {
            "label": "Tomohon",
            "clearTerm": "tomohon",
            "value": 32205
          }]
        }, {
          "label": "Sumatera Barat",
          "clearTerm": "sumatera-barat",
          "value": 32300,
          "children": [{
            "label": "Bukittinggi",
            "clearTerm": "bukittinggi",
            "value": 32301
          }, {
            "label": "Padang",
            "clearTerm": "padang",
            "value": 32302
          }, {
            "label": "Singgalang",
            "clearTerm": "singgalang",
            "value": 32303
          }]
        }, {
          "label": "Sumatera Selatan",
          "clearTerm": "sumatera-selatan",
          "value": 32400,
          "children": [{
            "label": "Muara Enim",
            "clearTerm": "muara-enim",
            "value": 32401
          }, {
            "label": "Palembang",
            "clearTerm": "palembang",
            "value": 32402
          }, {
            "label": "Prabumulih",
            "clearTerm": "prabumulih",
            "value": 32403
          }]
        }, {
          "label": "Sumatera Utara",
          "clearTerm": "sumatera-utara",
          "value": 32500,
          "children": [{
            "label": "Asahan Kisaran",
            "clearTerm": "asahan-kisaran",
            "value": 32501
          }, {
            "label": "Binjai",
            "clearTerm": "binjai",
            "value": 32502
          }, {
            "label": "Medan",
            "clearTerm": "medan",
            "value": 32503
          }, {
            "label": "Nias",
            "clearTerm": "nias",
            "value": 32504
          }, {
            "label": "Padang Sidempuan",
            "clearTerm": "padang-sidempuan",
            "value": 32505
          }, {
            "label": "Pematangsiantar",
            "clearTerm": "pematangsiantar",
            "value": 32506
          }, {
            "label": "Sibolga",
            "clearTerm": "sibolga",
            "value": 32507
          }, {
            "label": "Tanjung Balai",
            "clearTerm": "tanjung-balai",
            "value": 32508
          }, {
            "label": "Tapanuli",
            "clearTerm": "tapanuli",
            "value": 32509
          }]
        }, {
          "label": "Yogyakarta",
          "clearTerm": "yogyakarta",
          "value": 32700,
          "children": [{
            "label": "Bantul",
            "clearTerm": "bantul",
            "value": 32701
          }, {
            "label": "Gunung Kidul",
            "clearTerm": "gunung-kidul",
            "value": 32702
          }, {
            "label": "Kulon Progo",
            "clearTerm": "kulon-progo",
            "value": 32703
          }, {
            "label": "Sleman",
            "clearTerm": "sleman",
            "value": 32704
          }, {
            "label": "Yogyakarta",
            "clearTerm": "yogyakarta",
            "value": 32705
          }]
        }, {
          "label": "Bangka Belitung",
          "clearTerm": "bangka-belitung",
          "value": 32800,
          "children": [{
            "label": "Bangka",
            "clearTerm": "bangka",
            "value": 32801
          }, {
            "label": "Belitung",
            "clearTerm": "belitung",
            "value": 32802
          }, {
            "label": "Pangkal Pinang",
            "clearTerm": "pangkal-pinang",
            "value": 32803
          }]
        }, {
          "label": "Banten",
          "clearTerm": "banten",
          "value": 32900,
          "children": [{
            "label": "Cikupa",
            "clearTerm": "cikupa",
            "value": 32901
          }, {
            "label": "Cilegon",
            "clearTerm": "cilegon",
            "value": 32902
          }, {
            "label": "Pandeglang",
            "clearTerm": "pandeglang",
            "value": 32903
          }, {
            "label": "Rangkasbitung",
            "clearTerm": "rangkasbitung",
            "value": 32904
          }, {
            "label": "Serang",
            "clearTerm": "serang",
            "value": 32905
          }, {
            "label": "Tangerang",
            "clearTerm": "tangerang",
            "value": 32906
          }]
        }, {
          "label": "Gorontalo",
          "clearTerm": "gorontalo",
          "value": 33000,
          "children": [{
            "label": "Bone",
            "clearTerm": "bone",
            "value": 33001
          }, {
            "label": "Gorontalo",
            "clearTerm": "gorontalo",
            "value": 33002
          }]
        }, {
          "label": "Maluku Utara",
          "clearTerm": "maluku-utara",
          "value": 33100,
          "children": [{
            "label": "Halmahera",
            "clearTerm": "halmahera",
            "value": 33101
          }, {
            "label": "Ternate",
            "clearTerm": "ternate",
            "value": 33102
          }, {
            "label": "Tidore",
            "clearTerm": "tidore",
            "value": 33103
          }]
        }, {
          "label": "Kepulauan Riau",
          "clearTerm": "kepulauan-riau",
          "value": 33200,
          "children": [{
            "label": "Batam",
            "clearTerm": "batam",
            "value": 33201
          }, {
            "label": "Bintan",
            "clearTerm": "bintan",
            "value": 33202
          }, {
            "label": "Natuna Ranai",
            "clearTerm": "natuna-ranai",
            "value": 33203
          }, {
            "label": "Tanjung Pinang",
            "clearTerm": "tanjung-pinang",
            "value": 33204
          }]
        }, {
          "label": "Papua Barat",
          "clearTerm": "papua-barat",
          "value": 33300,
          "children": [{
            "label": "Fakfak",
            "clearTerm": "fakfak",
            "value": 33301
          }, {
            "label": "Manokwari",
            "clearTerm": "manokwari",
            "value": 33302
          }, {
            "label": "Sorong",
            "clearTerm": "sorong",
            "value": 33303
          }]
        }, {
          "label": "Sulawesi Barat",
          "clearTerm": "sulawesi-barat",
          "value": 33400,
          "children": [{
            "label": "Mamuju",
            "clearTerm": "mamuju",
            "value": 33401
          }]
        }, {
          "label": "Kalimantan Utara",
          "clearTerm": "kalimantan-utara",
          "value": 33500,
          "children": [{
            "label": "Bulungan",
            "clearTerm": "bulungan",
            "value": 33501
          }, {
            "label": "Malinau",
            "clearTerm": "malinau",
            "value": 33502
          }, {
            "label": "Nunukan",
            "clearTerm": "nunukan",
            "value": 33503
          }, {
            "label": "Tana Tidung",
            "clearTerm": "tana-tidung",
            "value": 33504
          }, {
            "label": "Tarakan",
            "clearTerm": "tarakan",
            "value": 33505
          }]
        }, {
          "label": "India",
          "clearTerm": "india",
          "value": 40000
        }, {
          "label": "Malaysia",
          "clearTerm": "malaysia",
          "value": 50000
        }, {
          "label": "Filipina ",
          "clearTerm": "philippines",
          "value": 60000
        }, {
          "label": "Singapura",
          "clearTerm": "singapura",
          "value": 70000
        }, {
          "label": "Thailand",
          "clearTerm": "thailand",
          "value": 80000
        }, {
          "label": "Cina",
          "clearTerm": "china",
          "value": 100000
        }, {
          "label": "Vietnam",
          "clearTerm": "vietnam",
          "value": 110000
        }, {
          "label": "Jepang",
          "clearTerm": "japan",
          "value": 150000
        }],
        "MIN_SALARY": [{
          "type": 1,
          "options": [{
            "value": "0",
            "label": "Rp 0"
          }, {
            "value": "1000000",
            "label": "Rp 1 Juta"
          }, {
            "value": "1500000",
            "label": "Rp 1.5 Juta"
          }, {
            "value": "2000000",
            "label": "Rp 2 Juta"
          }, {
            "value": "2500000",
            "label": "Rp 2.5 Juta"
          }, {
            "value": "3000000",
            "label": "Rp 3 Juta"
          }, {
            "value": "3500000",
            "label": "Rp 3.5 Juta"
          }, {
            "value": "4000000",
            "label": "Rp 4 Juta"
          }, {
            "value": "4500000",
            "label": "Rp 4.5 Juta"
          }, {
            "value": "5000000",
            "label": "Rp 5 Juta"
          }, {
            "value": "6000000",
            "label": "Rp 6 Juta"
          }, {
            "value": "7000000",
            "label": "Rp 7 Juta"
          }, {
            "value": "8000000",
            "label": "Rp 8 Juta"
          }, {
            "value": "9000000",
            "label": "Rp 9 Juta"
          }, {
            "value": "10000000",
            "label": "Rp 10 Juta"
          }, {
            "value": "15000000",
            "label": "Rp 15 Juta"
          }, {
            "value": "20000000",
            "label": "Rp 20 Juta"
          }, {
            "value": "25000000",
            "label": "Rp 25 Juta"
          }, {
            "value": "40000000",
            "label": "Rp 40 Juta"
          }, {
            "value": "60000000",
            "label": "Rp 60 Juta"
          }, {
            "value": "80000000",
            "label": "Rp 80 Juta"
          }]
        }],
        "MAX_SALARY": [{
          "type": 1,
          "options": [{
            "value": "1000000",
            "label": "Rp 1 Juta"
          }, {
            "value": "1500000",
            "label": "Rp 1.5 Juta"
          }, {
            "value": "2000000",
            "label": "Rp 2 Juta"
          }, {
            "value": "2500000",
            "label": "Rp 2.5 Juta"
          }, {
            "value": "3000000",
            "label": "Rp 3 Juta"
          }, {
            "value": "3500000",
            "label": "Rp 3.5 Juta"
          }, {
            "value": "4000000",
            "label": "Rp 4 Juta"
          }, {
            "value": "4500000",
            "label": "Rp 4.5 Juta"
          }, {
            "value": "5000000",
            "label": "Rp 5 Juta"
          }, {
            "value": "6000000",
            "label": "Rp 6 Juta"
          }, {
            "value": "7000000",
            "label": "Rp 7 Juta"
          }, {
            "value": "8000000",
            "label": "Rp 8 Juta"
          }, {
            "value": "9000000",
            "label": "Rp 9 Juta"
          }, {
            "value": "10000000",
            "label": "Rp 10 Juta"
          }, {
            "value": "15000000",
            "label": "Rp 15 Juta"
          }, {
            "value": "20000000",
            "label": "Rp 20 Juta"
          }, {
            "value": "25000000",
            "label": "Rp 25 Juta"
          }, {
            "value": "40000000",
            "label": "Rp 40 Juta"
          }, {
            "value": "60000000",
            "label": "Rp 60 Juta"
          }, {
            "value": "80000000",
            "label": "Rp 80 Juta"
          }, {
            "value": "100000000",
            "label": "Rp 100 Juta+"
          }]
        }],
        "QUALIFICATIONS": [{
          "value": "empty",
          "label": "Tidak terspesifikasi"
        }, {
          "value": "primary",
          "label": ""
        }, {
          "value": "lower_secondary",
          "label": ""
        }, {
          "value": "upper_secondary",
          "label": "SMA"
        }, {
          "value": "diploma",
          "label": "D3 (Diploma)"
        }, {
          "value": "advanced_diploma",
          "label": "D4 (Diploma)"
        }, {
          "value": "degree",
          "label": "Sarjana (S1)"
        }, {
          "value": "master",
          "label": "Magister (S2)"
        }, {
          "value": "doctorate",
          "label": "Doktor (S3)"
        }, {
          "value": "pro_degree",
          "label": "Gelar Professional"
        }, {
          "value": "pro_cert",
          "label": "Sertifikat Professional"
        }, {
          "value": "pre_u",
          "label": "SMU\u002FSMK\u002FSTM"
        }, {
          "value": "post_graduate",
          "label": "Diploma Pascasarjana"
        }],
        "CAREER_LEVEL": [{
          "value": "empty",
          "label": "Tidak Terspesifikasi"
        }, {
          "value": "upper_management",
          "label": "CEO\u002FGM\u002FDirektur\u002FManajer Senior"
        }, {
          "value": "middle_management",
          "label": "Manajer\u002FAsisten Manajer"
        }, {
          "value": "lower_management",
          "label": "Supervisor\u002FKoordinator"
        }, {
          "value": "junior",
          "label": "Pegawai (non-manajemen & non-supervisor)"
        }, {
          "value": "entry",
          "label": "Lulusan baru\u002FPengalaman kerja kurang dari 1 tahun"
        }, {
          "value": "non_executive",
          "label": "Non-Eksekutif"
        }]
      },
      "en_id": {
        "LOCATION": [{
          "label": "Hong Kong",
          "clearTerm": "hong-kong",
          "value": 20000
        }, {
          "label": "Indonesia",
          "clearTerm": "indonesia",
          "value": 30000
        }, {
          "label": "Aceh",
          "clearTerm": "aceh",
          "value": 30100,
          "children": [{
            "label": "Kota Banda Aceh",
            "clearTerm": "kota-banda-aceh",
            "value": 30101
          }, {
            "label": "Lhokseumawe",
            "clearTerm": "lhokseumawe",
            "value": 30102
          }, {
            "label": "Meulaboh",
            "clearTerm": "meulaboh",
            "value": 30103
          }, {
            "label": "Sabang",
            "clearTerm": "sabang",
            "value": 30104
          }, {
            "label": "Takengon",
            "clearTerm": "takengon",
            "value": 30105
          }]
        }, {
          "label": "Bali",
          "clearTerm": "bali",
          "value": 30200,
          "children": [{
            "label": "Badung",
            "clearTerm": "badung",
            "value": 30201
          }, {
            "label": "Denpasar",
            "clearTerm": "denpasar",
            "value": 30202
          }, {
            "label": "Gianyar",
            "clearTerm": "gianyar",
            "value": 30203
          }, {
            "label": "Karangasem",
            "clearTerm": "karangasem",
            "value": 30204
          }, {
            "label": "Klungkung",
            "clearTerm": "klungkung",
            "value": 30205
          }, {
            "label": "Kuta",
            "clearTerm": "kuta",
            "value": 30206
          }, {
            "label": "Seminyak",
            "clearTerm": "seminyak",
            "value": 30207
          }, {
            "label": "Ubud",
            "clearTerm": "ubud",
            "value": 30208
          }]
        }, {
          "label": "Bengkulu",
          "clearTerm": "bengkulu",
          "value": 30300
        }, {
          "label": "Papua",
          "clearTerm": "papua",
          "value": 30400,
          "children": [{
            "label": "Jayapura",
            "clearTerm": "jayapura",
            "value": 30401
          }, {
            "label": "Merauke",
            "clearTerm": "merauke",
            "value": 30402
          }, {
            "label": "Puncak Jaya",
            "clearTerm": "puncak-jaya",
            "value": 30403
          }, {
            "label": "Timika",
            "clearTerm": "timika",
            "value": 30404
          }]
        }, {
          "label": "Jakarta Raya",
          "clearTerm": "jakarta-raya",
          "value": 30500,
          "children": [{
            "label": "Jakarta Barat",
            "clearTerm": "jakarta-barat",
            "value": 30501
          }, {
            "label": "Jakarta Pusat",
            "clearTerm": "jakarta-pusat",
            "value": 30502
          }, {
            "label": "Jakarta Selatan",
            "clearTerm": "jakarta-selatan",
            "value": 30503
          }, {
            "label": "Jakarta Timur",
            "clearTerm": "jakarta-timur",
            "value": 30504
          }, {
            "label": "Jakarta Utara",
            "clearTerm": "jakarta-utara",
            "value": 30505
          }, {
            "label": "Kepulauan Seribu",
            "clearTerm": "kepulauan-seribu",
            "value": 30506
          }]
        }, {
          "label": "Jambi",
          "clearTerm": "jambi",
          "value": 30600
        }, {
          "label": "Jawa Barat",
          "clearTerm": "jawa-barat",
          "value": 30700,
          "children": [{
            "label": "Bandung",
            "clearTerm": "bandung",
            "value": 30701
          }, {
            "label": "Bekasi",
            "clearTerm": "bekasi",
            "value": 30702
          }, {
            "label": "Bogor",
            "clearTerm": "bogor",
            "value": 30703
          }, {
            "label": "Cianjur",
            "clearTerm": "cianjur",
            "value": 30704
          }, {
            "label": "Cibinong",
            "clearTerm": "cibinong",
            "value": 30705
          }, {
            "label": "Cikarang",
            "clearTerm": "cikarang",
            "value": 30706
          }, {
            "label": "Cileungsi",
            "clearTerm": "cileungsi",
            "value": 30707
          }, {
            "label": "Cimahi",
            "clearTerm": "cimahi",
            "value": 30708
          }, {
            "label": "Cirebon",
            "clearTerm": "cirebon",
            "value": 30709
          }, {
            "label": "Citeureup",
            "clearTerm": "citeureup",
            "value": 30710
          }, {
            "label": "Depok",
            "clearTerm": "depok",
            "value": 30711
          }, {
            "label": "Karawang",
            "clearTerm": "karawang",
            "value": 30712
          }, {
            "label": "Pangandaran",
            "clearTerm": "pangandaran",
            "value": 30713
          }, {
            "label": "Purwakarta",
            "clearTerm": "purwakarta",
            "value": 30714
          }, {
            "label": "Sukabumi",
            "clearTerm": "sukabumi",
            "value": 30715
          }, {
            "label": "Tasikmalaya",
            "clearTerm": "tasikmalaya",
            "value": 30716
          }]
        }, {
          "label": "Jawa Tengah",
          "clearTerm": "jawa-tengah",
          "value": 30800,
          "children": [{
            "label": "Banjarnegara",
            "clearTerm": "banjarnegara",
            "value": 30801
          }, {
            "label": "Brebes",
            "clearTerm": "brebes",
            "value": 30802
          }, {
            "label": "Cilacap",
            "clearTerm": "cilacap",
            "value": 30803
          }, {
            "label": "Demak",
            "clearTerm": "demak",
            "value": 30804
          }, {
            "label": "Jepara",
            "clearTerm": "jepara",
            "value": 30805
          }, {
            "label": "Klaten",
            "clearTerm": "klaten",
            "value": 30806
          }, {
            "label": "Kudus",
            "clearTerm": "kudus",
            "value": 30807
          }, {
            "label": "Magelang",
            "clearTerm": "magelang",
            "value": 30808
          }, {
            "label": "Pekalongan",
            "clearTerm": "pekalongan",
            "value": 30809
          }, {
            "label": "Pemalang",
            "clearTerm": "pemalang",
            "value": 30810
          }, {
            "label": "Purbalingga",
            "clearTerm": "purbalingga",
            "value": 30811
          }, {
            "label": "Purwokerto",
            "clearTerm": "purwokerto",
            "value": 30812
          }, {
            "label": "Purworejo",
            "clearTerm": "purworejo",
            "value": 30813
          }, {
            "label": "Salatiga",
            "clearTerm": "salatiga",
            "value": 30814
          }, {
            "label": "Semarang",
            "clearTerm": "semarang",
            "value": 30815
          }, {
            "label": "Surakarta",
            "clearTerm": "surakarta",
            "value": 30816
          }, {
            "label": "Tegal",
            "clearTerm": "tegal",
            "value": 30817
          }, {
            "label": "Ungaran",
            "clearTerm": "ungaran",
            "value": 30818
          }, {
            "label": "Wonogiri Wonogoro",
            "clearTerm": "wonogiri-wonogoro",
            "value": 30819
          }]
        }, {
          "label": "Jawa Timur",
          "clearTerm": "jawa-timur",
          "value": 30900,
          "children": [{
            "label": "Banyuwangi",
            "clearTerm": "banyuwangi",
            "value": 30901
          }, {
            "label": "Batu",
            "clearTerm": "batu",
            "value": 30902
          }, {
            "label": "Blitar",
            "clearTerm": "blitar",
            "value": 30903
          }, {
            "label": "Gresik",
            "clearTerm": "gresik",
            "value": 30904
          }, {
            "label": "Jember",
            "clearTerm": "jember",
            "value": 30905
          }, {
            "label": "Kediri",
            "clearTerm": "kediri",
            "value": 30906
          }, {
            "label": "Madiun",
            "clearTerm": "madiun",
            "value": 30907
          }, {
            "label": "Madura",
            "clearTerm": "madura",
            "value": 30908
          }, {
            "label": "Malang",
            "clearTerm": "malang",
            "value": 30909
          }, {
            "label": "Mojokerto",
            "clearTerm": "mojokerto",
            "value": 30910
          }, {
            "label": "Pasuruan",
            "clearTerm": "pasuruan",
            "value": 30911
          }, {
            "label": "Ponorogo",
            "clearTerm": "ponorogo",
            "value": 30912
          }, {
            "label": "Probolinggo",
            "clearTerm": "probolinggo",
            "value": 30913
          }, {
            "label": "Sampang",
            "clearTerm": "sampang",
            "value": 30914
          }, {
            "label": "Sidoarjo",
            "clearTerm": "sidoarjo",
            "value": 30915
          }, {
            "label": "Surabaya",
            "clearTerm": "surabaya",
            "value": 30916
          }, {
            "label": "Tuban",
            "clearTerm": "tuban",
            "value": 30917
          }]
        }, {
          "label": "Kalimantan Barat",
          "clearTerm": "kalimantan-barat",
          "value": 31000,
          "children": [{
            "label": "Ketapang",
            "clearTerm": "ketapang",
            "value": 31001
          }, {
            "label": "Pontianak",
            "clearTerm": "pontianak",
            "value": 31002
          }, {
            "label": "Sambas",
            "clearTerm": "sambas",
            "value": 31003
          }, {
            "label": "Singkawang",
            "clearTerm": "singkawang",
            "value": 31004
          }, {
            "label": "Sintang",
            "clearTerm": "sintang",
            "value": 31005
          }, {
            "label": "Bengkayang",
            "clearTerm": "bengkayang",
            "value": 31006
          }, {
            "label": "Kapuas Hulu",
            "clearTerm": "kapuas-hulu",
            "value": 31007
          }, {
            "label": "Kayong Utara",
            "clearTerm": "kayong-utara",
            "value": 31008
          }, {
            "label": "Kubu Raya",
            "clearTerm": "kubu-raya",
            "value": 31009
          }, {
            "label": "Landak",
            "clearTerm": "landak",
            "value": 31010
          }, {
            "label": "Melawi",
            "clearTerm": "melawi",
            "value": 31011
          }, {
            "label": "Mempawah",
            "clearTerm": "mempawah",
            "value": 31012
          }, {
            "label": "Sanggau",
            "clearTerm": "sanggau",
            "value": 31013
          }, {
            "label": "Sekadau",
            "clearTerm": "sekadau",
            "value": 31014
          }]
        }, {
          "label": "Kalimantan Selatan",
          "clearTerm": "kalimantan-selatan",
          "value": 31100,
          "children": [{
            "label": "Banjarbaru",
            "clearTerm": "banjarbaru",
            "value": 31101
          }, {
            "label": "Banjarmasin",
            "clearTerm": "banjarmasin",
            "value": 31102
          }, {
            "label": "Kotabaru",
            "clearTerm": "kotabaru",
            "value": 31103
          }, {
            "label": "Martapura",
            "clearTerm": "martapura",
            "value": 31104
          }, {
            "label": "Balangan",
            "clearTerm": "balangan",
            "value": 31105
          }, {
            "label": "Banjar",
            "clearTerm": "banjar",
            "value": 31106
          }, {
            "label": "Barito Kuala",
            "clearTerm": "barito-kuala",
            "value": 31107
          }, {
            "label": "Hulu Sungai Selatan",
            "clearTerm": "hulu-sungai-selatan",
            "value": 31108
          }, {
            "label": "Hulu Sungai Tengah",
            "clearTerm": "hulu-sungai-tengah",
            "value": 31109
          }, {
            "label": "Hulu Sungai Utara",
            "clearTerm": "hulu-sungai-utara",
            "value": 31110
          }, {
            "label": "Tabalong",
            "clearTerm": "tabalong",
            "value": 31111
          }, {
            "label": "Tanah Bumbu",
            "clearTerm": "tanah-bumbu",
            "value": 31112
          }, {
            "label": "Tanah Laut",
            "clearTerm": "tanah-laut",
            "value": 31113
          }, {
            "label": "Tapin",
            "clearTerm": "tapin",
            "value": 31114
          }]
        }, {
          "label": "Kalimantan Tengah",
          "clearTerm": "kalimantan-tengah",
          "value": 31200,
          "children": [{
            "label": "Palangkaraya",
            "clearTerm": "palangkaraya",
            "value": 31201
          }, {
            "label": "Barito Selatan",
            "clearTerm": "barito-selatan",
            "value": 31202
          }, {
            "label": "Barito Timur",
            "clearTerm": "barito-timur",
            "value": 31203
          }, {
            "label": "Barito Utara",
            "clearTerm": "barito-utara",
            "value": 31204
          }, {
            "label": "Gunung Mas",
            "clearTerm": "gunung-mas",
            "value": 31205
          }, {
            "label": "Kapuas",
            "clearTerm": "kapuas",
            "value": 31206
          }, {
            "label": "Kabupaten Katingan",
            "clearTerm": "kabupaten-katingan",
            "value": 31207
          }, {
            "label": "Kotawaringin Barat",
            "clearTerm": "kotawaringin-barat",
            "value": 31208
          }, {
            "label": "Kotawaringin Timur",
            "clearTerm": "kotawaringin-timur",
            "value": 31209
          }, {
            "label": "Lamandau",
            "clearTerm": "lamandau",
            "value": 31210
          }, {
            "label": "Murung Raya",
            "clearTerm": "murung-raya",
            "value": 31211
          }, {
            "label": "Pulang Pisau",
            "clearTerm": "pulang-pisau",
            "value": 31212
          }, {
            "label": "Sukamara",
            "clearTerm": "sukamara",
            "value": 31213
          }, {
            "label": "Seruyan",
            "clearTerm": "seruyan",
            "value": 31214
          }]
        }, {
          "label": "Kalimantan Timur",
          "clearTerm": "kalimantan-timur",
          "value": 31300,
          "children": [{
            "label": "Balikpapan",
            "clearTerm": "balikpapan",
            "value": 31301
          }, {
            "label": "Bontang",
            "clearTerm": "bontang",
            "value": 31302
          }, {
            "label": "Samarinda",
            "clearTerm": "samarinda",
            "value": 31303
          }, {
            "label": "Kutai Barat",
            "clearTerm": "kutai-barat",
            "value": 31304
          }, {
            "label": "Kutai Kartanegara",
            "clearTerm": "kutai-kartanegara",
            "value": 31305
          }, {
            "label": "Kutai Timur",
            "clearTerm": "kutai-timur",
            "value": 31306
          }, {
            "label": "Paser",
            "clearTerm": "paser",
            "value": 31307
          }, {
            "label": "Penajam Paser Utara",
            "clearTerm": "penajam-paser-utara",
            "value": 31308
          }, {
            "label": "Mahakam Ulu",
            "clearTerm": "mahakam-ulu",
            "value": 31309
          }]
        }, {
          "label": "Lampung",
          "clearTerm": "lampung",
          "value": 31400,
          "children": [{
            "label": "Bandar Lampung",
            "clearTerm": "bandar-lampung",
            "value": 31401
          }, {
            "label": "Metro",
            "clearTerm": "metro",
            "value": 31402
          }]
        }, {
          "label": "Maluku",
          "clearTerm": "maluku",
          "value": 31500,
          "children": [{
            "label": "Ambon",
            "clearTerm": "ambon",
            "value": 31501
          }, {
            "label": "Maluku Barat",
            "clearTerm": "maluku-barat",
            "value": 31502
          }, {
            "label": "Maluku Tengah",
            "clearTerm": "maluku-tengah",
            "value": 31503
          }, {
            "label": "Maluku Tenggara",
            "clearTerm": "maluku-tenggara",
            "value": 31504
          }]
        }, {
          "label": "Nusa Tenggara Barat",
          "clearTerm": "nusa-tenggara-barat",
          "value": 31600,
          "children": [{
            "label": "Bima",
            "clearTerm": "bima",
            "value": 31601
          }, {
            "label": "Lombok",
            "clearTerm": "lombok",
            "value": 31602
          }, {
            "label": "Mataram",
            "clearTerm": "mataram",
            "value": 31603
          }, {
            "label": "Senggigi",
            "clearTerm": "senggigi",
            "value": 31604
          }, {
            "label": "Sumbawa",
            "clearTerm": "sumbawa",
            "value": 31605
          }]
        }, {
          "label": "Nusa Tenggara Timur",
          "clearTerm": "nusa-tenggara-timur",
          "value": 31700,
          "children": [{
            "label": "Ende",
            "clearTerm": "ende",
            "value": 31701
          }, {
            "label": "Flores Timur Larantuka",
            "clearTerm": "flores-timur-larantuka",
            "value": 31702
          }, {
            "label": "Kupang",
            "clearTerm": "kupang",
            "value": 31703
          }]
        }, {
          "label": "Riau",
          "clearTerm": "riau",
          "value": 31800,
          "children": [{
            "label": "Dumai",
            "clearTerm": "dumai",
            "value": 31801
          }, {
            "label": "Pekanbaru",
            "clearTerm": "pekanbaru",
            "value": 31802
          }]
        }, {
          "label": "Sulawesi Selatan",
          "clearTerm": "sulawesi-selatan",
          "value": 31900,
          "children": [{
            "label": "Gowa",
            "clearTerm": "gowa",
            "value": 31901
          }, {
            "label": "Makassar",
            "clearTerm": "makassar",
            "value": 31902
          }, {
            "label": "Maros",
            "clearTerm": "maros",
            "value": 31903
          }, {
            "label": "Palopo",
            "clearTerm": "palopo",
            "value": 31904
          }, {
            "label": "Pare-Pare",
            "clearTerm": "pare-pare",
            "value": 31905
          }, {
            "label": "Toraja",
            "clearTerm": "toraja",
            "value": 31906
          }]
        }, {
          "label": "Sulawesi Tengah",
          "clearTerm": "sulawesi-tengah",
          "value": 32000,
          "children": [{
            "label": "Donggala",
            "clearTerm": "donggala",
            "value": 32001
          }, {
            "label": "Palu",
            "clearTerm": "palu",
            "value": 32002
          }, {
            "label": "Poso",
            "clearTerm": "poso",
            "value": 32003
          }]
        }, {
          "label": "Sulawesi Tenggara",
          "clearTerm": "sulawesi-tenggara",
          "value": 32100,
          "children": [{
            "label": "Buton",
            "clearTerm": "buton",
            "value": 32101
          }, {
            "label": "Kendari",
            "clearTerm": "kendari",
            "value": 32102
          }]
        }, {
          "label": "Sulawesi Utara",
          "clearTerm": "sulawesi-utara",
          "value": 32200,
          "children": [{
            "label": "Bitung",
            "clearTerm": "bitung",
            "value": 32201
          }, {
            "label": "Kotamobagu",
            "clearTerm": "kotamobagu",
            "value": 32202
          }, {
            "label": "Manado",
            "clearTerm": "manado",
            "value": 32203
          }, {
            "label": "Minahasa",
            "clearTerm": "minahasa",
            "value": 32204
          }, {
            "label": "Tomohon",
            "clearTerm": "tomohon",
            "value": 32205
          }]
        }, {
          "label": "Sumatera Barat",
          "clearTerm": "sumatera-barat",
          "value": 32300,
          "children": [{
            "label": "Bukittinggi",
            "clearTerm": "bukittinggi",
            "value": 32301
          }, {
            "label": "Padang",
            "clearTerm": "padang",
            "value": 32302
          }, {
            "label": "Singgalang",
            "clearTerm": "singgalang",
            "value": 32303
          }]
        }, {
          "label": "Sumatera Selatan",
          "clearTerm": "sumatera-selatan",
          "value": 32400,
          "children": [{
            "label": "Muara Enim",
            "clearTerm": "muara-enim",
            "value": 32401
          }, {
            "label": "Palembang",
            "clearTerm": "palembang",
            "value": 32402
          }, {
            "label": "Prabumulih",
            "clearTerm": "prabumulih",
            "value": 32403
          }]
        }, {
          "label": "Sumatera Utara",
          "clearTerm": "sumatera-utara",
          "value": 32500,
          "children": [{
            "label": "Asahan Kisaran",
            "clearTerm": "asahan-kisaran",
            "value": 32501
          }, {
            "label": "Binjai",
            "clearTerm": "binjai",
            "value": 32502
          }, {
            "label": "Medan",
            "clearTerm": "medan",
            "value": 32503
          }, {
            "label": "Nias",
            "clearTerm": "nias",
            "value": 32504
          }, {
            "label": "Padang Sidempuan",
            "clearTerm": "padang-sidempuan",
            "value": 32505
          }, {
            "label": "Pematangsiantar",
            "clearTerm": "pematangsiantar",
            "value": 32506
          }, {
            "label": "Sibolga",
            "clearTerm": "sibolga",
            "value": 32507
          }, {
            "label": "Tanjung Balai",
            "clearTerm": "tanjung-balai",
            "value": 32508
          }, {
            "label": "Tapanuli",
            "clearTerm": "tapanuli",
            "value": 32509
          }]
        }, {
          "label": "Yogyakarta",
          "clearTerm": "yogyakarta",
          "value": 32700,
          "children": [{
            "label": "Bantul",
            "clearTerm": "bantul",
            "value": 32701
          }, {
            "label": "Gunung Kidul",
            "clearTerm": "gunung-kidul",
            "value": 32702
          }, {
            "label": "Kulon Progo",
            "clearTerm": "kulon-progo",
            "value": 32703
          }, {
            "label": "Sleman",
            "clearTerm": "sleman",
            "value": 32704
          }, {
            "label": "Yogyakarta",
            "clearTerm": "yogyakarta",
            "value": 32705
          }]
        }, {
          "label": "Bangka Belitung",
          "clearTerm": "bangka-belitung",
          "value": 32800,
          "children": [{
            "label": "Bangka",
            "clearTerm": "bangka",
            "value": 32801
          }, {
            "label": "Belitung",
            "clearTerm": "belitung",
            "value": 32802
          }, {
            "label": "Pangkal Pinang",
            "clearTerm": "pangkal-pinang",
            "value": 32803
          }]
        }, {
          "label": "Banten",
          "clearTerm": "banten",
          "value": 32900,
          "children": [{
            "label": "Cikupa",
            "clearTerm": "cikupa",
            "value": 32901
          }, {
            "label": "Cilegon",
            "clearTerm": "cilegon",
            "value": 32902
          }, {
            "label": "Pandeglang",
            "clearTerm": "pandeglang",
            "value": 32903
          }, {
            "label": "Rangkasbitung",
            "clearTerm": "rangkasbitung",
            "value": 32904
          }, {
            "label": "Serang",
            "clearTerm": "serang",
            "value": 32905
          }, {
            "label": "Tangerang",
            "clearTerm": "tangerang",
            "value": 32906
          }]
        }, {
          "label": "Gorontalo",
          "clearTerm": "gorontalo",
          "value": 33000,
          "children": [{
            "label": "Bone",
            "clearTerm": "bone",
            "value": 33001
          }, {
            "label": "Gorontalo",
            "clearTerm": "gorontalo",
            "value": 33002
          }]
        }, {
          "label": "Maluku Utara",
          "clearTerm": "maluku-utara",
          "value": 33100,
          "children": [{
            "label": "Halmahera",
            "clearTerm": "halmahera",
            "value": 33101
          }, {
            "label": "Ternate",
            "clearTerm": "ternate",
            "value": 33102
          }, {
            "label": "Tidore",
            "clearTerm": "tidore",
            "value": 33103
          }]
        }, {
          "label": "Kepulauan Riau",
          "clearTerm": "kepulauan-riau",
          "value": 33200,
          "children": [{
            "label": "Batam",
            "clearTerm": "batam",
            "value": 33201
          }, {
            "label": "Bintan",
            "clearTerm": "bintan",
            "value": 33202
          }, {
            "label": "Natuna Ranai",
            "clearTerm": "natuna-ranai",
            "value": 33203
          }, {
            "label": "Tanjung Pinang",
            "clearTerm": "tanjung-pinang",
            "value": 33204
          }]
        }, {
          "label": "Papua Barat",
          "clearTerm": "papua-barat",
          "value": 33300,
          "children": [{
            "label": "Fakfak",
            "clearTerm": "fakfak",
            "value": 33301
          }, {
            "label": "Manokwari",
            "clearTerm": "manokwari",
            "value": 33302
          }, {
            "label": "Sorong",
            "clearTerm": "sorong",
            "value": 33303
          }]
        }, {
          "label": "Sulawesi Barat",
          "clearTerm": "sulawesi-barat",
          "value": 33400,
          "children": [{
            "label": "Mamuju",
            "clearTerm": "mamuju",
            "value": 33401
          }]
        }, {
          "label": "Kalimantan Utara",
          "clearTerm": "kalimantan-utara",
          "value": 33500,
          "children": [{
            "label": "Bulungan",
            "clearTerm": "bulungan",
            "value": 33501
          }, {
            "label": "Malinau",
            "clearTerm": "malinau",
            "value": 33502
          }, {
            "label": "Nunukan",
            "clearTerm": "nunukan",
            "value": 33503
          }, {
            "label": "Tana Tidung",
            "clearTerm": "tana-tidung",
            "value": 33504
          }, {
            "label": "Tarakan",
            "clearTerm": "tarakan",
            "value": 33505
          }]
        }, {
          "label": "India",
          "clearTerm": "india",
          "value": 40000
        }, {
          "label": "Malaysia",
          "clearTerm": "malaysia",
          "value": 50000
        }, {
          "label": "Philippines",
          "clearTerm": "philippines",
          "value": 60000
        }, {
          "label": "Singapore",
          "clearTerm": "singapore",
          "value": 70000
        }, {
          "label": "Thailand",
          "clearTerm": "thailand",
          "value": 80000
        }, {
          "label": "China",
          "clearTerm": "china",
          "value": 100000
        }, {
          "label": "Vietnam",
          "clearTerm": "vietnam",
          "value": 110000
        }, {
          "label": "Japan",
          "clearTerm": "japan",
          "value": 150000
        }],
        "JOB_FUNCTION": [{
          "label": "Accounting\u002FFinance",
          "clearTerm": "accounting-finance",
          "value": "501",
          "children": [{
            "label": "Audit & Taxation",
            "clearTerm": "audit-taxation-finance",
            "value": "130"
          }, {
            "label": "General\u002FCost Accounting",
            "clearTerm": "general-cost-accounting-finance",
            "value": "131"
          }, {
            "label": "Corporate Finance\u002FInvestment",
            "clearTerm": "corporate-investment-merchant-banking-finance",
            "value": "132"
          }, {
            "label": "Banking\u002FFinancial",
            "clearTerm": "banking-financial-services-finance",
            "value": "135"
          }]
        }, {
          "label": "Admin\u002FHuman Resources",
          "clearTerm": "admin-human-resources",
          "value": "502",
          "children": [{
            "label": "Clerical\u002FAdministrative Support",
            "clearTerm": "clerical-administrative-support",
            "value": "133"
          }, {
            "label": "Human Resources",
            "clearTerm": "human-resources-hr",
            "value": "137"
          }, {
            "label": "Secretarial\u002FExecutive Personal Assistant",
            "clearTerm": "secretarial-executive-personal-assistant",
            "value": "146"
          }, {
            "label": "Top Management",
            "clearTerm": "corporate-strategy-top-management",
            "value": "148"
          }]
        }, {
          "label": "Sales\u002FMarketing",
          "clearTerm": "sales-marketing",
          "value": "503",
          "children": [{
            "label": "Marketing\u002FBusiness Dev",
            "clearTerm": "marketing-business-development",
            "value": "139"
          }, {
            "label": "Sales - Corporate",
            "clearTerm": "corporate-wholesale-trading-sales",
            "value": "142"
          }, {
            "label": "Sales - Eng\u002FTech\u002FIT",
            "clearTerm": "engineering-technical-it-sales",
            "value": "143"
          }, {
            "label": "Sales - Financial Services",
            "clearTerm": "insurance-sales-financial-services",
            "value": "144"
          }, {
            "label": "Retail Sales",
            "clearTerm": "retail-general-sales",
            "value": "145"
          }, {
            "label": "Merchandising",
            "clearTerm": "merchandising-sales",
            "value": "149"
          }, {
            "label": "Telesales\u002FTelemarketing",
            "clearTerm": "telesales-telemarketing-sales",
            "value": "151"
          }, {
            "label": "E-commerce",
            "clearTerm": "ecommerce",
            "value": "202"
          }, {
            "label": "Digital Marketing",
            "clearTerm": "digital-marketing",
            "value": "203"
          }]
        }, {
          "label": "Arts\u002FMedia\u002FCommunications",
          "clearTerm": "arts-media-communications",
          "value": "504",
          "children": [{
            "label": "Advertising",
            "clearTerm": "advertising-media-planning",
            "value": "100"
          }, {
            "label": "Arts\u002FCreative Design",
            "clearTerm": "arts-creative-graphics-design",
            "value": "101"
          }, {
            "label": "Entertainment",
            "clearTerm": "entertainment-performing-arts",
            "value": "106"
          }, {
            "label": "Public Relations",
            "clearTerm": "public-relations-communications",
            "value": "141"
          }]
        }, {
          "label": "Services",
          "clearTerm": "services",
          "value": "505",
          "children": [{
            "label": "Personal Care",
            "clearTerm": "personal-care-beauty-fitness-service",
            "value": "118"
          }, {
            "label": "Armed Forces",
            "clearTerm": "security-armed-forces-protective-services",
            "value": "119"
          }, {
            "label": "Social Services",
            "clearTerm": "social-counselling-service",
            "value": "120"
          }, {
            "label": "Customer Service",
            "clearTerm": "customer-service",
            "value": "134"
          }, {
            "label": "Lawyer\u002FLegal Asst",
            "clearTerm": "law-legal-services",
            "value": "138"
          }, {
            "label": "Logistics\u002FSupply Chain",
            "clearTerm": "logistics-supply-chain",
            "value": "147"
          }, {
            "label": "Tech & Helpdesk Support",
            "clearTerm": "technical-helpdesk-support",
            "value": "152"
          }]
        }, {
          "label": "Hotel\u002FRestaurant",
          "clearTerm": "hotel-restaurant",
          "value": "506",
          "children": [{
            "label": "Food\u002FBeverage\u002FRestaurant",
            "clearTerm": "food-beverage-restaurant-service",
            "value": "107"
          }, {
            "label": "Hotel\u002FTourism",
            "clearTerm": "hotel-management-tourism-services",
            "value": "114"
          }]
        }, {
          "label": "Education\u002FTraining",
          "clearTerm": "education-training",
          "value": "507",
          "children": [{
            "label": "Education",
            "clearTerm": "education",
            "value": "105"
          }, {
            "label": "Training & Dev.",
            "clearTerm": "training-development",
            "value": "121"
          }]
        }, {
          "label": "Computer\u002FInformation Technology",
          "clearTerm": "computer-information-technology",
          "value": "508",
          "children": [{
            "label": "IT-Software",
            "clearTerm": "computer-software-it",
            "value": "191"
          }, {
            "label": "IT-Hardware",
            "clearTerm": "computer-hardware-it",
            "value": "192"
          }, {
            "label": "IT-Network\u002FSys\u002FDB Admin",
            "clearTerm": "system-network-database-admin",
            "value": "193"
          }]
        }, {
          "label": "Engineering",
          "clearTerm": "engineering",
          "value": "509",
          "children": [{
            "label": "Chemical Engineering",
            "clearTerm": "chemical-engineering",
            "value": "185"
          }, {
            "label": "Electronics",
            "clearTerm": "electronics-communication-engineering",
            "value": "186"
          }, {
            "label": "Electrical",
            "clearTerm": "electrical-engineering",
            "value": "187"
          }, {
            "label": "Other Engineering",
            "clearTerm": "others-engineering",
            "value": "188"
          }, {
            "label": "Environmental",
            "clearTerm": "environmental-health-safety-engineering",
            "value": "189"
          }, {
            "label": "Oil\u002FGas",
            "clearTerm": "oil-gas-engineering",
            "value": "190"
          }, {
            "label": "Mechanical",
            "clearTerm": "mechanical-automotive-engineering",
            "value": "195"
          }, {
            "label": "Industrial Engineering",
            "clearTerm": "industrial-engineering",
            "value": "200"
          }]
        }, {
          "label": "Manufacturing",
          "clearTerm": "manufacturing",
          "value": "510",
          "children": [{
            "label": "Maintenance",
            "clearTerm": "maintenance-repair-facilities-machinery",
            "value": "115"
          }, {
            "label": "Purchasing\u002FMaterial Mgmt",
            "clearTerm": "purchasing-inventory-warehouse-management",
            "value": "140"
          }, {
            "label": "Manufacturing",
            "clearTerm": "manufacturing-production-operations",
            "value": "194"
          }, {
            "label": "Process Control",
            "clearTerm": "process-design-control-instrumentation",
            "value": "196"
          }, {
            "label": "Quality Assurance",
            "clearTerm": "quality-assurance-control",
            "value": "197"
          }]
        }, {
          "label": "Building\u002FConstruction",
          "clearTerm": "building-construction",
          "value": "511",
          "children": [{
            "label": "Property\u002FReal Estate",
            "clearTerm": "property-real-estate",
            "value": "150"
          }, {
            "label": "Architect\u002FInterior Design",
            "clearTerm": "architecture-interior-design",
            "value": "180"
          }, {
            "label": "Civil\u002FConstruction",
            "clearTerm": "construction-structural-civil-engineering",
            "value": "184"
          }, {
            "label": "Quantity Surveying",
            "clearTerm": "quantity-surveying",
            "value": "198"
          }]
        }, {
          "label": "Sciences",
          "clearTerm": "sciences",
          "value": "512",
          "children": [{
            "label": "Agriculture",
            "clearTerm": "agriculture-forestry-fisheries",
            "value": "102"
          }, {
            "label": "Actuarial\u002FStatistics",
            "clearTerm": "actuarial-science-statistics",
            "value": "103"
          }, {
            "label": "Food Tech\u002FNutritionist",
            "clearTerm": "food-technology-nutritionist",
            "value": "108"
          }, {
            "label": "Geology\u002FGeophysics",
            "clearTerm": "geology-geophysics",
            "value": "109"
          }, {
            "label": "Aviation",
            "clearTerm": "aviation-aircraft-maintenance",
            "value": "181"
          }, {
            "label": "Biotechnology",
            "clearTerm": "biotechnology",
            "value": "182"
          }, {
            "label": "Chemistry",
            "clearTerm": "chemistry",
            "value": "183"
          }, {
            "label": "Science & Technology",
            "clearTerm": "science-technology-laboratory",
            "value": "199"
          }, {
            "label": "Biomedical",
            "clearTerm": "biomedical",
            "value": "204"
          }]
        }, {
          "label": "Healthcare",
          "clearTerm": "healthcare",
          "value": "513",
          "children": [{
            "label": "Practitioner\u002FMedical Asst",
            "clearTerm": "practitioner-nurse-medical-healthcare",
            "value": "111"
          }, {
            "label": "Pharmacy",
            "clearTerm": "pharmacy-healthcare",
            "value": "112"
          }, {
            "label": "Diagnosis\u002FOthers",
            "clearTerm": "doctor-diagnosis-healthcare",
            "value": "113"
          }]
        }, {
          "label": "Others",
          "clearTerm": "others-specialization-group",
          "value": "514",
          "children": [{
            "label": "Journalist\u002FEditors",
            "clearTerm": "journalist-editor",
            "value": "104"
          }, {
            "label": "General Work",
            "clearTerm": "general-work",
            "value": "110"
          }, {
            "label": "Others",
            "clearTerm": "others-specialization",
            "value": "116"
          }, {
            "label": "Publishing",
            "clearTerm": "publishing-printing",
            "value": "117"
          }]
        }],
        "JOB_TYPE": [{
          "value": "full_time",
          "label": "Full-Time",
          "clearTerm": "full-time",
          "alternateCode": "1"
        }, {
          "value": "part_time",
          "label": "Part-Time",
          "clearTerm": "part-time",
          "alternateCode": "2"
        }, {
          "value": "temporary",
          "label": "Temporary",
          "clearTerm": "temporary",
          "alternateCode": "8"
        }, {
          "value": "contract",
          "label": "Contract",
          "clearTerm": "contract",
          "alternateCode": "4"
        }, {
          "value": "internship",
          "label": "Internship",
          "clearTerm": "internship",
          "alternateCode": "16"
        }],
        "CREATED_AT": [{
          "value": "1d",
          "label": "Last 24 hours"
        }, {
          "value": "3d",
          "label": "Last 3 days"
        }, {
          "value": "7d",
          "label": "Last 7 days"
        }, {
          "value": "14d",
          "label": "Last 14 days"
        }, {
          "value": "30d",
          "label": "Last 30 days"
        }],
        "WORK_HOURS": [{
          "value": "five_day_work",
          "label": "Regular hours, Mondays - Fridays"
        }, {
          "value": "saturday_shift",
          "label": "Saturdays\u002FShift required"
        }, {
          "value": "long_hours",
          "label": "Long hours"
        }],
        "BENEFIT": [{
          "value": "dental_insurance",
          "label": "Dental"
        }, {
          "value": "education_allowance",
          "label": "Education support"
        }, {
          "value": "gratuity",
          "label": "Miscellaneous allowance"
        }, {
          "value": "medical_insurance",
          "label": "Medical"
        }, {
          "value": "loans",
          "label": "Loans"
        }, {
          "value": "sports",
          "label": "Sports (e.g. Gym)"
        }, {
          "value": "parking",
          "label": "Parking"
        }, {
          "value": "vision",
          "label": "Vision"
        }],
        "DRESSCODE": [{
          "value": "casual",
          "label": "Casual (e.g. T-shirts)"
        }, {
          "value": "business",
          "label": "Business (e.g. Shirts)"
        }, {
          "value": "formal",
          "label": "Formal (e.g. Shirts + Ties)"
        }],
        "COMPANY_SIZE": [{
          "value": "less_than_50",
          "label": "1 - 50 Employees"
        }, {
          "value": "more_than_50",
          "label": "51 - 200 Employees"
        }, {
          "value": "more_than_200",
          "label": "201 - 500 Employees"
        }, {
          "value": "more_than_500",
          "label": "501 - 1000 Employees"
        }, {
          "value": "more_than_1000",
          "label": "1001 - 2000 Employees"
        }, {
          "value": "more_than_2000",
          "label": "2001 - 5000 Employees"
        }, {
          "value": "more_than_5000",
          "label": "More than 5000 Employees"
        }],
        "INDUSTRY": [{
          "value": "empty",
          "label": "Not Specified"
        }, {
          "value": "acc_ser",
          "label": "Accounting \u002F Audit \u002F Tax Services"
        }, {
          "value": "ads_ser",
          "label": "Advertising \u002F Marketing \u002F Promotion \u002F PR"
        }, {
          "value": "aviation",
          "label": "Aerospace \u002F Aviation \u002F Airline"
        }, {
          "value": "agri_fish",
          "label": "Agricultural \u002F Plantation \u002F Poultry \u002F Fisheries"
        }, {
          "value": "arch_construc",
          "label": ""
        }, {
          "value": "design_arts",
          "label": "Arts \u002F Design \u002F Fashion"
        }, {
          "value": "sports",
          "label": "Sports"
        }, {
          "value": "banking",
          "label": ""
        }, {
          "value": "soc_ser",
          "label": "Non-Profit Organisation \u002F Social Services \u002F NGO"
        }, {
          "value": "chem_gen",
          "label": ""
        }, {
          "value": "defence_gov",
          "label": "Government \u002F Defence"
        }, {
          "value": "textile_clothing",
          "label": "Apparel"
        }, {
          "value": "edu",
          "label": "Education"
        }, {
          "value": "electronic",
          "label": "Electrical & Electronics"
        }, {
          "value": "energy_gen",
          "label": ""
        }, {
          "value": "eng_civil",
          "label": "Construction \u002F Building \u002F Engineering"
        }, {
          "value": "eng_mech",
          "label": ""
        }, {
          "value": "eng_gen",
          "label": ""
        }, {
          "value": "ent_leisure",
          "label": ""
        }, {
          "value": "science_env",
          "label": ""
        }, {
          "value": "fin_ser",
          "label": "Banking \u002F Financial Services"
        }, {
          "value": "f&b",
          "label": "Food & Beverage \u002F Catering \u002F Restaurant"
        }, {
          "value": "freight_ship",
          "label": ""
        }, {
          "value": "biz_ser",
          "label": ""
        }, {
          "value": "mgmt_gen",
          "label": ""
        }, {
          "value": "mfg",
          "label": "Manufacturing \u002F Production"
        }, {
          "value": "trd_dist",
          "label": "General & Wholesale Trading"
        }, {
          "value": "beauty",
          "label": "Grooming \u002F Beauty \u002F Fitness"
        }, {
          "value": "hospitality",
          "label": "Hotel \u002F Hospitality"
        }, {
          "value": "mgmt_hr",
          "label": "Human Resources Management \u002F Consulting"
        }, {
          "value": "ind_machinery",
          "label": "Heavy Industrial \u002F Machinery \u002F Equipment"
        }, {
          "value": "it",
          "label": ""
        }, {
          "value": "insurance",
          "label": "Insurance"
        }, {
          "value": "design_grap&int",
          "label": "Architectural Services \u002F Interior Designing"
        }, {
          "value": "gems_jewels",
          "label": "Gems \u002F Jewellery"
        }, {
          "value": "lab",
          "label": ""
        }, {
          "value": "legal_ser",
          "label": "Law \u002F Legal"
        }, {
          "value": "science_gen",
          "label": "Science & Technology"
        }, {
          "value": "logicstics",
          "label": "Transportation \u002F Logistics"
        }, {
          "value": "mgmt_consult",
          "label": "Consulting (Business & Management)"
        }, {
          "value": "mass_transport",
          "label": ""
        }, {
          "value": "media_print",
          "label": "Printing \u002F Publishing"
        }, {
          "value": "health_medic",
          "label": "Healthcare \u002F Medical"
        }, {
          "value": "mining",
          "label": "Mining"
        }, {
          "value": "mixed_ind",
          "label": ""
        }, {
          "value": "automotive",
          "label": "Automobile \u002F Automotive Ancillary \u002F Vehicle"
        }, {
          "value": "packaging",
          "label": ""
        }, {
          "value": "ent_perf",
          "label": "Entertainment \u002F Media"
        }, {
          "value": "energy_oil",
          "label": "Oil \u002F Gas \u002F Petroleum"
        }, {
          "value": "property_dev",
          "label": ""
        }, {
          "value": "property_mgmt",
          "label": ""
        }, {
          "value": "energy_utilities",
          "label": "Utilities \u002F Power"
        }, {
          "value": "r&d",
          "label": "R&D"
        }, {
          "value": "security_ser",
          "label": "Security \u002F Law Enforcement"
        }, {
          "value": "telecom",
          "label": "Telecommunication"
        }, {
          "value": "travel_tourism",
          "label": "Travel \u002F Tourism"
        }, {
          "value": "toys",
          "label": ""
        }, {
          "value": "retail",
          "label": "Retail \u002F Merchandise"
        }, {
          "value": "others",
          "label": "Others"
        }, {
          "value": "public_sector",
          "label": ""
        }, {
          "value": "chem_fertilisers",
          "label": "Chemical\u002FFertilizers\u002FPesticides"
        }, {
          "value": "it_hardware",
          "label": "Computer\u002FInformation Technology (Hardware)"
        }, {
          "value": "consultancy_gen",
          "label": "Consulting (IT, Science, Engineering & Technical)"
        }, {
          "value": "security_env",
          "label": "Environment\u002FHealth\u002FSafety"
        }, {
          "value": "media_journal",
          "label": "Journalism"
        }, {
          "value": "library",
          "label": "Library\u002FMuseum"
        }, {
          "value": "science_marine",
          "label": "Marine\u002FAquaculture"
        }, {
          "value": "chem_wood",
          "label": "Wood \u002F Fibre \u002F Paper"
        }, {
          "value": "health_biotech",
          "label": "BioTechnology\u002FPharmaceutical\u002FClinical research"
        }, {
          "value": "security_stocks",
          "label": "Stockbroking\u002FSecurities"
        }, {
          "value": "textile_gen",
          "label": "Textiles\u002FGarment"
        }, {
          "value": "tobacco",
          "label": "Tobacco"
        }, {
          "value": "cs_centre",
          "label": "Call Center\u002FIT-Enabled Services\u002FBPO"
        }, {
          "value": "eng_electrical",
          "label": "Semiconductor\u002FWafer Fabrication"
        }, {
          "value": "mgmt_event",
          "label": "Exhibitions\u002FEvent management\u002FMICE"
        }, {
          "value": "repair_maint",
          "label": "Repair & Maintenance Services"
        }, {
          "value": "FMCG",
          "label": "Consumer Products \u002F FMCG"
        }, {
          "value": "chem_polymer",
          "label": "Polymer \u002F Plastic \u002F Rubber \u002F Tyres"
        }, {
          "value": "it_software",
          "label": "Computer \u002F Information Technology (Software)"
        }, {
          "value": "property",
          "label": "Property \u002F Real Estate"
        }],
        "SALARY_TYPE": [{
          "label": "Monthly",
          "value": 1,
          "seoTerm": "monthly"
        }],
        "WORKPLACE_GOVERNANCE": [{
          "value": "dental_insurance",
          "label": "Dental"
        }, {
          "value": "double_pay",
          "label": ""
        }, {
          "value": "education_allowance",
          "label": "Education support"
        }, {
          "value": "five_day_work",
          "label": "Regular hours, Mondays - Fridays"
        }, {
          "value": "flexible_working_hours",
          "label": ""
        }, {
          "value": "free_shuttle_bus",
          "label": ""
        }, {
          "value": "gratuity",
          "label": "Miscellaneous allowance"
        }, {
          "value": "housing_allowance",
          "label": ""
        }, {
          "value": "life_insurance",
          "label": ""
        }, {
          "value": "medical_insurance",
          "label": "Medical"
        }, {
          "value": "overtime_pay",
          "label": ""
        }, {
          "value": "performance_bonus",
          "label": ""
        }, {
          "value": "transportation_allowance",
          "label": ""
        }, {
          "value": "travel_allowance",
          "label": ""
        }, {
          "value": "work_from_home",
          "label": ""
        }, {
          "value": "saturday_shift",
          "label": "Saturdays\u002FShift required"
        }, {
          "value": "long_hours",
          "label": "Long hours"
        }, {
          "value": "casual",
          "label": "Casual (e.g. T-shirts)"
        }, {
          "value": "business",
          "label": "Business (e.g. Shirts)"
        }, {
          "value": "formal",
          "label": "Formal (e.g. Shirts + Ties)"
        }, {
          "value": "loans",
          "label": "Loans"
        }, {
          "value": "sports",
          "label": "Sports (e.g. Gym)"
        }, {
          "value": "parking",
          "label": "Parking"
        }, {
          "value": "vision",
          "label": "Vision"
        }],
        "YEAR_OF_EXP": [{
          "value": 0,
          "label": "0 year"
        }, {
          "value": 1,
          "label": "1 year"
        }, {
          "value": 2,
          "label": "2 years"
        }, {
          "value": 3,
          "label": "3 years"
        }, {
          "value": 4,
          "label": "4 years"
        }, {
          "value": 5,
          "label": "5 years"
        }, {
          "value": 6,
          "label": "6 years"
        }, {
          "value": 7,
          "label": "7 years"
        }, {
          "value": 8,
          "label": "8 years"
        }, {
          "value": 9,
          "label": "9 years"
        }, {
          "value": 10,
          "label": "10 years"
        }, {
          "value": 11,
          "label": "11 years"
        }, {
          "value": 12,
          "label": "12 years"
        }, {
          "value": 13,
          "label": "13 years"
        }, {
          "value": 14,
          "label": "14 years"
        }, {
          "value": 15,
          "label": "15 years"
        }, {
          "value": 16,
          "label": "16 years"
        }, {
          "value": 17,
          "label": "17 years"
        }, {
          "value": 18,
          "label": "18 years"
        }, {
          "value": 19,
          "label": "19 years"
        }, {
          "value": 20,
          "label": "20 years"
        }, {
          "value": 21,
          "label": "20 years or more"
        }],
        "MIN_SALARY": [{
          "type": 1,
          "options": [{
            "value": "0",
            "label": "Rp 0"
          }, {
            "value": "1000000",
            "label": "Rp 1 Million"
          }, {
            "value": "1500000",
            "label": "Rp 1.5 Million"
          }, {
            "value": "2000000",
            "label": "Rp 2 Million"
          }, {
            "value": "2500000",
            "label": "Rp 2.5 Million"
          }, {
            "value": "3000000",
            "label": "Rp 3 Million"
          }, {
            "value": "3500000",
            "label": "Rp 3.5 Million"
          }, {
            "value": "4000000",
            "label": "Rp 4 Million"
          }, {
            "value": "4500000",
            "label": "Rp 4.5 Million"
          }, {
            "value": "5000000",
            "label": "Rp 5 Million"
          }, {
            "value": "6000000",
            "label": "Rp 6 Million"
          }, {
            "value": "7000000",
            "label": "Rp 7 Million"
          }, {
            "value": "8000000",
            "label": "Rp 8 Million"
          }, {
            "value": "9000000",
            "label": "Rp 9 Million"
          }, {
            "value": "10000000",
            "label": "Rp 10 Million"
          }, {
            "value": "15000000",
            "label": "Rp 15 Million"
          }, {
            "value": "20000000",
            "label": "Rp 20 Million"
          }, {
            "value": "25000000",
            "label": "Rp 25 Million"
          }, {
            "value": "40000000",
            "label": "Rp 40 Million"
          }, {
            "value": "60000000",
            "label": "Rp 60 Million"
          }, {
            "value": "80000000",
            "label": "Rp 80 Million"
          }]
        }],
        "MAX_SALARY": [{
          "type": 1,
          "options": [{
            "value": "1000000",
            "label": "Rp 1 Million"
          }, {
            "value": "1500000",
            "label": "Rp 1.5 Million"
          }, {
            "value": "2000000",
            "label": "Rp 2 Million"
          }, {
            "value": "2500000",
            "label": "Rp 2.5 Million"
          }, {
            "value": "3000000",
            "label": "Rp 3 Million"
          }, {
            "value": "3500000",
            "label": "Rp 3.5 Million"
          }, {
            "value": "4000000",
            "label": "Rp 4 Million"
          }, {
            "value": "4500000",
            "label": "Rp 4.5 Million"
          }, {
            "value": "5000000",
            "label": "Rp 5 Million"
          }, {
            "value": "6000000",
            "label": "Rp 6 Million"
          }, {
            "value": "7000000",
            "label": "Rp 7 Million"
          }, {
            "value": "8000000",
            "label": "Rp 8 Million"
          }, {
            "value": "9000000",
            "label": "Rp 9 Million"
          }, {
            "value": "10000000",
            "label": "Rp 10 Million"
          }, {
            "value": "15000000",
            "label": "Rp 15 Million"
          }, {
            "value": "20000000",
            "label": "Rp 20 Million"
          }, {
            "value": "25000000",
            "label": "Rp 25 Million"
          }, {
            "value": "40000000",
            "label": "Rp 40 Million"
          }, {
            "value": "60000000",
            "label": "Rp 60 Million"
          }, {
            "value": "80000000",
            "label": "Rp 80 Million"
          }, {
            "value": "100000000",
            "label": "Rp 100 Million+"
          }]
        }],
        "QUALIFICATIONS": [{
          "value": "empty",
          "label": "Not Specified"
        }, {
          "value": "primary",
          "label": ""
        }, {
          "value": "lower_secondary",
          "label": ""
        }, {
          "value": "upper_secondary",
          "label": "SMU"
        }, {
          "value": "diploma",
          "label": "Diploma"
        }, {
          "value": "advanced_diploma",
          "label": "Adv Diploma"
        }, {
          "value": "degree",
          "label": "Bachelor's Degree"
        }, {
          "value": "master",
          "label": "Master's Degree\u002FPost Graduate Degree"
        }, {
          "value": "doctorate",
          "label": "Doctorate"
        }, {
          "value": "pro_degree",
          "label": "Master's Degree\u002FPost Graduate Degree"
        }, {
          "value": "pro_cert",
          "label": "Prof Cert"
        }, {
          "value": "pre_u",
          "label": "Higher Sec"
        }, {
          "value": "post_graduate",
          "label": "Post Grad"
        }],
        "CAREER_LEVEL": [{
          "value": "empty",
          "label": "Not Specified"
        }, {
          "value": "upper_management",
          "label": "CEO\u002FGM\u002FDirector\u002FSenior Manager"
        }, {
          "value": "middle_management",
          "label": "Manager\u002FAssistant Manager"
        }, {
          "value": "lower_management",
          "label": "Supervisor\u002FCoordinator"
        }, {
          "value": "junior",
          "label": "Staff (non-management & non-supervisor)"
        }, {
          "value": "entry",
          "label": "Less than 1 year experience"
        }, {
          "value": "non_executive",
          "label": "Non-Executive"
        }]
      }
    },
    "recentSearch": {
      "recentKeywords": [],
      "isRecentSearchInitialized": false
    },
    "autosuggest": {
      "isAutosuggestKeywordInitialized": false,
      "autosuggestKeyword": "",
      "initialAutoSuggestKeyword": "",
      "selectedSuggestion": "",
      "selectedRecentKeyword": "",
      "suggestions": [],
      "isRecentKeyword": false
    },
    "details": {
      "id": "4376698",
      "isExpired": false,
      "isConfidential": false,
      "header": {
        "banner": {
          "bannerUrls": {
            "large": "https:\u002F\u002Fimage-service-cdn.seek.com.au\u002Facfd90f49e90cab3d873037528d02ff7360f97d9\u002Fa868bcb8fbb284f4e8301904535744d488ea93c1"
          }
        },
        "salary": {
          "max": null,
          "min": null,
          "type": "monthly",
          "extraInfo": null,
          "currency": "IDR",
          "isVisible": false
        },
        "logoUrls": {
          "small": null,
          "medium": null,
          "large": null,
          "normal": "https:\u002F\u002Fimage-service-cdn.seek.com.au\u002F0e9fc662e92205b972511d5c66c2fd1bb88b1ab2\u002Fee4dce1061f3f616224767ad58cb2fc751b8d2dc"
        },
        "jobTitle": "DevOps Engineer",
        "company": {
          "name": "PT Tibeka Logistik Indonesia",
          "url": "",
          "slug": "pt-tibeka-logistik-indonesia",
          "advertiserId": "id269119"
        },
        "review": null,
        "expiration": 6,
        "postedDate": "28-Jun-23",
        "postedAt": "2023-06-28T20:00:46Z",
        "isInternship": false
      },
      "companyDetail": {
        "companyWebsite": "",
        "companySnapshot": {
          "avgProcessTime": "21 days",
          "registrationNo": null,
          "employmentAgencyPersonnelNumber": null,
          "employmentAgencyNumber": null,
          "telephoneNumber": null,
          "workingHours": null,
          "website": null,
          "facebook": null,
          "size": "51 - 200 pekerja",
          "dressCode": null,
          "nearbyLocations": ""
        },
        "companyOverview": {
          "html": "\u003Cdiv\u003E\u003Cstrong\u003EWe connect shippers and businesses with available Warehouses and Trucks.\u003C\u002Fstrong\u003E\u003C\u002Fdiv\u003E\n\n\n\n\u003Cdiv\u003E\n\u003Cdiv\u003EWaresix is focused on optimizing logistics by making the process more transparent for clients and more efficient for haulage companies and truckers. Provide a one-stop solution for transportation by land or sea, as well as cold storage and general cargo handling.\u003C\u002Fdiv\u003E\n\n\n\n\u003Cdiv\u003EWaresix connects shippers and businesses with available warehouses and trucks across Indonesia, providing better transparency, quality of service and improved incomes for asset owners.\u003C\u002Fdiv\u003E\n\n\n\n\u003Cdiv\u003EOur technology will seamlessly merge data analytics with the logistics infrastructure to give businesses complete control of their goods and maximise our suppliers’ space utilisation. This way, Waresix ensures fast and reliable transportation, while keeping supply chain costs low and predictable.\u003C\u002Fdiv\u003E\n\u003C\u002Fdiv\u003E"
        },
        "videoUrl": "https:\u002F\u002Fwww.youtube.com\u002Fwatch?v=2UzQ4fLr87c",
        "companyPhotos": [{
          "caption": "",
          "url": "https:\u002F\u002Fimage-service-cdn.seek.com.au\u002Fd1e188d0a4346e70f149527f0cb2802cd4130336\u002F256edc7d68df8ebbfa5aa31b1e72b9191592b152"
        }, {
          "caption": "",
          "url": "https:\u002F\u002Fimage-service-cdn.seek.com.au\u002F8d1bfab71e0c24bb17d9b3c1a0dc6d84e1278648\u002F256edc7d68df8ebbfa5aa31b1e72b9191592b152"
        }]
      },
      "jobDetail": {
        "summary": [],
        "jobDescription": {
          "html": "\u003Cp\u003E\u003Cstrong\u003ERequirements ; \u003C\u002Fstrong\u003E\u003C\u002Fp\u003E\u003Cul\u003E\u003Cli\u003EBachelor’s degree in Computer Science, Information Technology, or related discipline\u003C\u002Fli\u003E\u003Cli\u003EMinimum 3 years of experience in DevOps or related experiences in server infrastructures\u003C\u002Fli\u003E\u003Cli\u003ENeat and strong programming skills\u003C\u002Fli\u003E\u003Cli\u003EWrite efficient and clean codes\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge in scripting using Bash and Python\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding for orchestration tools (Kubernetes)\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding for Infrastructure-as-Code tools (Terraform)\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding for configuration management and deployment tools (Puppet, Chef)\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding in using version control (Git)\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding of virtualization tools (Docker)\u003C\u002Fli\u003E\u003Cli\u003EStrong knowledge and understanding of database solutions (SQL and NOSQL)\u003C\u002Fli\u003E\u003Cli\u003EExperienced in develop, implement, and maintain server automation platform, (Jenkins)\u003C\u002Fli\u003E\u003Cli\u003EExperienced in building monitoring tools (Grafana)\u003C\u002Fli\u003E\u003Cli\u003EExperienced in building large-scale infrastructure and ecosystem using AWS and GCP tools\u003C\u002Fli\u003E\u003Cli\u003EExperienced in project implementation with methodologies and processes\u003C\u002Fli\u003E\u003C\u002Ful\u003E\u003Cp\u003E\u003Cstrong\u003EResponsible : \u003C\u002Fstrong\u003E\u003C\u002Fp\u003E\u003Cul\u003E\u003Cli\u003EDevelop clean application.\u003C\u002Fli\u003E\u003Cli\u003EResearch, analyze, test, benchmark, and evaluate new technology.\u003C\u002Fli\u003E\u003Cli\u003ECollaboration as part of team to make application to be released on time.\u003C\u002Fli\u003E\u003Cli\u003EMaintain existing application and tools.\u003C\u002Fli\u003E\u003Cli\u003EWrite high-quality, clean, maintainable code using engineering best practices (unit testing, source control, continuous integration, automation, design patterns, etc.).\u003C\u002Fli\u003E\u003Cli\u003EWrite, manage, and update documentation related with development\u003C\u002Fli\u003E\u003Cli\u003EMaintain and improving source code cycle.\u003C\u002Fli\u003E\u003Cli\u003EMaintain and develop automation testing and servers to support development.\u003C\u002Fli\u003E\u003Cli\u003EMaintain and optimize data traffic and data storage.\u003C\u002Fli\u003E\u003Cli\u003EMaintain and optimize network used in the infrastructure.\u003C\u002Fli\u003E\u003Cli\u003EMaintain and optimize database application used in the infrastructure\u003C\u002Fli\u003E\u003Cli\u003EWork closely with Managers, Engineers, and QA teams to support the product development.\u003C\u002Fli\u003E\u003Cli\u003ECollaboration as part of team to make the development process smooth and seamless.\u003C\u002Fli\u003E\u003Cli\u003EUnderstand project requirements, define test cases for development and follow software development workflow.\u003C\u002Fli\u003E\u003Cli\u003EResearch, analyze, test, benchmark, and evaluate new technology.\u003C\u002Fli\u003E\u003C\u002Ful\u003E"
        },
        "jobRequirement": {
          "careerLevel": "Pegawai (non-manajemen & non-supervisor)",
          "yearsOfExperience": "3 tahun",
          "qualification": "Sarjana (S1)",
          "fieldOfStudy": null,
          "industryValue": {
            "value": "logicstics",
            "label": "Transportasi\u002FLogistik"
          },
          "skills": null,
          "employmentType": "Penuh Waktu",
          "languages": null,
          "postedDate": "28-Jun-23",
          "closingDate": "2023-07-18T17:00:00Z",
          "jobFunctionValue": [{
            "code": 508,
            "name": "Komputer\u002FTeknologi Informasi",
            "children": null
          }, {
            "code": 193,
            "name": "IT-Admin Jaringan\u002FSistem\u002FDatabase",
            "children": null
          }],
          "benefits": ["Tip", "Asuransi kesehatan", "Waktu regular, Senin - Jumat", "Bisnis (contoh: Kemeja)"]
        },
        "whyJoinUs": null
      },
      "applyUrl": {
        "url": "https:\u002F\u002Fmyjobstreet-id.jobstreet.co.id\u002Fapplication\u002Fonline-apply.php?job_id=4376698&advertisement_id=4378569&s=40&AdvertisementSource=1",
        "isExternal": false
      },
      "location": [{
        "location": "Jakarta Selatan",
        "locationId": "30503",
        "omnitureLocationId": "30503"
      }],
      "sourceCountry": "id",
      "savedJob": {
        "saved": false,
        "savedJobId": ""
      },
      "fetching": false,
      "pageUrl": "https:\u002F\u002Fwww.jobstreet.co.id\u002Fid\u002Fjob\u002Fdevops-engineer-4376698",
      "jobTitleSlug": null,
      "isClassified": false,
      "accountNum": 265759,
      "advertisementId": "4378569",
      "subAccount": null,
      "showMoreJobs": null,
      "adType": "standout"
    },
    "browseJobs": {},
    "device": {
      "userAgent": "Mozilla\u002F5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko\u002F20100101 Firefox\u002F115.0",
      "hasMobileUserAgent": false,
      "isGoogleBot": false
    },
    "userProfile": {
      "candidateId": "13706780",
      "shard": "id",
      "solId": "3d060c4f-71eb-4073-b1e3-a285e48ad8cb",
      "isFirstTimeVisitor": false
    },
    "authentication": {
      "accessToken": "",
      "refreshToken": "",
      "expiresIn": 0,
      "status": "pending"
    },
    "jobAlert": {
      "subscription": {
        "email": "",
        "has_consent": false,
        "subscribeReady": true,
        "fetching": false,
        "status": 0
      },
      "lastShowPopUpDate": "",
      "jobAlertList": [],
      "stickyScrollTriggered": false,
      "jobAlertModalSearchPath": ""
    },
    "userGroups": {
      "key": "1120",
      "detailsGroup": true,
      "srpGroup": true,
      "homeGroup": true,
      "isSmartSearch": false
    },
    "branchio": {
      "shouldShowBranchBanner": false,
      "deviceType": "",
      "bannerType": "",
      "linkName": "",
      "fullBannerName": ""
    },
    "analysis": {
      "isFromCloudFlare": false
    },
    "abTest": {
      "key": "ea89ec01-5b2e-48e4-a5ff-7b5ec7cdb882",
      "groups": {
        "enablePersistApolloCache": "A"
      }
    },
    "festivalSetting": {},
    "location": {
      "pathname": "\u002Fid\u002Fjob\u002Fdevops-engineer-4376698",
      "type": "JOB_DETAILS",
      "payload": {
        "jobTitleEndWithHyphen": "devops-engineer-",
        "Id": "4376698"
      },
      "query": {
        "fr": "SRP View In New Tab",
        "jobId": "jobstreet-id-job-4376698",
        "searchPath": "\u002Fid\u002FPT-Tibeka-Logistik-Indonesia-jobs",
        "sectionRank": "4",
        "token": "0~72885a0a-279e-4303-8f5c-b610a57e2a2f"
      },
      "search": "fr=SRP%20View%20In%20New%20Tab&jobId=jobstreet-id-job-4376698&searchPath=%2Fid%2FPT-Tibeka-Logistik-Indonesia-jobs&sectionRank=4&token=0~72885a0a-279e-4303-8f5c-b610a57e2a2f",
      "prev": {
        "pathname": "",
        "type": "",
        "payload": {}
      },
      "kind": "load",
      "hasSSR": true,
      "routesMap": {
        "JOBS": {
          "path": "\u002Fid\u002Fjobs"
        },
        "JOBS_CATEGORY_LOCATION_JOB_TYPE": {
          "path": "\u002Fid\u002Fjobs-in-:category\u002F:subCategory?\u002Fin-:location\u002F:jobType"
        },
        "JOBS_CATEGORY_LOCATION": {
          "path": "\u002Fid\u002Fjobs-in-:category\u002F:subCategory?\u002Fin-:location"
        },
        "JOBS_CATEGORY": {
          "path": "\u002Fid\u002Fjobs-in-:category"
        },
        "JOBS_SUBCATEGORY_OR_JOB_TYPE": {
          "path": "\u002Fid\u002Fjobs-in-:category\u002F:subCategoryOrJobType"
        },
        "JOBS_CATEGORY_JOB_TYPE": {
          "path": "\u002Fid\u002Fjobs-in-:category\u002F:subCategory\u002F:jobType"
        },
        "JOBS_LOCATION": {
          "path": "\u002Fid\u002Fjobs\u002Fin-:location"
        },
        "JOBS_JOB_TYPE": {
          "path": "\u002Fid\u002Fjobs\u002F:jobType"
        },
        "JOBS_KEYWORD": {
          "path": "\u002Fid\u002F:keyword-jobs"
        },
        "JOBS_KEYWORD_CATEGORY_LOCATION_JOB_TYPE": {
          "path": "\u002Fid\u002F:keyword-jobs-in-:category\u002F:subCategory?\u002Fin-:location\u002F:jobType"
        },
        "JOBS_KEYWORD_CATEGORY_LOCATION": {
          "path": "\u002Fid\u002F:keyword-jobs-in-:category\u002F:subCategory?\u002Fin-:location"
        },
        "JOBS_KEYWORD_CATEGORY": {
          "path": "\u002Fid\u002F:keyword-jobs-in-:category"
        },
        "JOBS_KEYWORD_SUBCATEGORY_OR_JOB_TYPE": {
          "path": "\u002Fid\u002F:keyword-jobs-in-:category\u002F:subCategoryOrJobType"
        },
        "JOBS_KEYWORD_CATEGORY_JOB_TYPE": {
          "path": "\u002Fid\u002F:keyword-jobs-in-:category\u002F:subCategory\u002F:jobType"
        },
        "JOBS_KEYWORD_LOCATION": {
          "path": "\u002Fid\u002F:keyword-jobs\u002Fin-:location"
        },
        "JOBS_KEYWORD_JOB_TYPE": {
          "path": "\u002Fid\u002F:keyword-jobs\u002F:jobType"
        },
        "JOBS_LOCATION_JOB_TYPE": {
          "path": "\u002Fid\u002Fjobs\u002Fin-:location\u002F:jobType"
        },
        "JOBS_KEYWORD_LOCATION_JOB_TYPE": {
          "path": "\u002Fid\u002F:keyword-jobs\u002Fin-:location\u002F:jobType"
        },
        "JOBS_FALLBACK": {
          "path": "\u002Fid\u002Fjobs"
        },
        "JOB_DETAILS": {
          "path": "\u002Fid\u002Fjob\u002F:jobTitleEndWithHyphen([^\u002F]+-)?:Id([0-9]+)\u002F:sources(sources)?\u002F:sourceCode(0|1|2|3)?\u002F:origin(origin)?\u002F:sourceCountryCode(sg|my|ph|id|vn)?"
        },
        "HOME": {
          "path": "\u002F"
        },
        "FEATURE_FLAGS_PAGE": {
          "path": "\u002Ffeature-flags"
        }
      }
    }
  };
</script>
<script>
  window.__i18n = {
    "locale": "id-ID",
    "data": {
      "common": {
        "DefaultContentPane": {
          "texts-headline": "Ada {totalJobs, plural,=1{# lowongan} other {# lowongan}} untuk kamu",
          "texts-subline": "Pilih lowongan untuk melihat lebih detil"
        },
        "ErrorPage": {
          "primary-button": "Coba lagi",
          "texts-headline": "Hmm... sepertinya kami tidak bisa menampilkan halaman ini",
          "texts-subline": "Jangan khawatir, silakan coba lagi"
        },
        "HomePage": {
          "accordion-link-view-all-job-functions": "Lihat semua spesialisasi pekerjaan",
          "accordion-title-browse-job-functions": "Telusuri Fungsi Pekerjaan",
          "account-update-popup-alert-message": "Pencari kerja harus masuk dengan email mulai 25 Nov. Jika kamu memiliki banyak akun. \u003Chyperlink\u003Ecari tahu apa yang harus kamu lakukan.\u003C\u002Fhyperlink\u003E",
          "card-title-featured-companies": "Perusahaan Ternama",
          "empty-saved-job-row": {
            "message": "Semua lowongan yang kamu simpan akan muncul di sini",
            "title": "Lowongan tersimpan"
          },
          "featured-companies-tiles": {
            "texts-show-more": "Lihat perusahaan lainnya ",
            "title": "Perusahaan ternama"
          },
          "job-card": {
            "expired": "Expired",
            "posted-date": {
              "days-ago": "{daysCount} hari yang lalu",
              "excessive-days-ago": "{daysCount}+ hari yang lalu",
              "hours-ago": "{hoursCount} jam yang lalu",
              "just-now": "Baru saja",
              "minutes-ago": "{minutesCount} menit yang lalu"
            }
          },
          "last-search-jobs": {
            "title": "Berdasarkan pencarian terakhirmu"
          },
          "location-update-popup-alert-message": "Kami telah memperbarui lokasi kerja untuk membantu Anda mendapatkan lowongan perkerjaan yang relevan. \u003Chyperlink\u003EPerbarui lokasi kerja yang diinginkan\u003C\u002Fhyperlink\u003E",
          "meta": {
            "description": "Telusuri lowongan kerja dan temukan kesempatan kariermu selanjutnya dengan JobStreet.co.id, situs rekrutmen no. 1 di Indonesia",
            "title": "Lowongan kerja di Indonesia - Cari Lowongan Kerja - Karier | JobStreet.co.id"
          },
          "popup-alert-message": "JobStreet sekarang memiliki tampilan yang segar dan pengalaman baru dalam mencari pekerjaan!",
          "popup-alert-message-for-maintenance-window": "JobStreet akan menjalankan pemeliharaan sistem dari {startDate} {startTime} sampai {endDate} {endTime} {timeZone} dan untuk sementara tidak dapat diakses. Mohon maaf atas ketidaknyamanannya.",
          "profile-bar": {
            "texts-completed-profile": "Profilmu sudah diperbarui. \u003Chyperlink\u003ELihat profil\u003C\u002Fhyperlink\u003E",
            "texts-incomplete-profile": "Dapatkan dan lamar lowongan terbaru dengan profil yang menarik. \u003Chyperlink\u003ELengkapi profilmu\u003C\u002Fhyperlink\u003E",
            "texts-job-alerts": "Lowongan",
            "texts-job-applications": "Lamaran kerja ",
            "texts-partially-completed-profile": "Buat HRD mudah menghubungimu dengan memperbarui nomor telepon. \u003Chyperlink\u003EPerbarui profil\u003C\u002Fhyperlink\u003E",
            "texts-saved-jobs": "Pekerjaan tersimpan ",
            "title": "Selamat Datang {userName}"
          },
          "profile-update-row": {
            "message": "\u003Chyperlink\u003EPerbarui profilmu\u003C\u002Fhyperlink\u003E atau lamar lowongan dan kami akan membantu menemukan lowongan yang relevan",
            "title": "Rekomendasi berdasarkan preferensimu"
          },
          "recent-searches": {
            "all-jobs": "Semua lowongan",
            "all-locations": "Semua lokasi ",
            "badge-new-search": "Baru ",
            "title": "Pencarian terakhir "
          },
          "recommended-jobs": {
            "texts-show-more": "Lihat lowongan lainnya ",
            "title": "Rekomendasi berdasarkan preferensimu"
          },
          "saved-jobs": {
            "texts-loading": "Memuat",
            "texts-show-more": "Lihat lowongan lainnya ",
            "title": "Pekerjaan tersimpan"
          },
          "show-all-jobs-cta": "Tampilkan semua lowongan",
          "sign-up-row": {
            "message": "\u003Chyperlink\u003EDaftar\u003C\u002Fhyperlink\u003E sekarang untuk menemukan lowongan yang dipilih hanya untukmu",
            "title": "Direkomendasikan berdasarkan preferensimu"
          },
          "welcome-message": "Dapatkan pekerjaan yang berarti bagimu"
        },
        "JobAlert": {
          "button-create-alert": "Buat Notifikasi",
          "button-subscribe": "Berlangganan",
          "form-validation-error-invalid-email": "Alamat email tidak valid, gunakan format example@domain.com",
          "form-validation-error-required": "Kolom harus diisi",
          "message-error-already-exist": "Notifikasi Lowongan ini sudah ada, cobalah mencari dengan kriteria lain.",
          "message-error-exceed-limit": "Error: Saat ini kami tidak bisa membuat notifikasi lowonganmu, silakan coba lagi nanti.",
          "message-error-generic": "Error: Saat ini kami tidak bisa membuat notifikasi lowonganmu, silakan coba lagi nanti.",
          "message-loading": "Membuat notifikasi email",
          "message-member-success": "Kami akan mengirimkan lowongan baru ke \u003C0\u003E{email}\u003C\u002F0\u003E.",
          "message-success": "Notifikasi telah dibuat.  Kami akan mengirimkan lowongan baru ke \u003C0\u003E{email}\u003C\u002F0\u003E.",
          "placeholder-email": "Masukkan emailmu",
          "text-cta": "Dapatkan notifikasi lowongan untuk pencarian ini",
          "title": "Dapatkan notifikasi lowongan untuk pencarian ini",
          "title-similar-job": "Dapatkan notifikasi lowongan serupa dengan yang sudah kamu lamar"
        },
        "JobDetails": {
          "button-apply": "Lamar Sekarang ",
          "button-close": "Tutup",
          "button-expired": "Lowongan ini sudah tidak tersedia",
          "error": {
            "primary-button": "Cari lagi",
            "texts-headline": "Lowongan ini sedang tidak tersedia",
            "texts-subline": "Jangan khawatir, silakan cari lagi"
          },
          "field-title": {
            "avgProcessTime": "Waktu Proses Lamaran",
            "benefits": "Tunjangan dan Lain-lain",
            "careerLevel": "Tingkat Pekerjaan",
            "companyWebsite": "Situs Perusahaan",
            "employmentAgencyNumber": "No. EA ",
            "employmentAgencyPersonnelNumber": " No. Registrasi EA ",
            "employmentType": "Jenis Pekerjaan",
            "fieldOfStudy": "Bidang Studi",
            "industry": "Industri",
            "languages": "Bahasa",
            "nearbyLocations": "Lokasi",
            "qualification": "Kualifikasi",
            "registrationNo": "No. Registrasi",
            "size": "Ukuran Perusahaan",
            "skills": "Keahlian",
            "specializations": "Spesialisasi Pekerjaan",
            "yearsOfExperience": "Pengalaman Kerja"
          },
          "field-value": {
            "avgProcessTime": "{avgProcessTime} hari"
          },
          "footer": {
            "aggregated-job-warning": "This job ad has not been subjected to our hirer verification process. Proceed cautiously and do your own checks before providing any personal information.",
            "be-careful": "Be careful",
            "learn-how-to-protect-yourself": "Learn how to protect yourself"
          },
          "link-new-tab": "Lihat di tab baru",
          "meta": {
            "description": "Lamar lowongan {title} ({id}) di {company}. Temukan lebih banyak lowongan {category} terkait di Indonesia, {location} yang ada di JobStreet.co.id",
            "title": "{title} - {company} - {id} | JobStreet"
          },
          "navigation-bar": {
            "back-to-jobs": "Kembali ke Lowongan",
            "search-jobs": "Cari Lowongan"
          },
          "report": "Laporkan iklan lowongan ini",
          "saveButton": {
            "save": "Simpan",
            "saved": "Sudah Simpan"
          },
          "summary": {
            "multiple-work-locations": "Beberapa lokasi kerja",
            "posted-date": "Ditayangkan pada {date}",
            "posted-time": "Ditayangkan pada {time}",
            "text-salary": "{min} - {max}"
          },
          "title": {
            "additional-company-information": "Informasi Tambahan Perusahaan",
            "additional-information": "Informasi Tambahan",
            "company-overview": "Tentang Perusahaan ",
            "company-photos": "Foto perusahaan ",
            "confidential": "Perusahaan Dirahasiakan",
            "job-description": "Deskripsi Pekerjaan",
            "job-highlights": "Keuntungan",
            "more-jobs-from-this-employer": "Lowongan lainnya dari perusahaan ini"
          }
        },
        "RelatedSearch": {
          "link": "Lowongan {name}",
          "title": "Pencarian terkait lowongan {keyword}"
        },
        "SearchForm": {
          "button-clear": "Hapus",
          "criteria-button-apply": "Tampilkan lowongan",
          "criteria-placeholder-job-categories": "Semua Spesialisasi Pekerjaan",
          "criteria-placeholder-keyword": "Jabatan, kata kunci, perusahaan",
          "criteria-placeholder-location": "Semua Lokasi",
          "criteria-title-job-categories": "Spesialisasi Pekerjaan",
          "criteria-title-location": "Lokasi",
          "filter-alert-max-selection": "Pilih maksimal hanya {maxSelection} {filterTitle}",
          "filter-button-apply": "Terapkan Filter",
          "filter-button-apply-short": "Terapkan",
          "filter-button-cancel": "Batal",
          "filter-button-label-salary-above": "{amount}+",
          "filter-button-label-salary-below": "Sampai dengan {amount}",
          "filter-button-label-salary-range": "{min} - {max}",
          "filter-option-sort-by-date": "Tanggal",
          "filter-option-sort-by-relevance": "Relevansi",
          "filter-placeholder-career-level": "Tingkat Pekerjaan",
          "filter-placeholder-date-posted": "Tanggal ditayangkan",
          "filter-placeholder-job-categories": "Semua Spesialisasi Pekerjaan",
          "filter-placeholder-job-type": "Jenis Pekerjaan",
          "filter-placeholder-loading": "Memuat",
          "filter-placeholder-salary": "Gaji",
          "filter-placeholder-sort-by": "Urut Berdasarkan",
          "filter-range-slider-max": "Maksimal",
          "filter-range-slider-min": "Minimal",
          "filter-selection-indicator-group": "{label} (Semua) ",
          "filter-text-date-posted-any-time-option": "Kapan saja",
          "filter-text-salary-above": "{amount, number, CURRENCY_COMPACT}+",
          "filter-text-salary-range": "\u003Cbold\u003E{minAmount}\u003C\u002Fbold\u003E \u003Clight\u003Esampai\u003C\u002Flight\u003E \u003Cbold\u003E{maxAmount}\u003C\u002Fbold\u003E",
          "filter-text-salary-up-to-range": "Sampai dengan {maxSalary}",
          "filter-title": "Filter",
          "filter-title-job-categories": "Spesialisasi Pekerjaan",
          "filter-title-salary-range": "\u003Cbold\u003E{payPeriod, select, 1 {per bulan} 2 {per jam} other {per bulan}}\u003C\u002Fbold\u003E \u003Clight\u003Erentang gaji\u003C\u002Flight\u003E",
          "form-button-cancel": "Batal",
          "form-button-clear": "Hapus Filter",
          "form-button-submit": "Cari",
          "keywords-title": "Cari lowongan",
          "location-autosuggest-group-title-overseas": "Luar Negeri",
          "location-autosuggest-placeholder": "Daerah, kota atau kabupaten",
          "location-autosuggest-text-nomatch": "Tidak ada lokasi yang sesuai",
          "recent-keywords-autosuggest-title": "Kata Kunci yang kamu gunakan",
          "title-keywords": "Cari lowongan"
        },
        "SearchResults": {
          "job-card": {
            "badge-applied-job": "Sudah Melamar",
            "badge-new-job": "{count, plural, offset:0 =0{Baru} other{# Baru}}",
            "button-aria-label-save-job": "Simpan lowongan",
            "button-aria-label-toggle-shelf": "Aktifkan link ke lowongan yang berkaitan",
            "group-heading-shelf-category": "Spesialisasi Pekerjaan",
            "group-heading-shelf-jobType": "Jenis Pekerjaan ",
            "image-alt-company": "{imgType} {company}",
            "link-title-company": "Tampilkan lebih banyak lowongan di {companyName}",
            "link-title-shelf": "Batasi hasil pencarian ke {criteria} {hasParent, select, true {di {parent}} other {} }",
            "text-company-confidential": "Perusahaan Dirahasiakan",
            "text-salary": "{min} - {max, number, COMPACT} {period, select,\nother { per bulan }\nhourly { per jam }\nmonthly { per bulan }\n}"
          },
          "link-show-employer-jobs": "Ada {jobCount, plural, =1 {# lowongan} other {# lowongan}} di {employer}",
          "meta": {
            "description": "Lowongan kerja di Indonesia hari ini yang ada  di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category": "Lowongan kerja {category} terbaru di Indonesia hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-company": "Lowongan kerja {category} terbaru dari {company} di Indonesia yang ada hari ini di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-company-location": "Lowongan kerja {category} terbaru di Indonesia dari {company} di {location} yang ada hari ini di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-jobType": "Lowongan kerja {category} terbaru hari ini ada  di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-jobType-keyword": "Lowongan kerja {keyword} terbaru di Indonesia hari ini ada  di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-jobType-keyword-location": "Lowongan kerja {keyword} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-jobType-location": "Lowongan kerja {category} terbaru di {location} yang ada hari ini di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-keyword": "Lowongan Kerja {keyword} terbaru di Indonesia yang ada hari ini di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-keyword-location": "Lowongan kerja {keyword} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-category-location": "Lowongan kerja {category} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-company": "Lowongan kerja terbaru {company} di Indonesia hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-industry": "Halo! Apakah kamu mencari lowongan kerja {industry}? Fitur AI baru kami dapat mencarikan pekerjaan yang sesuai untukmu dengan tingkat keberhasilan 3x lebih tinggi. Dengan tampilan baru kami, JobStreet menyediakan informasi terkini tentang pekerjaan dan juga gaji!",
            "description-jobType": "Lowongan kerja {jobType} terbaru di Indonesia hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-jobType-keyword": "Lowongan kerja {keyword} {jobType} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-jobType-keyword-location": "Lowongan kerja {keyword} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas.",
            "description-jobType-location": "Lowongan kerja {jobType} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-keyword": "Lowongan kerja {keyword} terbaru di Indonesia hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-keyword-location": "Lowongan kerja {keyword} terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "description-location": "Lowongan Kerja terbaru di {location} hari ini yang ada di JobStreet - Banyak Lowongan Kerja dan Perusahaan Berkualitas",
            "title": "Lowongan Kerja di Indonesia - Cari Lowongan Kerja - Karier - {date} | JobStreet",
            "title-careerLevel-category-jobType-keyword-location": "Lowongan Kerja {keyword} tingkat {careerLevel} { jobType} di {location} - {date} | JobStreet",
            "title-category": "Lowongan Kerja {category} di Indonesia - {date} | JobStreet",
            "title-category-company": "Lowongan Kerja {category} di {company}, Lowongan Kerja - {date} | JobStreet",
            "title-category-company-location": "Lowongan Kerja {category} {company} di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-category-jobType": "Lowongan Kerja {category} di Indonesia, Lowongan Kerja - {date} | JobStreet",
            "title-category-jobType-keyword": "Lowongan Kerja {keyword} di Indonesia, Lowongan Kerja - {date} | JobStreet",
            "title-category-jobType-keyword-location": "Lowongan Kerja {keyword} di {location} - {date} | JobStreet",
            "title-category-jobType-location": "Lowongan Kerja {category} {jobType} di {location} - {date} | JobStreet",
            "title-category-keyword": "Lowongan Kerja {keyword} di Indonesia, Lowongan Kerja - {date} | JobStreet",
            "title-category-keyword-location": "Lowongan Kerja {keyword} di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-category-location": "Lowongan Kerja {category} di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-company": "Lowongan Kerja di {company}, Lowongan Kerja  - {date} | JobStreet",
            "title-company-location": "Lowongan Kerja {company} di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-industry": "Lowongan kerja industri {industry} di Indonesia - {date} | JobStreet",
            "title-jobType": "Lowongan Kerja {jobType} di Indonesia, Lowongan Kerja - {date} | JobStreet",
            "title-jobType-keyword": "Lowongan Kerja {keyword} di Indonesia - {date} | JobStreet",
            "title-jobType-keyword-location": "Lowongan Kerja {keyword} di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-jobType-location": "Lowongan Kerja {jobType} di {location} - {date} | JobStreet",
            "title-keyword": "Lowongan Kerja {keyword} di Indonesia, Lowongan Kerja - {date} | JobStreet",
            "title-keyword-location": "Lowongan Kerja {keyword} di {location} - {date} | JobStreet",
            "title-location": "Lowongan Kerja di {location}, Lowongan Kerja - {date} | JobStreet",
            "title-salary-range": "Gaji untuk pekerjaan di Indonesia mulai dari {minAmount, number, IDR} hingga {maxAmount, number, IDR} per bulan | JobStreet"
          },
          "meta-apac": {
            "description": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan ditemukan }}di Seluruh Indonesia. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di Seluruh Indonesia. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-jobType": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di Seluruh Indonesia. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-jobType-keyword": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} {keyword} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di Seluruh Indonesia. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-jobType-keyword-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} {keyword} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di {location}. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-jobType-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di {location}. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-keyword": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {keyword} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di Seluruh Indonesia. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-keyword-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {keyword} ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di {location}. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-category-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan ditemukan }}untuk {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} di {location}. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-jobType": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} ditemukan }}di Seluruh Indonesia. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-jobType-keyword": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} {keyword} ditemukan }}di Seluruh Indonesia. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-jobType-keyword-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} {keyword} ditemukan }}di {location}. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-jobType-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {jobType} ditemukan }}di {location}. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-keyword": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {keyword} ditemukan }}di Seluruh Indonesia. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-keyword-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan {keyword} ditemukan }}di {location}. Lihat semua jawatan kosong {keyword} kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "description-location": "Cari pekerjaan ideal anda di JobStreet{count, plural, =0 { } other { dengan # pekerjaan ditemukan }}di {location}. Lihat semua jawatan kosong kami sekarang dengan pekerjaan baharu ditambahkan setiap hari!",
            "title": "Pekerjaan di Indonesia - {date} | JobStreet",
            "title-category": "{category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di Indonesia - {date} | JobStreet",
            "title-category-jobType": "{jobType} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di Indonesia - {date} | JobStreet",
            "title-category-jobType-keyword": "{keyword} {jobType} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di Indonesia - {date} | JobStreet",
            "title-category-jobType-keyword-location": "{keyword} {jobType} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di {location} - {date} | JobStreet",
            "title-category-jobType-location": "{jobType} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di {location} - {date} | JobStreet",
            "title-category-keyword": "{keyword} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di Indonesia - {date} | JobStreet",
            "title-category-keyword-location": "{keyword} {category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di {location} - {date} | JobStreet",
            "title-category-location": "{category}{remainingCategories, plural, =0 {} other { & # lagi pengelasan}} Pekerjaan di {location} - {date} | JobStreet",
            "title-jobType": "Pekerjaan {jobType} di Indonesia - {date} | JobStreet",
            "title-jobType-keyword": "Pekerjaan {keyword} {jobType} di Indonesia - {date} | JobStreet",
            "title-jobType-keyword-location": "Pekerjaan {keyword} {jobType} di {location} - {date} | JobStreet",
            "title-jobType-location": "Pekerjaan {jobType} di {location} - {date} | JobStreet",
            "title-keyword": "Pekerjaan {keyword} di Indonesia - {date} | JobStreet",
            "title-keyword-location": "Pekerjaan {keyword} di {location} - {date} | JobStreet",
            "title-location": "Pekerjaan di {location} - {date} | JobStreet"
          },
          "pagination": {
            "button-next": "Lanjut",
            "button-prev": "Sebelumnya"
          },
          "shelf-title-job-functions": "Spesialisasi Pekerjaan",
          "text-job-count": "\u003C0\u003E{start, number}-{end, number}\u003C\u002F0\u003E dari {count, plural, =1 {# lowongan} other {# lowongan}} {hasCompany, select, true {di {company}} other {} }"
        },
        "ZeroResults": {
          "texts-headline": "Kami tidak dapat menemukan lowongan kerja yang kamu cari",
          "texts-subline": "Cek penulisanmu dan sesuaikan kriteria filternya"
        },
        "_format": {
          "currency": "IDR",
          "currencyDisplay": "code"
        },
        "meta": {
          "fb-og-image": "https:\u002F\u002Fwww.jobstreet.co.id\u002Fassets\u002Flogo_jobstreet_1200x1200.png",
          "twitter-image": "https:\u002F\u002Fwww.jobstreet.co.id\u002Fassets\u002Flogo_jobstreet_1200x1200.png"
        }
      }
    }
  };
</script>