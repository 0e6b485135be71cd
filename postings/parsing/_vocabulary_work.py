"""Skills of work outside software: licences and certificates, spoken languages, health and care,
hospitality, retail and logistics, the trades, office, finance, HR, education and public work. Same row
format and alias prefixes as ``_vocabulary.py`` (see its docstring); data only.

Spoken languages are also nationality adjectives ("German engineering", "posted in English"), so a bare
language name is a ``!`` alias (exact case, only in a list of skills, after "fluent in" or a "Languages:"
label); unprefixed aliases are phrases that only name the skill ("fluent English", "Deutschkenntnisse").
Single common words ("cleaning", "sales", "care") are left out or need a prefix; names of skills already
in the other vocabularies (Excel, First Aid, HACCP, PMP, PRINCE2, ITIL, Six Sigma) are not repeated.
"""

from ._vocabulary import PRACTICE, TOOL

WORK_SKILL_ROWS: tuple[tuple[str, str, str], ...] = (
    # Licences, certificates and checks
    ("Driving Licence", PRACTICE, "driving licence|driving license|driver's license|driver's licence|"
                                  "drivers license|drivers licence|driver’s license|driver’s licence|"
                                  "driver license|full UK driving licence|clean driving licence|"
                                  "valid driver's license|Führerschein|Führerschein Klasse B|"
                                  "permis de conduire|=permis B|carnet de conducir|carné de conducir|"
                                  "permiso de conducir|licencia de conducir|carteira de habilitação|"
                                  "carteira de motorista|=CNH|carta de condução|patente di guida|"
                                  "=patente B|rijbewijs|rijbewijs B|prawo jazdy|körkort|B-körkort|ehliyet|"
                                  "sürücü belgesi|=SIM A|=SIM C|surat izin mengemudi"),
    ("CDL", PRACTICE, "=CDL|commercial driver's license|commercial drivers license|"
                      "commercial driver's licence|commercial driver license"),
    ("CDL Class A", PRACTICE, "CDL Class A|Class A CDL|CDL-A|CDL A|Class A commercial driver's license"),
    ("CDL Class B", PRACTICE, "CDL Class B|Class B CDL|CDL-B|CDL B|Class B commercial driver's license"),
    ("HGV Licence", PRACTICE, "HGV licence|HGV license|=HGV|HGV Class 1|HGV Class 2|=LGV|=C+E licence|"
                              "Class 1 licence|Class 2 licence|=Berufskraftfahrer|Führerschein CE|"
                              "Führerschein C1|permis C|permis CE|permis poids lourd|=carnet C|=carnet C+E|"
                              "prawo jazdy kat. C|=Code 95"),
    ("Forklift Licence", PRACTICE, "forklift|forklift licence|forklift license|forklift certification|"
                                   "forklift certified|forklift certificate|forklift operation|fork lift|"
                                   "fork-lift|Staplerschein|Gabelstaplerschein|Gabelstapler|=CACES|"
                                   "chariot élévateur|carnet de carretillero|carné de carretillero|"
                                   "carretilla elevadora|empilhadeira|carrello elevatore|patentino muletto|"
                                   "heftruckcertificaat|heftruck|wózek widłowy|uprawnienia UDT|truckkort|"
                                   "forklift ehliyeti|forklift operatörü"),
    ("CPR", PRACTICE, "=CPR|CPR certification|CPR certified|cardiopulmonary resuscitation|"
                      "Herz-Lungen-Wiederbelebung|réanimation cardio-pulmonaire|reanimación cardiopulmonar|"
                      "reanimação cardiopulmonar|rianimazione cardiopolmonare|reanimacja|"
                      "hjärt-lungräddning"),
    ("BLS", PRACTICE, "=BLS|Basic Life Support|BLS certification|BLS certified"),
    ("ACLS", PRACTICE, "=ACLS|Advanced Cardiac Life Support|Advanced Cardiovascular Life Support"),
    ("PALS", PRACTICE, "=PALS|Pediatric Advanced Life Support|Paediatric Advanced Life Support"),
    ("NRP", PRACTICE, "=NRP|Neonatal Resuscitation Program|Neonatal Resuscitation Programme"),
    ("TNCC", PRACTICE, "=TNCC|Trauma Nursing Core Course"),
    ("ATLS", PRACTICE, "=ATLS|Advanced Trauma Life Support"),
    ("AED", PRACTICE, "=AED|automated external defibrillator|Defibrillator"),
    ("Mental Health First Aid", PRACTICE, "Mental Health First Aid|=MHFA"),
    ("CNA", PRACTICE, "=CNA|Certified Nursing Assistant|Certified Nurse Aide|Certified Nursing Aide"),
    ("RN Licence", PRACTICE, "RN licence|RN license|=RN|registered nurse licence|registered nurse license|"
                             "active RN license|NMC registration|NMC PIN|=NCLEX|NCLEX-RN|"
                             "examen de grado de enfermería|=COREN"),
    ("LPN", PRACTICE, "=LPN|=LVN|licensed practical nurse|licensed vocational nurse|NCLEX-PN"),
    ("HCA Certificate", PRACTICE, "!HCA|HCA certificate|health care aide certificate|"
                                  "healthcare assistant certificate|Care Certificate"),
    ("Medical Assistant Certification", PRACTICE, "=CCMA|certified medical assistant|"
                                                  "registered medical assistant|"
                                                  "!Medical Assistant Certification"),
    ("EMT", PRACTICE, "=EMT|EMT-B|EMT-Basic|Emergency Medical Technician|=NREMT|=Paramedic licence"),
    ("HCPC Registration", PRACTICE, "HCPC registration|HCPC registered|=HCPC"),
    ("GMC Registration", PRACTICE, "GMC registration|GMC registered|full GMC"),
    ("NVQ", PRACTICE, "=NVQ|NVQ Level 2|NVQ Level 3|NVQ Level 4|NVQ 2|NVQ 3|=SVQ|=QCF|RQF Level 3"),
    ("ServSafe", PRACTICE, "ServSafe|ServSafe Manager|ServSafe Food Handler"),
    ("Food Hygiene Certificate", PRACTICE, "food hygiene certificate|food hygiene certification|"
                                           "Level 2 Food Hygiene|Food Hygiene Level 2|Level 3 Food Hygiene|"
                                           "food handler's card|food handlers card|food handler card|"
                                           "food handler certificate|food handler's permit|Hygieneschulung|"
                                           "Gesundheitszeugnis|Belehrung nach IfSG|"
                                           "carnet de manipulador de alimentos|manipulador de alimentos|"
                                           "certificado de manipulador de alimentos|attestato HACCP|"
                                           "formation hygiène alimentaire|hygiènecertificaat"),
    ("Food Safety", PRACTICE, "food safety|food safety standards|Lebensmittelsicherheit|"
                              "Lebensmittelhygiene|sécurité alimentaire|hygiène alimentaire|"
                              "seguridad alimentaria|segurança alimentar|sicurezza alimentare|"
                              "voedselveiligheid|bezpieczeństwo żywności|livsmedelssäkerhet|gıda güvenliği|"
                              "keamanan pangan"),
    ("Alcohol Licence", PRACTICE, "personal licence holder|Personal Licence|=TIPS certification|"
                                  "TIPS certified|=RSA certificate|Responsible Service of Alcohol|=BASSET|"
                                  "alcohol server certification|bartender license|!Alcohol Licence"),
    ("SIA Licence", PRACTICE, "SIA licence|SIA license|SIA badge|SIA door supervisor|SIA security licence|"
                              "SIA CCTV licence|=Sachkundeprüfung|Sachkundeprüfung nach § 34a|"
                              "carte professionnelle CNAPS|=CQP APS|vigilante de seguridad|"
                              "TIP de vigilante"),
    ("Guard Card", PRACTICE, "guard card|security guard license|security guard licence|=BSIS"),
    ("CSCS Card", PRACTICE, "CSCS card|=CSCS|CSCS certified|=CPCS|=NPORS|=ECS card"),
    ("OSHA 10", PRACTICE, "OSHA 10|OSHA-10|OSHA10"),
    ("OSHA 30", PRACTICE, "OSHA 30|OSHA-30|OSHA30"),
    ("OSHA Compliance", PRACTICE, "=OSHA|OSHA regulations|OSHA standards|OSHA compliance"),
    ("IOSH", PRACTICE, "=IOSH|IOSH Managing Safely|IOSH Working Safely"),
    ("NEBOSH", PRACTICE, "=NEBOSH|NEBOSH General Certificate|NEBOSH Diploma|NEBOSH Certificate"),
    ("SSSTS", PRACTICE, "=SSSTS|=SMSTS|Site Supervisor Safety Training Scheme|"
                        "Site Management Safety Training Scheme"),
    ("PASMA", PRACTICE, "=PASMA|=IPAF|=MEWP|IPAF licence|IPAF certified"),
    ("Confined Space", PRACTICE, "confined space|confined spaces|confined space entry|"
                                 "confined space training"),
    ("Working at Heights", PRACTICE, "working at heights|working at height|work at height|fall protection|"
                                     "Arbeiten in der Höhe|travaux en hauteur|trabajos en altura|"
                                     "trabalho em altura|=NR-35|lavori in quota"),
    ("Lockout/Tagout", PRACTICE, "lockout/tagout|lockout tagout|lock-out tag-out|=LOTO"),
    ("CPA", PRACTICE, "!CPA|Certified Public Accountant|CPA license|CPA licence|CPA certification|"
                      "CPA qualified|CPA designation"),
    ("ACCA", PRACTICE, "=ACCA|ACCA qualified|ACCA part-qualified"),
    ("CIMA", PRACTICE, "=CIMA|CIMA qualified|=CGMA"),
    ("Chartered Accountant", PRACTICE, "ACA qualified|=ICAEW|=ICAS|Chartered Accountant|=CA qualified|"
                                       "=CPA Canada"),
    ("CFA", PRACTICE, "!CFA|Chartered Financial Analyst|CFA charterholder|CFA Level I|CFA Level II|"
                      "CFA Level III|CFA Level 1|CFA Level 2|CFA Level 3"),
    ("AAT", PRACTICE, "=AAT|AAT Level 3|AAT Level 4|AAT qualified"),
    ("CMA (Management Accountant)", PRACTICE, "Certified Management Accountant|"
                                              "!CMA (Management Accountant)"),
    ("Enrolled Agent", PRACTICE, "Enrolled Agent|=EA licence"),
    ("CIPD", PRACTICE, "=CIPD|CIPD Level 5|CIPD Level 7|CIPD qualified"),
    ("SHRM-CP", PRACTICE, "=SHRM-CP|=SHRM-SCP|=PHR|=SPHR"),
    ("CIPS", PRACTICE, "=CIPS|=MCIPS|CIPS Level 4"),
    ("APICS", PRACTICE, "=APICS|=CPIM|=CSCP"),
    ("CAPM", PRACTICE, "=CAPM|Certified Associate in Project Management"),
    ("Lean Six Sigma Green Belt", PRACTICE, "Six Sigma Green Belt|Lean Six Sigma Green Belt"),
    ("Lean Six Sigma Black Belt", PRACTICE, "Six Sigma Black Belt|Lean Six Sigma Black Belt"),
    ("QTS", PRACTICE, "=QTS|Qualified Teacher Status"),
    ("PGCE", PRACTICE, "=PGCE|=PGDE|Postgraduate Certificate in Education"),
    ("Teaching Licence", PRACTICE, "teaching licence|teaching license|teaching certificate|"
                                   "teaching credential|state teaching certification|teacher certification|"
                                   "Lehramt|2. Staatsexamen|Lehrbefähigung|=CAPES|=CRPE"),
    ("TEFL", PRACTICE, "=TEFL|=TESOL|=CELTA|=DELTA|=TESL|TEFL certificate"),
    ("DBS Check", PRACTICE, "DBS check|enhanced DBS|DBS certificate|DBS clearance|DBS checked|"
                            "enhanced DBS check|=PVG|PVG scheme|Disclosure Scotland|Access NI"),
    ("Criminal Record Check", PRACTICE, "criminal record check|criminal background check|"
                                        "erweitertes Führungszeugnis|Führungszeugnis|"
                                        "extrait de casier judiciaire|certificado de antecedentes penales|"
                                        "certificado de delitos de naturaleza sexual|"
                                        "certidão de antecedentes criminais|Verklaring Omtrent het Gedrag|"
                                        "=VOG|zaświadczenie o niekaralności|utdrag ur belastningsregistret|"
                                        "adli sicil kaydı|=SKCK"),
    ("Working With Children Check", PRACTICE, "Working With Children Check|=WWCC|"
                                              "clearances for working with children"),
    ("Security Clearance", PRACTICE, "security clearance|=SC clearance|=DV clearance|=SC cleared|"
                                     "=DV cleared|Top Secret clearance|Secret clearance|=NV1 clearance|"
                                     "=NV2 clearance|Baseline clearance|Sicherheitsüberprüfung|"
                                     "habilitation de sécurité|habilitation secret défense|"
                                     "habilitación de seguridad"),
    ("Notary Public", PRACTICE, "notary public|notary commission"),
    ("Real Estate Licence", PRACTICE, "real estate licence|real estate license|"
                                      "real estate salesperson license|Maklerschein|=CRECI"),
    ("Series 7", PRACTICE, "Series 7|Series 63|Series 65|Series 66|FINRA licence|FINRA license|"
                           "=FINRA licensed"),
    ("Insurance Licence", PRACTICE, "insurance licence|insurance license|life and health license|"
                                    "Property and Casualty license|=P&C license|=CII|=Cert CII|=Dip CII"),
    ("Mortgage Advisor Qualification", PRACTICE, "=CeMAP|=NMLS|NMLS license|"
                                                 "mortgage loan originator license|"
                                                 "!Mortgage Advisor Qualification"),
    ("Electrician Licence", PRACTICE, "journeyman electrician license|master electrician license|"
                                      "journeyman license|journeyman licence|=JIB card|=ECS gold card|"
                                      "=18th Edition|18th Edition wiring regulations|=AM2|"
                                      "=City & Guilds 2391|Elektrofachkraft|habilitation électrique|"
                                      "!Electrician Licence"),
    ("Gas Safe", PRACTICE, "Gas Safe|Gas Safe registered|=ACS gas|=CORGI|F-Gas|EPA Section 608|EPA 608|"
                           "EPA 608 certification|=HVAC certification"),
    ("Welding Certification", PRACTICE, "welding certification|certified welder|=AWS D1.1|=AWS certified|"
                                        "EN ISO 9606|Schweißerprüfung|=ASME Section IX|=CWB"),
    ("Pesticide Applicator Licence", PRACTICE, "pesticide applicator license|pesticide applicator licence|"
                                               "Sachkundenachweis Pflanzenschutz"),
    # Spoken languages: a bare name only in a list of skills or after "fluent in" / "Languages:"
    ("English", PRACTICE, "!English|fluent English|English fluency|English B1|English B2|English C1|"
                          "English C2|native English speaker|English speaker|business English|!Englisch|"
                          "!anglais|!Anglais|!inglés|!Inglés|!inglês|!Inglês|!inglese|!Inglese|!Engels|"
                          "!angielski|!Angielski|!engelska|!Engelska|!Inggris|!英语|!英語|!영어|"
                          "!英文|written English|spoken English|English language skills|"
                          "English proficiency|written and spoken English|spoken and written English|"
                          "Englischkenntnisse|verhandlungssicheres Englisch|fließend Englisch|"
                          "anglais courant|anglais professionnel|maîtrise de l'anglais|inglés avanzado|"
                          "inglés fluido|inglés intermedio|nivel de inglés|inglês fluente|inglês avançado|"
                          "conhecimento em inglês|inglese fluente|conoscenza della lingua inglese|"
                          "vloeiend Engels|język angielski|znajomość języka angielskiego|flytande engelska|"
                          "bahasa Inggris|TOEIC|TOEFL|IELTS"),
    ("German", PRACTICE, "!German|fluent German|German fluency|German B1|German B2|German C1|German C2|"
                         "native German speaker|German speaker|business German|!Deutsch|!allemand|"
                         "!Allemand|!alemán|!Alemán|!alemão|!Alemão|!tedesco|!Tedesco|!Duits|!niemiecki|"
                         "!Niemiecki|!tyska|!Tyska|!Almanca|!Jerman|!德语|!德語|!ドイツ語|!독일어|"
                         "Deutschkenntnisse|fließend Deutsch|verhandlungssicheres Deutsch|Deutsch B2|"
                         "Deutsch C1|Deutsch C2|Deutsch als Muttersprache|allemand courant|alemán avanzado|"
                         "alemão fluente|tedesco fluente|vloeiend Duits|język niemiecki|"
                         "znajomość języka niemieckiego|bahasa Jerman|Goethe-Zertifikat|TestDaF"),
    ("French", PRACTICE, "!French|fluent French|French fluency|French B1|French B2|French C1|French C2|"
                         "native French speaker|French speaker|business French|!Französisch|!français|"
                         "!Français|!francés|!Francés|!francês|!Francês|!francese|!Francese|!Frans|"
                         "!francuski|!Francuski|!franska|!Franska|!Fransızca|!Prancis|!法语|!法語|"
                         "!フランス語|!프랑스어|Französischkenntnisse|français courant|"
                         "maîtrise du français|francés avanzado|francês fluente|francese fluente|"
                         "język francuski|bahasa Prancis|=DELF|=DALF"),
    ("Spanish", PRACTICE, "!Spanish|fluent Spanish|Spanish fluency|Spanish B1|Spanish B2|Spanish C1|"
                          "Spanish C2|native Spanish speaker|Spanish speaker|business Spanish|!Spanisch|"
                          "!espagnol|!Espagnol|!español|!Español|!espanhol|!Espanhol|!spagnolo|!Spagnolo|"
                          "!Spaans|!hiszpański|!Hiszpański|!spanska|!Spanska|!Spanyol|"
                          "!castellano|!Castellano|!西班牙语|!スペイン語|!스페인어|Spanischkenntnisse|"
                          "espagnol courant|español nativo|español avanzado|espanhol fluente|"
                          "espanhol avançado|spagnolo fluente|język hiszpański|bahasa Spanyol|=DELE"),
    ("Portuguese", PRACTICE, "!Portuguese|fluent Portuguese|Portuguese fluency|Portuguese B1|Portuguese B2|"
                             "Portuguese C1|Portuguese C2|native Portuguese speaker|Portuguese speaker|"
                             "business Portuguese|!Portugiesisch|!portugais|!Portugais|!portugués|"
                             "!Portugués|!português|!Português|!portoghese|!Portoghese|!Portugees|"
                             "!portugalski|!Portugalski|!portugisiska|!Portugisiska|!Portekizce|!Portugis|"
                             "!葡萄牙语|!ポルトガル語|!포르투갈어|Brazilian Portuguese|European Portuguese|"
                             "Portugiesischkenntnisse|português fluente|língua portuguesa|bahasa Portugis"),
    ("Italian", PRACTICE, "!Italian|fluent Italian|Italian fluency|Italian B1|Italian B2|Italian C1|"
                          "Italian C2|native Italian speaker|Italian speaker|business Italian|!Italienisch|"
                          "!italien|!italiano|!Italiano|!Italiaans|!włoski|!Włoski|!italienska|!Italienska|"
                          "!意大利语|!イタリア語|!이탈리아어|Italienischkenntnisse|"
                          "italien courant|italiano fluente|lingua italiana|język włoski|bahasa Italia"),
    ("Dutch", PRACTICE, "!Dutch|fluent Dutch|Dutch fluency|Dutch B1|Dutch B2|Dutch C1|Dutch C2|"
                        "native Dutch speaker|Dutch speaker|business Dutch|!Niederländisch|!néerlandais|"
                        "!Néerlandais|!neerlandés|!Neerlandés|!holandês|!Holandês|!olandese|!Olandese|"
                        "!Nederlands|!niderlandzki|!Niderlandzki|!holenderski|!Holenderski|!nederländska|"
                        "!Nederländska|!Felemenkçe|!Hollandaca|!Belanda|!Flemish|!Vlaams|!荷兰语|"
                        "!オランダ語|Niederländischkenntnisse|vloeiend Nederlands|Nederlandse taal|"
                        "bahasa Belanda"),
    ("Polish", PRACTICE, "!Polish|=fluent Polish|=Polish fluency|=Polish B1|=Polish B2|=Polish C1|"
                         "=Polish C2|=native Polish speaker|=Polish speaker|!Polnisch|!polonais|!Polonais|"
                         "!polaco|!Polaco|!polonês|!Polonês|!polacco|!Polacco|!Pools|!polski|!Polski|"
                         "!polska|!Lehçe|!Polandia|!波兰语|Polnischkenntnisse|język polski|"
                         "znajomość języka polskiego"),
    ("Swedish", PRACTICE, "!Swedish|fluent Swedish|Swedish fluency|Swedish B1|Swedish B2|Swedish C1|"
                          "Swedish C2|native Swedish speaker|Swedish speaker|!Schwedisch|!suédois|!Suédois|"
                          "!sueco|!Sueco|!svedese|!Svedese|!Zweeds|!szwedzki|!Szwedzki|!svenska|!Svenska|"
                          "!Swedia|!瑞典语|!スウェーデン語|Schwedischkenntnisse|flytande svenska|"
                          "god svenska|bahasa Swedia"),
    ("Turkish", PRACTICE, "!Turkish|fluent Turkish|Turkish fluency|Turkish B1|Turkish B2|Turkish C1|"
                          "Turkish C2|native Turkish speaker|Turkish speaker|!Türkisch|!turc|!Turc|!turco|"
                          "!Turco|!Turks|!turecki|!Turecki|!turkiska|!Turkiska|!Türkçe|!Turki|!土耳其语|"
                          "!トルコ語|Türkischkenntnisse|iyi derecede Türkçe|bahasa Turki"),
    ("Arabic", PRACTICE, "!Arabic|fluent Arabic|Arabic fluency|Arabic B1|Arabic B2|Arabic C1|Arabic C2|"
                         "native Arabic speaker|Arabic speaker|business Arabic|!Arabisch|!arabe|!Arabe|"
                         "!árabe|!Árabe|!arabo|!Arabo|!arabski|!Arabski|!arabiska|!Arabiska|!Arapça|"
                         "!العربية|!阿拉伯语|!アラビア語|!아랍어|Arabischkenntnisse|bahasa Arab|"
                         "Modern Standard Arabic"),
    ("Mandarin Chinese", PRACTICE, "Mandarin Chinese|!Mandarin|!Chinese|fluent Mandarin|Mandarin fluency|"
                                   "Mandarin B1|Mandarin B2|Mandarin C1|Mandarin C2|"
                                   "native Mandarin speaker|Mandarin speaker|business Mandarin|!Chinesisch|"
                                   "!chinois|!Chinois|!chino|!Chino|!mandarín|!Mandarín|!chinês|!Chinês|"
                                   "!mandarim|!Mandarim|!cinese|!Cinese|!Chinees|!chiński|!Chiński|"
                                   "!kinesiska|!Kinesiska|!Çince|!中文|!普通话|!普通話|!汉语|!漢語|!中国語|"
                                   "!중국어|fluent Chinese|business Chinese|written Chinese|"
                                   "Chinesischkenntnisse|chinois mandarin|chino mandarín|bahasa Mandarin|"
                                   "bahasa Tionghoa|=HSK|HSK 5|HSK 6"),
    ("Cantonese", PRACTICE, "!Cantonese|fluent Cantonese|Cantonese fluency|Cantonese B1|Cantonese B2|"
                            "Cantonese C1|Cantonese C2|native Cantonese speaker|Cantonese speaker|"
                            "!Kantonesisch|!cantonais|!Cantonais|!cantonés|!Cantonés|!cantonês|!Cantonês|"
                            "!Kantonees|!kantoński|!Kantoński|!kantonesiska|!Kantonesiska|!Kantonca|!粤语|"
                            "!粵語|!廣東話|!广东话|!광둥어|bahasa Kanton"),
    ("Japanese", PRACTICE, "!Japanese|fluent Japanese|Japanese fluency|Japanese B1|Japanese B2|Japanese C1|"
                           "Japanese C2|native Japanese speaker|Japanese speaker|business Japanese|"
                           "!Japanisch|!japonais|!Japonais|!japonés|!Japonés|!japonês|!Japonês|!giapponese|"
                           "!Giapponese|!Japans|!japoński|!Japoński|!japanska|!Japanska|!Japonca|!Jepang|"
                           "!日本語|!日语|!일본어|Japanischkenntnisse|bahasa Jepang|=JLPT|JLPT N1|JLPT N2|"
                           "JLPT N3"),
    ("Korean", PRACTICE, "!Korean|fluent Korean|Korean fluency|Korean B1|Korean B2|Korean C1|Korean C2|"
                         "native Korean speaker|Korean speaker|!Koreanisch|!coréen|!Coréen|!coreano|"
                         "!Coreano|!Koreaans|!koreański|!Koreański|!koreanska|!Koreanska|!Korece|!한국어|"
                         "!韓国語|!韩语|bahasa Korea|=TOPIK"),
    ("Russian", PRACTICE, "!Russian|fluent Russian|Russian fluency|Russian B1|Russian B2|Russian C1|"
                          "Russian C2|native Russian speaker|Russian speaker|!Russisch|!russe|!Russe|!ruso|"
                          "!Ruso|!russo|!Russo|!rosyjski|!Rosyjski|!ryska|!Ryska|!Rusça|!русский|!Русский|"
                          "!俄语|!ロシア語|!러시아어|Russischkenntnisse|русский язык|język rosyjski|"
                          "bahasa Rusia"),
    ("Ukrainian", PRACTICE, "!Ukrainian|fluent Ukrainian|Ukrainian fluency|Ukrainian B1|Ukrainian B2|"
                            "Ukrainian C1|Ukrainian C2|native Ukrainian speaker|Ukrainian speaker|"
                            "!Ukrainisch|!ukrainien|!Ukrainien|!ucraniano|!Ucraniano|!ucraino|!Ucraino|"
                            "!Oekraïens|!ukraiński|!Ukraiński|!ukrainska|!Ukrainska|!Ukraynaca|!українська|"
                            "!Українська|!乌克兰语|українська мова|język ukraiński|bahasa Ukraina"),
    ("Hindi", PRACTICE, "!Hindi|fluent Hindi|Hindi fluency|Hindi B1|Hindi B2|Hindi C1|Hindi C2|"
                        "native Hindi speaker|Hindi speaker|!Hintçe|!हिन्दी|!हिंदी|!印地语|bahasa Hindi"),
    ("Swahili", PRACTICE, "!Swahili|fluent Swahili|Swahili fluency|Swahili B1|Swahili B2|Swahili C1|"
                          "Swahili C2|native Swahili speaker|Swahili speaker|!Suaheli|!suajili|!Suajili|"
                          "!suaíli|!Suaíli|!Svahili|!斯瓦希里语|Kiswahili|bahasa Swahili"),
    ("Vietnamese", PRACTICE, "!Vietnamese|fluent Vietnamese|Vietnamese fluency|Vietnamese B1|Vietnamese B2|"
                             "Vietnamese C1|Vietnamese C2|native Vietnamese speaker|Vietnamese speaker|"
                             "!Vietnamesisch|!vietnamien|!Vietnamien|!vietnamita|!Vietnamita|!Vietnamees|"
                             "!wietnamski|!Wietnamski|!vietnamesiska|!Vietnamesiska|!Vietnamca|!越南语|"
                             "tiếng Việt|bahasa Vietnam"),
    ("Indonesian", PRACTICE, "!Indonesian|fluent Indonesian|Indonesian fluency|Indonesian B1|Indonesian B2|"
                             "Indonesian C1|Indonesian C2|native Indonesian speaker|Indonesian speaker|"
                             "!Indonesisch|!indonésien|!Indonésien|!indonesio|!Indonesio|!indonésio|"
                             "!Indonésio|!indonesiano|!Indonesiano|!indonezyjski|!Indonezyjski|"
                             "!indonesiska|!Indonesiska|!Endonezce|!印尼语|Bahasa Indonesia"),
    ("Malay", PRACTICE, "!Malay|fluent Malay|Malay fluency|Malay B1|Malay B2|Malay C1|Malay C2|"
                        "native Malay speaker|Malay speaker|!Malaiisch|!malais|!Malais|!malayo|!Malayo|"
                        "!malaio|!Malaio|!malese|!Malese|!Maleis|!malajski|!Malajski|!malajiska|!Malajiska|"
                        "!Malayca|Bahasa Melayu|Bahasa Malaysia"),
    ("Thai", PRACTICE, "!Thai|fluent Thai|Thai fluency|Thai B1|Thai B2|Thai C1|Thai C2|native Thai speaker|"
                       "Thai speaker|!Thailändisch|!thaï|!Thaï|!tailandés|!Tailandés|!tailandês|!Tailandês|"
                       "!tailandese|!Tailandese|!tajski|!Tajski|!thailändska|!Thailändska|!Tayca|!泰语|"
                       "!タイ語|bahasa Thailand|ภาษาไทย"),
    ("Tagalog", PRACTICE, "fluent Tagalog|Tagalog fluency|Tagalog B1|Tagalog B2|Tagalog C1|Tagalog C2|"
                          "native Tagalog speaker|Tagalog speaker|!Filipino|Tagalog"),
    ("Greek", PRACTICE, "!Greek|fluent Greek|Greek fluency|Greek B1|Greek B2|Greek C1|Greek C2|"
                        "native Greek speaker|Greek speaker|!Griechisch|!grec|!Grec|!griego|!Griego|!grego|"
                        "!Grego|!greco|!Greco|!Grieks|!grecki|!Grecki|!grekiska|!Grekiska|!Yunanca|"
                        "Greek language skills"),
    ("Czech", PRACTICE, "!Czech|fluent Czech|Czech fluency|Czech B1|Czech B2|Czech C1|Czech C2|"
                        "native Czech speaker|Czech speaker|!Tschechisch|!tchèque|!Tchèque|!checo|!Checo|"
                        "!tcheco|!Tcheco|!ceco|!Ceco|!Tsjechisch|!czeski|!Czeski|!tjeckiska|!Tjeckiska|"
                        "!Çekçe|język czeski|čeština"),
    ("Romanian", PRACTICE, "!Romanian|fluent Romanian|Romanian fluency|Romanian B1|Romanian B2|Romanian C1|"
                           "Romanian C2|native Romanian speaker|Romanian speaker|!Rumänisch|!roumain|"
                           "!Roumain|!rumano|!Rumano|!romeno|!Romeno|!rumeno|!Rumeno|!Roemeens|!rumuński|"
                           "!Rumuński|!rumänska|!Rumänska|!Rumence|limba română"),
    ("Hungarian", PRACTICE, "!Hungarian|fluent Hungarian|Hungarian fluency|Hungarian B1|Hungarian B2|"
                            "Hungarian C1|Hungarian C2|native Hungarian speaker|Hungarian speaker|"
                            "!Ungarisch|!hongrois|!Hongrois|!húngaro|!Húngaro|!ungherese|!Ungherese|"
                            "!Hongaars|!węgierski|!Węgierski|!ungerska|!Ungerska|!Macarca|magyar nyelv"),
    ("Danish", PRACTICE, "!Danish|fluent Danish|Danish fluency|Danish B1|Danish B2|Danish C1|Danish C2|"
                         "native Danish speaker|Danish speaker|!Dänisch|!danois|!Danois|!danés|!Danés|"
                         "!dinamarquês|!Dinamarquês|!danese|!Danese|!Deens|!duński|!Duński|!danska|!Danska|"
                         "!Danca|!dansk|!Dansk"),
    ("Norwegian", PRACTICE, "!Norwegian|fluent Norwegian|Norwegian fluency|Norwegian B1|Norwegian B2|"
                            "Norwegian C1|Norwegian C2|native Norwegian speaker|Norwegian speaker|"
                            "!Norwegisch|!norvégien|!Norvégien|!noruego|!Noruego|!norueguês|!Norueguês|"
                            "!norvegese|!Norvegese|!Noors|!norweski|!Norweski|!norska|!Norska|!Norveççe|"
                            "!norsk|!Norsk"),
    ("Finnish", PRACTICE, "!Finnish|fluent Finnish|Finnish fluency|Finnish B1|Finnish B2|Finnish C1|"
                          "Finnish C2|native Finnish speaker|Finnish speaker|!Finnisch|!finnois|!Finnois|"
                          "!finlandés|!Finlandés|!finlandês|!Finlandês|!finlandese|!Finlandese|!Fins|"
                          "!fiński|!Fiński|!finska|!Finska|!Fince|!suomi"),
    ("Hebrew", PRACTICE, "!Hebrew|fluent Hebrew|Hebrew fluency|Hebrew B1|Hebrew B2|Hebrew C1|Hebrew C2|"
                         "native Hebrew speaker|Hebrew speaker|!Hebräisch|!hébreu|!Hébreu|!hebreo|!Hebreo|"
                         "!hebraico|!Hebraico|!ebraico|!Ebraico|!Hebreeuws|!hebrajski|!Hebrajski|"
                         "!hebreiska|!Hebreiska|!עברית"),
    ("Persian", PRACTICE, "!Persian|fluent Persian|Persian fluency|Persian B1|Persian B2|Persian C1|"
                          "Persian C2|native Persian speaker|Persian speaker|!Farsi|!Dari|!Persisch|"
                          "!persan|!Persan|!persa|!Persa|!persiano|!Persiano|!Perzisch|!perski|!Perski|"
                          "!persiska|!Persiska|!Farsça|!فارسی"),
    ("Urdu", PRACTICE, "!Urdu|fluent Urdu|Urdu fluency|Urdu B1|Urdu B2|Urdu C1|Urdu C2|native Urdu speaker|"
                       "Urdu speaker|!اردو"),
    ("Bengali", PRACTICE, "!Bengali|fluent Bengali|Bengali fluency|Bengali B1|Bengali B2|Bengali C1|"
                          "Bengali C2|native Bengali speaker|Bengali speaker|!Bangla|!বাংলা"),
    ("Punjabi", PRACTICE, "!Punjabi|fluent Punjabi|Punjabi fluency|Punjabi B1|Punjabi B2|Punjabi C1|"
                          "Punjabi C2|native Punjabi speaker|Punjabi speaker|!Panjabi|!ਪੰਜਾਬੀ"),
    ("Tamil", PRACTICE, "!Tamil|fluent Tamil|Tamil fluency|Tamil B1|Tamil B2|Tamil C1|Tamil C2|"
                        "native Tamil speaker|Tamil speaker|!தமிழ்"),
    ("Somali", PRACTICE, "!Somali|fluent Somali|Somali fluency|Somali B1|Somali B2|Somali C1|Somali C2|"
                         "native Somali speaker|Somali speaker|!Somalisch|!somalí|!Somalí|!somalo|!Somalo|"
                         "Af-Soomaali"),
    ("Catalan", PRACTICE, "!Catalan|fluent Catalan|Catalan fluency|Catalan B1|Catalan B2|Catalan C1|"
                          "Catalan C2|native Catalan speaker|Catalan speaker|!Katalanisch|!catalan|!català|"
                          "!Català|!catalán|!Catalán|!catalão|!Catalão|!catalano|!Catalano"),
    ("Croatian", PRACTICE, "!Croatian|fluent Croatian|Croatian fluency|Croatian B1|Croatian B2|Croatian C1|"
                           "Croatian C2|native Croatian speaker|Croatian speaker|!Kroatisch|!croate|"
                           "!Croate|!croata|!Croata|!hrvatski|!Hrvatski"),
    ("Serbian", PRACTICE, "!Serbian|fluent Serbian|Serbian fluency|Serbian B1|Serbian B2|Serbian C1|"
                          "Serbian C2|native Serbian speaker|Serbian speaker|!Serbisch|!serbe|!Serbe|"
                          "!serbio|!Serbio|!sérvio|!Sérvio|!serbo|!Serbo|!srpski|!Srpski"),
    ("Bulgarian", PRACTICE, "!Bulgarian|fluent Bulgarian|Bulgarian fluency|Bulgarian B1|Bulgarian B2|"
                            "Bulgarian C1|Bulgarian C2|native Bulgarian speaker|Bulgarian speaker|"
                            "!Bulgarisch|!bulgare|!Bulgare|!búlgaro|!Búlgaro|!bulgaro|!Bulgaro"),
    ("Slovak", PRACTICE, "!Slovak|fluent Slovak|Slovak fluency|Slovak B1|Slovak B2|Slovak C1|Slovak C2|"
                         "native Slovak speaker|Slovak speaker|!Slowakisch|!slovaque|!Slovaque|!eslovaco|"
                         "!Eslovaco|!slovacco|!Slovacco|!słowacki|!Słowacki|slovenčina"),
    ("Lithuanian", PRACTICE, "!Lithuanian|fluent Lithuanian|Lithuanian fluency|Lithuanian B1|Lithuanian B2|"
                             "Lithuanian C1|Lithuanian C2|native Lithuanian speaker|Lithuanian speaker|"
                             "!Litauisch|!lituanien|!Lituanien|!lituano|!Lituano|!litewski|!Litewski"),
    ("Estonian", PRACTICE, "!Estonian|fluent Estonian|Estonian fluency|native Estonian speaker|"
                           "Estonian speaker|"
                           "!Estnisch|!estonien|!Estonien|!estonio|!eesti keel|eesti keele oskus"),
    ("Latvian", PRACTICE, "!Latvian|fluent Latvian|Latvian fluency|native Latvian speaker|Latvian speaker|"
                          "!Lettisch|!letton|!latviešu valoda"),
    ("Albanian", PRACTICE, "!Albanian|fluent Albanian|Albanian fluency|Albanian B1|Albanian B2|Albanian C1|"
                           "Albanian C2|native Albanian speaker|Albanian speaker|!Albanisch|!albanais|"
                           "!Albanais|!albanés|!Albanés|!albanese|!Albanese|shqip"),
    ("Amharic", PRACTICE, "!Amharic|fluent Amharic|Amharic fluency|Amharic B1|Amharic B2|Amharic C1|"
                          "Amharic C2|native Amharic speaker|Amharic speaker|!Amharisch"),
    ("Sign Language", PRACTICE, "sign language|British Sign Language|!BSL|American Sign Language|!ASL|"
                                "Gebärdensprache|Deutsche Gebärdensprache|langue des signes|"
                                "lengua de signos|lengua de señas|língua de sinais|língua gestual|=Libras|"
                                "lingua dei segni|gebarentaal|język migowy|teckenspråk|işaret dili|"
                                "bahasa isyarat|Auslan|=BSL Level 2|=BSL Level 3"),
    ("Interpreting", PRACTICE, "consecutive interpreting|simultaneous interpreting|Dolmetschen|"
                               "interprétation simultanée|interpretación simultánea|tolkning|"
                               "!Interpreting"),
    ("Translation", PRACTICE, "translation skills|document translation|!Übersetzung|!traduction|"
                              "!traducción|!tradução|!traduzione|!vertaling|!tłumaczenie|!översättning|"
                              "!çeviri|!penerjemahan|=CAT tools|=SDL Trados|Trados|memoQ|!Translation"),
    # Health and care
    ("Patient Care", PRACTICE, "patient care|direct patient care|Patientenversorgung|soins aux patients|"
                               "atención al paciente|cuidado ao paciente|cuidado del paciente|"
                               "assistenza al paziente|patiëntenzorg|opieka nad pacjentem|patientvård|"
                               "hasta bakımı|perawatan pasien"),
    ("Personal Care", PRACTICE, "personal care|intimate care|Grundpflege|soins d'hygiène|aseo personal|"
                                "cuidados pessoais|igiene personale|persoonlijke verzorging|"
                                "opieka osobista|personlig omvårdnad|kişisel bakım"),
    ("Elderly Care", PRACTICE, "elderly care|elder care|aged care|care of the elderly|older people care|"
                               "Altenpflege|Seniorenbetreuung|soins aux personnes âgées|"
                               "cuidado de personas mayores|atención a personas mayores|cuidado de idosos|"
                               "assistenza anziani|ouderenzorg|opieka nad osobami starszymi|äldreomsorg|"
                               "yaşlı bakımı|perawatan lansia"),
    ("Disability Support", PRACTICE, "disability support|learning disabilities|"
                                     "supporting people with disabilities|Behindertenhilfe|"
                                     "Eingliederungshilfe|accompagnement du handicap|"
                                     "atención a la discapacidad|deficiência intelectual|=NDIS"),
    ("Home Care", PRACTICE, "home care|domiciliary care|home health|home health care|häusliche Pflege|"
                            "ambulante Pflege|aide à domicile|ayuda a domicilio|atención domiciliaria|"
                            "cuidado domiciliar|assistenza domiciliare|thuiszorg|hemtjänst|evde bakım"),
    ("Childcare", PRACTICE, "childcare|Early Years Foundation Stage|early years practitioner|"
                            "early years educator|child care|early childhood education|Kinderbetreuung|"
                            "frühkindliche Bildung|garde d'enfants|petite enfance|cuidado infantil|"
                            "educación infantil|educação infantil|cuidado de crianças|"
                            "assistenza all'infanzia|kinderopvang|opieka nad dziećmi|barnomsorg|"
                            "çocuk bakımı|=EYFS"),
    ("Phlebotomy", PRACTICE, "phlebotomy|venepuncture|venipuncture|blood draws|blood drawing|Blutabnahme|"
                             "Blutentnahme|prise de sang|ponction veineuse|venopunción|"
                             "extracción de sangre|flebotomia|coleta de sangue|prelievo venoso|"
                             "prelievo di sangue|bloedafname|pobieranie krwi|venprovtagning|kan alma|"
                             "flebotomi"),
    ("Cannulation", PRACTICE, "cannulation|IV cannulation|IV insertion|IV therapy|intravenous therapy|"
                              "peripheral IV|IV starts"),
    ("Wound Care", PRACTICE, "wound care|wound management|wound dressing|Wundversorgung|Wundmanagement|"
                             "soins des plaies|cuidado de heridas|curación de heridas|curativos|"
                             "tratamento de feridas|cura delle ferite|medicazioni|wondzorg|leczenie ran|"
                             "sårvård|yara bakımı|perawatan luka"),
    ("Medication Administration", PRACTICE, "medication administration|administering medication|"
                                            "administration of medication|medication management|"
                                            "medicines management|Medikamentengabe|"
                                            "Medikamentenverabreichung|administration des médicaments|"
                                            "administración de medicamentos|administração de medicamentos|"
                                            "somministrazione di farmaci|medicatietoediening|"
                                            "podawanie leków|läkemedelshantering|ilaç uygulaması|"
                                            "=MAR charts|=eMAR"),
    ("Vital Signs", PRACTICE, "vital signs|vitals monitoring|taking vitals|observations monitoring|"
                              "Vitalzeichen|Vitalparameter|signes vitaux|constantes vitales|signos vitales|"
                              "sinais vitais|parametri vitali|segni vitali|vitale functies|"
                              "parametry życiowe|vitalparametrar|yaşam bulguları|tanda vital|=NEWS2"),
    ("Epic", TOOL, "!Epic|Epic EMR|Epic EHR|Epic Systems|Epic Hyperspace|EpicCare|Epic certification"),
    ("Cerner", TOOL, "=Cerner|Cerner Millennium|Oracle Health|=PowerChart"),
    ("Meditech", TOOL, "=Meditech|=MEDITECH|Meditech Expanse"),
    ("EHR Systems", TOOL, "electronic health records|electronic health record|electronic medical records|"
                          "electronic medical record|=EHR|=EMR|elektronische Patientenakte|"
                          "dossier patient informatisé|historia clínica electrónica|prontuário eletrônico|"
                          "cartella clinica elettronica|elektronisch patiëntendossier|"
                          "elektroniczna dokumentacja medyczna"),
    ("Allscripts", TOOL, "=Allscripts|=athenahealth|=eClinicalWorks|=NextGen Healthcare|=PointClickCare|"
                         "=SystmOne|=EMIS Web|=EMIS"),
    ("Triage", PRACTICE, "patient triage|clinical triage|telephone triage|triage nursing|Ersteinschätzung|"
                         "triaje|triage infermieristico|=Manchester Triage|Manchester Triage System|"
                         "!Triage"),
    ("Infection Control", PRACTICE, "infection control|infection prevention|"
                                    "infection prevention and control|Hygienemanagement|"
                                    "Infektionsprävention|prévention des infections|hygiène hospitalière|"
                                    "control de infecciones|prevenção de infecções|controle de infecção|"
                                    "controllo delle infezioni|infectiepreventie|kontrola zakażeń|"
                                    "vårdhygien|enfeksiyon kontrolü|pengendalian infeksi"),
    ("Dementia Care", PRACTICE, "dementia care|dementia support|Alzheimer's care|memory care|"
                                "Demenzbetreuung|Demenzpflege|soins Alzheimer|cuidado de demencia|"
                                "cuidado de pessoas com demência|assistenza demenza|dementiezorg|"
                                "demensvård|demans bakımı"),
    ("Palliative Care", PRACTICE, "palliative care|end of life care|end-of-life care|hospice care|"
                                  "Palliativpflege|Palliativversorgung|soins palliatifs|"
                                  "cuidados paliativos|cure palliative|palliatieve zorg|opieka paliatywna|"
                                  "palliativ vård|palyatif bakım|perawatan paliatif"),
    ("Catheter Care", PRACTICE, "catheter care|catheterisation|catheterization|urinary catheter|"
                                "Katheterpflege|sondage urinaire|sondaje vesical|cateterismo vesical|"
                                "cateterismo|katheterisatie"),
    ("Stoma Care", PRACTICE, "stoma care|ostomy care|Stomaversorgung"),
    ("Tracheostomy Care", PRACTICE, "tracheostomy care|trach care|airway management|suctioning"),
    ("PEG Feeding", PRACTICE, "PEG feeding|enteral feeding|tube feeding|Sondenernährung|nutrition entérale|"
                              "nutrición enteral"),
    ("Manual Handling", PRACTICE, "manual handling|moving and handling|safe patient handling|"
                                  "patient handling|patient transfers|hoist transfers|Kinästhetik|"
                                  "manutention des patients|movilización de pacientes|"
                                  "movimentação de pacientes|movimentazione manuale"),
    ("Care Planning", PRACTICE, "care planning|care plans|care plan|Pflegeplanung|plan de soins|"
                                "plan de cuidados|plano de cuidados|piano assistenziale|zorgplan|vårdplan"),
    ("Clinical Documentation", PRACTICE, "clinical documentation|nursing documentation|Pflegedokumentation|"
                                         "transmissions ciblées|registros de enfermería|"
                                         "registro de enfermagem|documentazione clinica|"
                                         "verpleegkundige verslaglegging"),
    ("Medical Terminology", PRACTICE, "medical terminology|medizinische Terminologie|terminologie médicale|"
                                      "terminología médica|terminologia médica|terminologia medica|"
                                      "medische terminologie|terminologia medyczna|medicinsk terminologi|"
                                      "tıbbi terminoloji"),
    ("Medical Coding", PRACTICE, "medical coding|clinical coding|=ICD-10|=ICD-11|ICD-10-CM|=CPT coding|"
                                 "=HCPCS|=OPCS|diagnosis coding"),
    ("Medical Billing", PRACTICE, "medical billing|healthcare billing|revenue cycle|claims processing|"
                                  "insurance claims|insurance verification|prior authorization|"
                                  "prior authorisation"),
    ("HIPAA", PRACTICE, "=HIPAA|HIPAA compliance"),
    ("Radiography", PRACTICE, "radiography|diagnostic radiography|X-ray imaging|Röntgen|radiographie|"
                              "radiología|radiografía|radiologia|radiografia|radiologie|"
                              "radiografia cyfrowa|röntgen|radyografi|radiografi"),
    ("CT Scanning", PRACTICE, "CT scanning|computed tomography|CT scanner|Computertomographie|"
                              "tomodensitométrie|tomografía computarizada|tomografia computadorizada|"
                              "tomografia computerizzata"),
    ("MRI", PRACTICE, "=MRI|magnetic resonance imaging|MRI scanning|Kernspintomographie|"
                      "resonancia magnética|ressonância magnética|risonanza magnetica"),
    ("Ultrasound", PRACTICE, "ultrasound|sonography|ultrasonography|Sonographie|Ultraschall|échographie|"
                             "ecografía|ultrassonografia|ecografia|echografie|ultrasonografia|ultraljud|"
                             "ultrason"),
    ("Mammography", PRACTICE, "mammography|Mammographie|mammographie|mamografía|mamografia"),
    ("ECG", PRACTICE, "=ECG|=EKG|electrocardiogram|electrocardiography|12-lead ECG|12 lead ECG|"
                      "Elektrokardiogramm|électrocardiogramme|electrocardiograma|elettrocardiogramma|"
                      "elektrokardiogram|=Holter"),
    ("Telemetry", PRACTICE, "telemetry monitoring|cardiac monitoring|cardiac telemetry|!Telemetry"),
    ("Dental Assisting", PRACTICE, "dental assisting|chairside assisting|four-handed dentistry|"
                                   "dental radiography|dental x-rays|Stuhlassistenz|Prophylaxe|"
                                   "assistance dentaire|asistencia dental|auxiliar de saúde bucal|"
                                   "assistenza alla poltrona|tandartsassistentie|asysta stomatologiczna|"
                                   "tandsköterska"),
    ("Dental Hygiene", PRACTICE, "dental hygiene|scaling and polishing|periodontal charting|Dentalhygiene|"
                                 "hygiène bucco-dentaire|higiene dental|higiene bucal|igiene dentale|"
                                 "mondhygiëne|higiena stomatologiczna"),
    ("Sterilisation", PRACTICE, "sterilisation|sterilization|decontamination|instrument reprocessing|"
                                "Sterilgutaufbereitung|Aufbereitung von Medizinprodukten|stérilisation|"
                                "esterilización|esterilização|sterilizzazione|sterilisatie|sterylizacja|"
                                "sterilisering|sterilizasyon"),
    ("Pharmacy Dispensing", PRACTICE, "prescription dispensing|medication dispensing|pharmacy dispensing|"
                                      "Arzneimittelabgabe|dispensation pharmaceutique|"
                                      "dispensación de medicamentos|dispensação de medicamentos|"
                                      "dispensazione farmaci|receptuur|receptexpediering"),
    ("Compounding", PRACTICE, "sterile compounding|aseptic compounding|aseptic technique|"
                              "aseptische Herstellung|préparation magistrale|formulación magistral|"
                              "manipulação farmacêutica|galenica|!Compounding"),
    ("Pharmacy Systems", TOOL, "=PioneerRx|=QS/1|=Rx30|=ProScript|=Pharmacy Manager|=EMIS Pharmacy|"
                               "!Pharmacy Systems"),
    ("Veterinary Nursing", PRACTICE, "veterinary nursing|vet nursing|veterinary care|animal nursing|"
                                     "Tiermedizinische Fachangestellte|Tierpflege|soins vétérinaires|"
                                     "auxiliar veterinario|enfermería veterinaria|enfermagem veterinária|"
                                     "assistenza veterinaria|dierverzorging|dierenartsassistent|"
                                     "technik weterynarii|djursjukvård|veteriner sağlık"),
    ("Animal Handling", PRACTICE, "animal handling|animal restraint|animal husbandry|animal welfare|"
                                  "Tierhaltung|Tierschutz|bien-être animal|bienestar animal|"
                                  "bem-estar animal|benessere animale|dierenwelzijn|dobrostan zwierząt|"
                                  "djurskydd|hayvan refahı"),
    ("Mental Health Support", PRACTICE, "mental health support|mental health care|psychiatric nursing|"
                                        "psychiatric care|crisis intervention|de-escalation|deescalation|"
                                        "psychiatrische Pflege|Krisenintervention|santé mentale|"
                                        "soins psychiatriques|salud mental|saúde mental|salute mentale|"
                                        "geestelijke gezondheidszorg|ggz|psykiatrisk vård|ruh sağlığı|"
                                        "kesehatan jiwa"),
    ("Counselling", PRACTICE, "counselling|counseling|psychotherapy|=CBT|cognitive behavioural therapy|"
                              "cognitive behavioral therapy|=EMDR|motivational interviewing|"
                              "trauma-informed care|trauma informed care|Psychotherapie|psychothérapie|"
                              "psicoterapia|psychoterapia|psykoterapi|psikoterapi|konseling"),
    ("Substance Misuse", PRACTICE, "substance misuse|substance abuse|addiction support|harm reduction|"
                                   "Suchthilfe|addictologie|adicciones|dependência química|dipendenze|"
                                   "verslavingszorg"),
    ("Behaviour Support", PRACTICE, "behaviour support|behavior support|positive behaviour support|"
                                    "applied behavior analysis|applied behaviour analysis|=RBT|"
                                    "Registered Behavior Technician|=BCBA|challenging behaviour|"
                                    "challenging behavior"),
    ("Physiotherapy", PRACTICE, "physiotherapy|physical therapy|Physiotherapie|Krankengymnastik|"
                                "kinésithérapie|fisioterapia|fysiotherapie|fizjoterapia|fysioterapi|"
                                "fizyoterapi|fisioterapi"),
    ("Occupational Therapy", PRACTICE, "occupational therapy|Ergotherapie|ergothérapie|terapia ocupacional|"
                                       "terapia occupazionale|ergotherapie|terapia zajęciowa|arbetsterapi|"
                                       "ergoterapi"),
    ("Speech Therapy", PRACTICE, "speech therapy|speech and language therapy|speech-language pathology|"
                                 "Logopädie|orthophonie|logopedia|fonoaudiologia|logopedie|logopedi"),
    ("Midwifery", PRACTICE, "midwifery|antenatal care|prenatal care|postnatal care|labour and delivery|"
                            "labor and delivery|Geburtshilfe|Hebammenwesen|obstétrique|partería|"
                            "obstetricia|obstetrícia|ostetricia|verloskunde|położnictwo|barnmorska|ebelik|"
                            "kebidanan"),
    ("Neonatal Care", PRACTICE, "neonatal care|neonatal intensive care|=NICU|Neonatologie|néonatalogie|"
                                "neonatología|neonatologia|neonatologie"),
    ("Critical Care", PRACTICE, "critical care|intensive care|=ICU|=ITU|Intensivpflege|Intensivmedizin|"
                                "soins intensifs|réanimation|cuidados intensivos|terapia intensiva|"
                                "intensive zorg|intensywna terapia|intensivvård|yoğun bakım"),
    ("Emergency Care", PRACTICE, "emergency care|emergency nursing|emergency medicine|Notfallpflege|"
                                 "Notfallmedizin|urgência e emergência|pronto soccorso|spoedeisende hulp|"
                                 "akutsjukvård|acil bakım"),
    ("Theatre Nursing", PRACTICE, "theatre nursing|perioperative nursing|operating room nursing|"
                                  "scrub nurse|surgical assisting|=OR nursing|OP-Pflege|"
                                  "instrumentation chirurgicale|instrumentación quirúrgica|"
                                  "instrumentação cirúrgica|strumentista|operatieassistentie"),
    ("Anaesthesia", PRACTICE, "anaesthesia|anesthesia|anaesthetics|anesthetics|Anästhesie|anesthésie|"
                              "anestesia|anesthesie|anestezjologia|anestesi"),
    ("Oncology Nursing", PRACTICE, "oncology nursing|chemotherapy administration|chemotherapy|Onkologie|"
                                   "oncologie|oncología|oncologia|onkologia|onkologi"),
    ("Diabetes Management", PRACTICE, "diabetes management|diabetes care|insulin administration|"
                                      "blood glucose monitoring|Diabetesberatung|éducation thérapeutique|"
                                      "educación diabetológica"),
    ("Pediatric Nursing", PRACTICE, "pediatric nursing|paediatric nursing|pediatric care|paediatric care|"
                                    "Kinderkrankenpflege|soins pédiatriques|enfermería pediátrica|"
                                    "enfermagem pediátrica|infermieristica pediatrica|kinderverpleegkunde"),
    ("Nutrition", PRACTICE, "clinical nutrition|dietetics|nutrition counselling|meal assistance|"
                            "Ernährungsberatung|diététique|dietética|nutrição clínica|dietetica|diëtetiek|"
                            "dietetyka|!Nutrition"),
    ("Laboratory Skills", PRACTICE, "laboratory techniques|lab techniques|specimen collection|"
                                    "specimen processing|sample preparation|=PCR|cell culture|Probenahme|"
                                    "Laboranalytik|analyses de laboratoire|técnicas de laboratorio|"
                                    "técnicas laboratoriais|tecniche di laboratorio|laboratoriumtechnieken|"
                                    "!Laboratory Skills"),
    ("Good Clinical Practice", PRACTICE, "Good Clinical Practice|=ICH-GCP|=GCP certification|"
                                         "clinical trials|clinical research|klinische Studien|"
                                         "essais cliniques|ensayos clínicos|ensaios clínicos|"
                                         "sperimentazioni cliniche"),
    ("GMP", PRACTICE, "=GMP|=cGMP|Good Manufacturing Practice|=GxP|Good Distribution Practice|"
                      "Good Laboratory Practice"),
    ("Pharmacovigilance", PRACTICE, "pharmacovigilance|drug safety|adverse event reporting|"
                                    "Pharmakovigilanz|farmacovigilancia|farmacovigilância|farmacovigilanza|"
                                    "farmacovigilantie"),
    ("Optometry", PRACTICE, "optometry|optical dispensing|Augenoptik|optometría|optometria|optometrie"),
    ("Massage Therapy", PRACTICE, "massage therapy|sports massage|deep tissue massage|Swedish massage|"
                                  "massothérapie|masoterapia|massoterapia|masaż"),
    ("Health Visiting", PRACTICE, "health visiting|community nursing|district nursing|"
                                  "public health nursing|Gemeindepflege|soins communautaires"),
    ("Medical Equipment", TOOL, "infusion pumps|infusion pump|syringe drivers|syringe driver|"
                                "patient monitors|Perfusor|pompe à perfusion|bomba de infusión|"
                                "bomba de infusão|pompa infusionale|!Medical Equipment"),
    ("Hearing Assessment", PRACTICE, "audiometry|hearing assessment|hearing aid fitting|Audiometrie|"
                                     "audiométrie|audiometría|audiometria"),
    ("Respiratory Therapy", PRACTICE, "respiratory therapy|mechanical ventilation|ventilator management|"
                                      "oxygen therapy|=BiPAP|=CPAP|Beatmung|ventilation mécanique|"
                                      "ventilación mecánica|ventilação mecânica|ventilazione meccanica"),
    ("Nursing Process", PRACTICE, "nursing assessment|nursing care|Krankenpflege|"
                                  "Gesundheits- und Krankenpflege|soins infirmiers|cuidados de enfermería|"
                                  "cuidados de enfermagem|assistenza infermieristica|verpleegkunde|"
                                  "pielęgniarstwo|omvårdnad|hemşirelik|keperawatan|!Nursing Process"),
    ("Patient Safety", PRACTICE, "patient safety|safeguarding adults|adult safeguarding|"
                                 "Patientensicherheit|sécurité des patients|seguridad del paciente|"
                                 "segurança do paciente|sicurezza del paziente|patiëntveiligheid"),
    ("Healthcare Regulation", PRACTICE, "=CQC|CQC standards|Care Quality Commission|Joint Commission|"
                                        "=JCAHO|=CMS regulations|!Healthcare Regulation"),
    ("Health Education", PRACTICE, "health education|health promotion|patient education|"
                                   "Gesundheitsförderung|promotion de la santé|educación para la salud|"
                                   "educação em saúde|promozione della salute|gezondheidsvoorlichting"),
    ("Doula Support", PRACTICE, "doula|birth support|breastfeeding support|lactation support|"
                                "lactation consulting|=IBCLC|Stillberatung|allaitement|lactancia materna|"
                                "aleitamento materno|allattamento"),
    # Hospitality and food
    ("Food Preparation", PRACTICE, "food preparation|food prep|meal preparation|Speisenzubereitung|"
                                   "préparation des aliments|préparation culinaire|"
                                   "preparación de alimentos|preparo de alimentos|"
                                   "preparazione degli alimenti|voedselbereiding|przygotowywanie posiłków|"
                                   "matlagning|yemek hazırlama"),
    ("Line Cooking", PRACTICE, "line cooking|line cook experience|short order cooking|grill cooking|"
                               "sauté station|cooking on the line|Postenkoch|cuisine de ligne|"
                               "cocina de línea|cozinha de linha"),
    ("Knife Skills", PRACTICE, "knife skills|Messertechnik|techniques de découpe|cortes de cocina|"
                               "habilidades con cuchillo|técnicas de corte"),
    ("Culinary Arts", PRACTICE, "culinary arts|culinary skills|cooking skills|professional cooking|"
                                "Kochkunst|arts culinaires|artes culinarias|artes culinárias|"
                                "arte culinaria|kookkunst|kulinaria"),
    ("Baking", PRACTICE, "baking|pastry|patisserie|pâtisserie|bread making|cake decorating|Backen|"
                         "Konditorei|boulangerie|panadería|pastelería|repostería|panificação|confeitaria|"
                         "panificazione|pasticceria|bakken|piekarnictwo|cukiernictwo|bakning|fırıncılık|"
                         "pastacılık"),
    ("Butchery", PRACTICE, "butchery|meat cutting|Fleischverarbeitung|boucherie|carnicería|açougue|"
                           "macelleria|slagerij"),
    ("Barista Skills", PRACTICE, "barista skills|barista experience|espresso preparation|latte art|"
                                 "coffee making|Baristakenntnisse|compétences de barista|"
                                 "técnicas de barista|habilidades de barista|baristavaardigheden"),
    ("Bartending", PRACTICE, "bartending|cocktail making|mixology|cocktail preparation|Barkeeping|"
                             "Mixologie|mixologie|coctelería|coquetelaria|miscelazione|cocktails maken"),
    ("Wine Knowledge", PRACTICE, "wine knowledge|sommelier|wine service|wine pairing|=WSET|Weinkenntnisse|"
                                 "connaissance des vins|conocimiento de vinos|conhecimento de vinhos|"
                                 "conoscenza dei vini|wijnkennis"),
    ("Table Service", PRACTICE, "table service|table waiting|waiting tables|silver service|"
                                "fine dining service|food service|food and beverage service|=F&B service|"
                                "Service am Tisch|service en salle|service à table|servicio de mesa|"
                                "atención en sala|serviço de mesa|servizio ai tavoli|servizio in sala|"
                                "obsługa kelnerska|servering"),
    ("Food and Beverage", PRACTICE, "food and beverage|food & beverage|=F&B|Gastronomie|"
                                    "alimentos y bebidas|alimentos e bebidas|ristorazione|horeca|"
                                    "gastronomia|yiyecek içecek"),
    ("Cash Handling", PRACTICE, "cash handling|handling cash|cash management|till operation|cash register|"
                                "cashiering|Kassieren|Kassenführung|Kassentätigkeit|tenue de caisse|"
                                "encaissement|manejo de caja|manejo de efectivo|operación de caja|"
                                "operação de caixa|manuseio de dinheiro|gestione cassa|"
                                "uso del registratore di cassa|kassawerkzaamheden|obsługa kasy|"
                                "kassahantering|kasa kullanımı|penanganan kas"),
    ("POS Systems", TOOL, "~POS|POS systems|POS system|point of sale|point-of-sale|=EPOS|=ePOS|Square POS|"
                          "=Toast POS|=Clover POS|Oracle MICROS|Kassensystem|logiciel de caisse|"
                          "terminal punto de venta|sistema de punto de venta|=TPV|frente de caixa|"
                          "ponto de venda|sistema PDV|sistema di cassa|kassasysteem|system POS|"
                          "kassasystem"),
    ("Restaurant Reservation Systems", TOOL, "=OpenTable|=SevenRooms|=Resy|restaurant reservation systems|"
                                             "!Restaurant Reservation Systems"),
    ("Hotel PMS", TOOL, "property management system|=Opera PMS|Oracle Opera|=Protel|=Mews|=Cloudbeds|"
                        "=Fidelio|hotel PMS"),
    ("Front Desk", PRACTICE, "front desk|front office operations|guest check-in|check-in and check-out|"
                             "reservations management|Rezeption|accueil clients|atención al huésped|"
                             "receptionsarbete|resepsiyon"),
    ("Guest Relations", PRACTICE, "guest relations|guest service|guest services|guest experience|"
                                  "Gästebetreuung|relations clients|relación con huéspedes|"
                                  "atendimento ao hóspede|misafir ilişkileri"),
    ("Housekeeping", PRACTICE, "hotel housekeeping|housekeeping experience|room cleaning|room servicing|"
                               "Zimmerreinigung|entretien des chambres|limpieza de habitaciones|"
                               "camarera de pisos|governança|arrumação de quartos|pulizia delle camere|"
                               "kamerschoonmaak|sprzątanie pokoi|städning av hotellrum|kat hizmetleri|"
                               "!Housekeeping"),
    ("Laundry", PRACTICE, "laundry services|laundry operations|commercial laundry|linen handling|ironing|"
                          "Wäscherei|Wäschepflege|blanchisserie|repassage|lavandería|planchado|lavanderia|"
                          "stiratura|wasserij|pralnia|tvätt|çamaşırhane|!Laundry"),
    ("Catering", PRACTICE, "catering services|catering experience|event catering|banqueting|"
                           "banquet service|Bankett|traiteur|servicio de catering|banquetes|"
                           "eventi catering|catering evenementen|!Catering"),
    ("Menu Planning", PRACTICE, "menu planning|menu development|menu design|recipe development|Menüplanung|"
                                "Menügestaltung|élaboration de menus|création de menus|"
                                "planificación de menús|elaboración de menús|elaboração de cardápios|"
                                "planejamento de cardápio|pianificazione dei menu|menuplanning|"
                                "planowanie menu|menyplanering|menü planlama"),
    ("Food Costing", PRACTICE, "food costing|food cost control|recipe costing|portion control|"
                               "stock rotation|Wareneinsatz|coût matière|escandallo|"
                               "control de costos de alimentos|ficha técnica|controllo food cost"),
    ("Kitchen Management", PRACTICE, "kitchen management|kitchen operations|brigade management|"
                                     "Küchenleitung|Küchenorganisation|gestion de cuisine|"
                                     "gestión de cocina|gestão de cozinha|gestione della cucina|"
                                     "keukenbeheer|zarządzanie kuchnią"),
    ("Dietary Requirements", PRACTICE, "allergen management|allergen awareness|allergens|"
                                       "dietary requirements|special diets|Allergenkennzeichnung|"
                                       "allergènes|alérgenos|alergênicos|allergeni|allergenen|alergeny|"
                                       "allergener|alerjen"),
    ("Restaurant Management", PRACTICE, "restaurant management|restaurant operations|Restaurantleitung|"
                                        "gestion de restaurant|gestión de restaurantes|"
                                        "gestão de restaurantes|gestione ristorante|restaurantmanagement"),
    ("Hotel Management", PRACTICE, "hotel management|hotel operations|hospitality management|"
                                   "Hotelmanagement|gestion hôtelière|gestión hotelera|gestão hoteleira|"
                                   "gestione alberghiera|hotelmanagement|zarządzanie hotelem|"
                                   "hotel işletmeciliği|perhotelan"),
    ("Revenue Management", PRACTICE, "revenue management|yield management|=RevPAR|=IDeaS|"
                                     "Ertragsmanagement"),
    ("Event Planning", PRACTICE, "event planning|event management|event coordination|events management|"
                                 "Veranstaltungsplanung|Eventmanagement|organisation d'événements|"
                                 "événementiel|organización de eventos|gestión de eventos|"
                                 "organização de eventos|gestão de eventos|organizzazione eventi|"
                                 "evenementenplanning|organizacja wydarzeń|eventplanering|"
                                 "etkinlik yönetimi|manajemen acara"),
    ("Wedding Planning", PRACTICE, "wedding planning|Hochzeitsplanung|organisation de mariages|"
                                   "organización de bodas"),
    ("Room Service", PRACTICE, "room service|in-room dining"),
    ("Concierge", PRACTICE, "hotel concierge|concierge services|Conciergeservice|conserjería|!Concierge"),
    ("Dishwashing", PRACTICE, "dishwashing|pot washing|commercial dishwasher|Spülküche|plonge|friegaplatos|"
                              "lavagem de louça|lavaggio stoviglie|afwas"),
    ("Coffee Roasting", PRACTICE, "coffee roasting|Kaffeerösten|torréfaction|tostado de café|torra de café|"
                                  "torrefazione"),
    ("Pizza Making", PRACTICE, "pizza making|pizzaiolo|Pizzabäcker|pizzero"),
    ("Sushi Preparation", PRACTICE, "sushi preparation|sushi chef|itamae"),
    ("Food Delivery", PRACTICE, "food delivery|Essenslieferung|livraison de repas|reparto de comida|"
                                "entrega de comida|consegna a domicilio|maaltijdbezorging"),
    ("Fast Food Operations", PRACTICE, "quick service restaurant|=QSR|fast food|drive-thru|drive thru|"
                                       "Schnellrestaurant|restauration rapide|comida rápida|fast-food"),
    ("Tourism", PRACTICE, "tour guiding|tour guide|tour operations|travel booking|=Amadeus|=Sabre|"
                          "Reiseleitung|Reiseverkehr|guide touristique|guía turístico|guia de turismo|"
                          "guida turistica|reisbegeleiding|przewodnictwo turystyczne|turist rehberliği|"
                          "pemandu wisata|!Tourism"),
    ("Flight Attendant Skills", PRACTICE, "cabin crew|in-flight service|inflight service|passenger safety|"
                                          "Flugbegleitung|personnel navigant commercial|"
                                          "tripulante de cabina|comissário de bordo|assistente di volo|"
                                          "cabinepersoneel|!Flight Attendant Skills"),
    ("Lifeguarding", PRACTICE, "lifeguarding|lifeguard certification|=NPLQ|water safety|pool safety|"
                               "Rettungsschwimmer|surveillant de baignade|=BNSSA|socorrista acuático|"
                               "salva-vidas|bagnino|ratownik wodny|livräddare|cankurtaran"),
    ("Fitness Instruction", PRACTICE, "personal training|fitness instruction|group fitness|group exercise|"
                                      "=NASM|=ACE certification|=REPs|Level 3 Personal Trainer|"
                                      "Personal Trainer|Fitnesstrainer|coaching sportif|"
                                      "entrenamiento personal|treinamento funcional|"
                                      "personal trainer certificato|fitnessinstructeur|trener personalny|"
                                      "personlig tränare|kişisel antrenör"),
    ("Yoga Instruction", PRACTICE, "yoga instruction|yoga teaching|=RYT|RYT 200|RYT-200|"
                                   "Pilates instruction"),
    ("Hairdressing", PRACTICE, "hairdressing|hair cutting|haircutting|hair colouring|hair coloring|"
                               "hair styling|barbering|Friseurhandwerk|coiffure|peluquería|cabeleireiro|"
                               "barbearia|parrucchiere|kappersvak|fryzjerstwo|frisör|kuaförlük|"
                               "tata rambut"),
    ("Beauty Therapy", PRACTICE, "beauty therapy|beauty treatments|facials|waxing|manicure|pedicure|"
                                 "nail technician|nail art|eyelash extensions|lash extensions|"
                                 "make-up artistry|makeup artistry|soins esthétiques|"
                                 "tratamientos de belleza|estética facial|schoonheidsverzorging|"
                                 "kosmetologia|hudvård|güzellik uzmanlığı|kecantikan"),
    ("Cosmetology Licence", PRACTICE, "cosmetology license|cosmetology licence|esthetician license|"
                                      "barber license|cosmetology|esthetician|=NVQ Level 2 Hairdressing"),
    ("Spa Therapy", PRACTICE, "spa therapy|spa treatments|aromatherapy|reflexology|hot stone massage|"
                              "Aromatherapie|aromathérapie|aromaterapia|reflexología|reflexologia|"
                              "riflessologia"),
    # Retail and customer service
    ("Customer Service", PRACTICE, "customer service|customer care|client service|customer support|"
                                   "Kundenservice|Kundenbetreuung|Kundendienst|service client|"
                                   "relation client|atención al cliente|servicio al cliente|"
                                   "atendimento ao cliente|assistenza clienti|servizio clienti|"
                                   "klantenservice|obsługa klienta|kundtjänst|kundservice|"
                                   "müşteri hizmetleri|pelayanan pelanggan|layanan pelanggan"),
    ("Complaint Handling", PRACTICE, "complaint handling|complaints handling|handling complaints|"
                                     "dispute resolution|Reklamationsbearbeitung|Beschwerdemanagement|"
                                     "gestion des réclamations|gestión de reclamaciones|"
                                     "gestão de reclamações|gestione dei reclami|klachtenafhandeling|"
                                     "rozpatrywanie reklamacji|reklamationshantering|şikayet yönetimi"),
    ("Call Centre", PRACTICE, "call centre|call center|contact centre|contact center|inbound calls|"
                              "outbound calls|telephone handling|Callcenter|centre d'appels|"
                              "centro de llamadas|central de atendimento|telemarketing|telesales|"
                              "Telefonverkauf|télévente|televenta|televendas|televendita"),
    ("Retail Sales", PRACTICE, "retail sales|retail experience|shop floor|sales floor|Einzelhandel|"
                               "Verkauf im Einzelhandel|vente en magasin|commerce de détail|"
                               "venta minorista|ventas en tienda|varejo|vendas no varejo|"
                               "vendita al dettaglio|commercio al dettaglio|detailhandel|"
                               "sprzedaż detaliczna|detaljhandel|perakende satış|ritel"),
    ("Merchandising", PRACTICE, "merchandising|product merchandising|planogram|planograms|"
                                "Warenpräsentation|mise en rayon|reposición|reposição de mercadorias|"
                                "rifornimento scaffali|vakkenvullen|wykładanie towaru|varupåfyllning|"
                                "reyon düzenleme"),
    ("Visual Merchandising", PRACTICE, "visual merchandising|window dressing|store displays|"
                                       "visuelles Merchandising|Schaufenstergestaltung|"
                                       "merchandising visuel|escaparatismo|vitrinismo|visual merchandiser|"
                                       "vetrinistica|etalage"),
    ("Inventory Management", PRACTICE, "inventory management|inventory control|inventory counts|"
                                       "cycle counting|cycle counts|stocktaking|stock taking|"
                                       "Bestandsmanagement|Lagerbestandsführung|Inventur|"
                                       "gestion des stocks|inventaire|gestión de inventario|"
                                       "control de inventario|gestão de estoque|controle de estoque|"
                                       "inventário|gestione delle scorte|gestione magazzino|"
                                       "inventarisbeheer|voorraadbeheer|zarządzanie zapasami|"
                                       "inwentaryzacja|lagerhantering|inventering|stok yönetimi|"
                                       "envanter yönetimi|manajemen persediaan"),
    ("Stock Control", PRACTICE, "stock control|stock management|stock replenishment|replenishment|"
                                "Warenwirtschaft|Warenverräumung|réapprovisionnement|control de stock|"
                                "reabastecimiento|controle de stock|reabastecimento|controllo delle scorte|"
                                "stock beheer|kontrola stanów magazynowych|stok kontrolü"),
    ("Loss Prevention", PRACTICE, "loss prevention|shrink reduction|shrinkage control|Diebstahlprävention|"
                                  "prévention des pertes|prevención de pérdidas|prevenção de perdas|"
                                  "prevenzione delle perdite"),
    ("Upselling", PRACTICE, "upselling|up-selling|cross-selling|cross selling|suggestive selling|"
                            "Zusatzverkauf|vente additionnelle|venta cruzada|venda cruzada|"
                            "vendita incrociata"),
    ("Sales Techniques", PRACTICE, "sales techniques|consultative selling|solution selling|=SPIN selling|"
                                   "=MEDDIC|=MEDDPICC|Challenger Sale|Verkaufstechniken|"
                                   "techniques de vente|técnicas de venta|técnicas de vendas|"
                                   "tecniche di vendita|verkooptechnieken|"
                                   "techniki sprzedaży|säljteknik|satış teknikleri|teknik penjualan"),
    ("Cold Calling", PRACTICE, "cold calling|cold-calling|lead generation|Kaltakquise|Neukundenakquise|"
                               "prospection|prospección|prospecção|prospezione|acquisitie|"
                               "pozyskiwanie klientów|prospektering|yeni müşteri kazanımı"),
    ("Account Management", PRACTICE, "account management|key account management|"
                                     "client relationship management|relationship management|"
                                     "Kundenbeziehungsmanagement|Key Account Management|gestion de comptes|"
                                     "gestión de cuentas|gestão de contas|gestione clienti|accountbeheer|"
                                     "zarządzanie kluczowymi klientami"),
    ("Field Sales", PRACTICE, "field sales|territory management|door-to-door sales|Außendienst|"
                              "vente terrain|ventas de campo|vendas externas|vendita sul campo|"
                              "buitendienst|sprzedaż terenowa|fältförsäljning|saha satışı"),
    ("Product Demonstration", PRACTICE, "product demonstrations|product demos|in-store demonstrations|"
                                        "Produktvorführung|démonstration produit|demostración de productos|"
                                        "demonstração de produtos|!Product Demonstration"),
    ("Store Opening", PRACTICE, "store opening and closing|opening and closing procedures|"
                                "opening and closing the store|Ladenöffnung|!Store Opening"),
    ("E-commerce Operations", PRACTICE, "e-commerce operations|order fulfilment|order fulfillment|"
                                        "online order processing|Auftragsabwicklung|"
                                        "traitement des commandes|procesamiento de pedidos|"
                                        "processamento de pedidos|evasione ordini|orderverwerking|"
                                        "realizacja zamówień|orderhantering|sipariş işleme"),
    ("Returns Processing", PRACTICE, "returns processing|reverse logistics|returns management|"
                                     "Retourenbearbeitung|Retourenmanagement|gestion des retours|"
                                     "logística inversa|logística reversa|logistica inversa|"
                                     "retourverwerking|logistyka zwrotów|returhantering"),
    # Warehouse and logistics
    ("Order Picking", PRACTICE, "order picking|picking and packing|pick and pack|voice picking|"
                                "pick-to-light|Kommissionierung|Kommissionieren|préparation de commandes|"
                                "préparateur de commandes|preparación de pedidos|picking de pedidos|"
                                "separação de pedidos|separação de mercadorias|preparazione ordini|"
                                "orderpicken|orderpicking|kompletacja zamówień|plockning|sipariş toplama"),
    ("Packing", PRACTICE, "packing and labelling|packing and labeling|packaging operations|!Packing"),
    ("Goods Receiving", PRACTICE, "goods receiving|goods in|goods inward|receiving and shipping|"
                                  "shipping and receiving|Wareneingang|Warenannahme|"
                                  "réception des marchandises|recepción de mercancías|"
                                  "recebimento de mercadorias|ricevimento merci|goederenontvangst|"
                                  "przyjęcie towaru|godsmottagning|mal kabul"),
    ("Dispatch", PRACTICE, "dispatch operations|goods out|despatch|Warenausgang|spedizione merci|expeditie|"
                           "utleverans|!Dispatch"),
    ("RF Scanner", TOOL, "RF scanner|RF scanners|RF gun|RF scanning|handheld scanner|barcode scanner|"
                         "barcode scanning|Handscanner|lecteur code-barres|escáner RF|"
                         "pistola de radiofrecuencia|leitor de código de barras|coletor de dados|"
                         "lettore barcode|handscanner|skaner kodów kreskowych|el terminali"),
    ("Pallet Jack", TOOL, "pallet jack|pallet truck|electric pallet truck|pump truck|Hubwagen|transpalette|"
                          "transpaleta|transpaleta eléctrica|paleteira|transpallet|palletwagen|pompwagen|"
                          "wózek paletowy|paljettruck|transpalet"),
    ("Reach Truck", TOOL, "reach truck|reach trucks|Schubmaststapler|chariot à mât rétractable|"
                          "carretilla retráctil|empilhadeira retrátil|carrello retrattile|reachtruck|"
                          "wózek wysokiego składowania|skjutstativtruck"),
    ("Order Picker Truck", TOOL, "order picker truck|stock picker|cherry picker|Kommissioniergerät|"
                                 "Kommissionierstapler|préparateur de commandes à mât|recogepedidos"),
    ("Counterbalance Forklift", TOOL, "counterbalance forklift|counterbalance truck|Frontstapler|"
                                      "chariot frontal|contrapesada|carrello frontale|"
                                      "contragewichtheftruck|motviktstruck"),
    ("Telehandler", TOOL, "telehandler|telescopic handler|Teleskoplader|chariot télescopique|"
                          "manipulador telescópico|sollevatore telescopico|verreiker|"
                          "ładowarka teleskopowa"),
    ("WMS", TOOL, "=WMS|warehouse management system|warehouse management systems|Manhattan WMS|"
                  "Manhattan SCALE|=Blue Yonder|JDA WMS|SAP EWM|SAP WM|Lagerverwaltungssystem|"
                  "système de gestion d'entrepôt|sistema de gestión de almacenes|"
                  "sistema de gerenciamento de armazém|sistema di gestione magazzino|magazijnbeheersysteem|"
                  "system WMS"),
    ("TMS", TOOL, "transportation management system|transport management system|=Oracle TMS|=MercuryGate|"
                  "=Descartes|!TMS"),
    ("Warehouse Operations", PRACTICE, "warehouse operations|warehousing|warehouse experience|"
                                       "distribution centre operations|distribution center operations|"
                                       "Lagerlogistik|Lagerhaltung|Lagertätigkeit|logistique d'entrepôt|"
                                       "entreposage|gestión de almacenes|operaciones de almacén|"
                                       "armazenagem|operações de armazém|logistica di magazzino|"
                                       "magazijnwerk|magazijnbeheer|prace magazynowe|gospodarka magazynowa|"
                                       "lagerarbete|depo operasyonları|pergudangan"),
    ("Loading and Unloading", PRACTICE, "loading and unloading|unloading and loading|trailer loading|"
                                        "container unloading|devanning|Be- und Entladen|Be- und Entladung|"
                                        "chargement et déchargement|carga y descarga|carga e descarga|"
                                        "carico e scarico|laden en lossen|załadunek i rozładunek|"
                                        "lastning och lossning|yükleme ve boşaltma|bongkar muat"),
    ("Supply Chain Management", PRACTICE, "supply chain management|supply chain planning|demand planning|"
                                          "Supply Chain Management|Lieferkettenmanagement|"
                                          "chaîne d'approvisionnement|cadena de suministro|"
                                          "cadeia de suprimentos|cadeia de abastecimento|"
                                          "catena di approvvigionamento|toeleveringsketen|łańcuch dostaw|"
                                          "leveranskedja|tedarik zinciri|rantai pasok"),
    ("Logistics", PRACTICE, "logistics coordination|logistics management|logistics operations|"
                            "Logistikmanagement|gestion logistique|gestión logística|gestão logística|"
                            "gestione logistica|logistiek beheer|zarządzanie logistyką|logistikhantering|"
                            "lojistik yönetimi|manajemen logistik|!Logistics"),
    ("Freight Forwarding", PRACTICE, "freight forwarding|shipping documentation|bill of lading|=Incoterms|"
                                     "customs clearance|customs brokerage|import and export|Spedition|"
                                     "Zollabwicklung|transitaire|dédouanement|transitario|"
                                     "despacho aduanero|agenciamento de cargas|desembaraço aduaneiro|"
                                     "spedizioni internazionali|sdoganamento|douane-afhandeling|"
                                     "odprawa celna|tullhantering|gümrükleme"),
    ("Dangerous Goods", PRACTICE, "dangerous goods|hazardous materials|hazmat|=ADR certificate|ADR licence|"
                                  "ADR license|=IATA DGR|=IMDG|=DGSA|Gefahrgut|ADR-Schein|"
                                  "matières dangereuses|mercancías peligrosas|cargas perigosas|=MOPP|"
                                  "merci pericolose|gevaarlijke stoffen|towary niebezpieczne|farligt gods|"
                                  "tehlikeli madde"),
    ("Route Planning", PRACTICE, "route planning|route optimisation|route optimization|delivery routing|"
                                 "multi-drop delivery|multi-drop|Tourenplanung|Routenplanung|"
                                 "planification de tournées|planificación de rutas|roteirização|"
                                 "planejamento de rotas|pianificazione dei percorsi|routeplanning|"
                                 "planowanie tras|ruttplanering|rota planlama"),
    ("Fleet Management", PRACTICE, "fleet management|vehicle maintenance|fleet maintenance|"
                                   "Fuhrparkmanagement|gestion de flotte|gestión de flotas|gestão de frota|"
                                   "gestione flotta|wagenparkbeheer|zarządzanie flotą|fordonsflotta|"
                                   "filo yönetimi"),
    ("Tachograph", TOOL, "tachograph|digital tachograph|tachograph rules|drivers' hours|driver's hours|"
                         "hours of service|=ELD|electronic logging device|Fahrtenschreiber|Tachograph|"
                         "Lenk- und Ruhezeiten|chronotachygraphe|tacógrafo|cronotachigrafo|tachograaf|"
                         "tachograf|färdskrivare|takograf"),
    ("Delivery Driving", PRACTICE, "delivery driving|last-mile delivery|last mile delivery|"
                                   "courier experience|van driving|multi-drop driving"),
    ("Truck Driving", PRACTICE, "truck driving|lorry driving|long-haul driving|long haul|over-the-road|"
                                "=OTR|local routes|regional routes|LKW fahren|conduite de poids lourds|"
                                "conducción de camiones|condução de caminhões|guida di camion|"
                                "vrachtwagen rijden|jazda ciężarówką|lastbilskörning|tır şoförlüğü"),
    ("Defensive Driving", PRACTICE, "defensive driving|safe driving|clean driving record|clean MVR|=MVR|"
                                    "motor vehicle record"),
    ("Passenger Transport", PRACTICE, "passenger transport|bus driving|coach driving|=PCV licence|=PCV|"
                                      "=D licence|taxi driving|chauffeur|private hire|Personenbeförderung|"
                                      "Busfahrer|Personenbeförderungsschein|transport de voyageurs|"
                                      "transporte de pasajeros|transporte de passageiros|"
                                      "trasporto passeggeri|personenvervoer"),
    ("Delivery Management Software", TOOL, "=Onfleet|=Routific|=OptimoRoute|=Route4Me|=Samsara|=Omnitracs|"
                                           "=Geotab|!Delivery Management Software"),
    ("Dispatching", PRACTICE, "load planning|freight dispatch|truck dispatch|Disponent|"
                              "dispatching logistique|despacho de cargas|programação de cargas|"
                              "!Dispatching"),
    ("Customs Compliance", PRACTICE, "customs compliance|trade compliance|export controls|=HS codes|"
                                     "tariff classification|Zollrecht|Exportkontrolle|conformité douanière|"
                                     "cumplimiento aduanero|comércio exterior|comercio exterior"),
    # Trades, construction and maintenance
    ("Electrical Wiring", PRACTICE, "electrical wiring|electrical installation|electrical installations|"
                                    "wiring installation|conduit bending|cable pulling|cable termination|"
                                    "Elektroinstallation|Verdrahtung|installation électrique|"
                                    "câblage électrique|instalaciones eléctricas|cableado eléctrico|"
                                    "instalações elétricas|cabeamento elétrico|impianti elettrici|"
                                    "cablaggio elettrico|elektrische installatie|instalacje elektryczne|"
                                    "elinstallation|elektrik tesisatı|instalasi listrik"),
    ("Electrical Codes", PRACTICE, "electrical codes|~NEC|National Electrical Code|=NFPA 70|=NFPA 70E|"
                                   "=BS 7671|=IET Wiring Regulations|=VDE|=DIN VDE|=NF C 15-100|=NBR 5410|"
                                   "=REBT|=CEI 64-8|=NEN 1010"),
    ("Electrical Troubleshooting", PRACTICE, "electrical troubleshooting|electrical fault finding|"
                                             "fault finding|electrical testing|inspection and testing|"
                                             "=PAT testing|Fehlersuche|Elektroprüfung|dépannage électrique|"
                                             "diagnóstico de averías|diagnóstico de falhas|ricerca guasti|"
                                             "storingzoeken|diagnostyka usterek|felsökning|arıza tespiti"),
    ("Electrical Schematics", PRACTICE, "electrical schematics|wiring diagrams|electrical drawings|"
                                        "Schaltpläne|schémas électriques|esquemas eléctricos|"
                                        "esquemas elétricos|schemi elettrici|elektrische schema's|"
                                        "schematy elektryczne|elscheman"),
    ("PLC Programming", PRACTICE, "PLC programming|programmable logic controllers|"
                                  "programmable logic controller|ladder logic|=Siemens S7|=TIA Portal|"
                                  "=STEP 7|=Allen-Bradley|=RSLogix|=Studio 5000|=Codesys|"
                                  "SPS-Programmierung|programmation d'automates|programmation automate|"
                                  "programación de PLC|autómatas programables|programação de CLP|"
                                  "programmazione PLC|PLC-programmering|programowanie sterowników PLC|"
                                  "PLC programlama"),
    ("SCADA", TOOL, "=SCADA|=HMI|=Wonderware|=Ignition SCADA|=WinCC|=FactoryTalk"),
    ("Industrial Automation", PRACTICE, "industrial automation|process automation|control systems|"
                                        "instrumentation and control|=I&C|Automatisierungstechnik|"
                                        "automatisme industriel|automatización industrial|"
                                        "automação industrial|automazione industriale|"
                                        "industriële automatisering|automatyka przemysłowa|"
                                        "industriell automation|endüstriyel otomasyon"),
    ("Motor Controls", PRACTICE, "motor controls|motor control circuits|variable frequency drives|"
                                 "variable speed drives|=VFD|=VFDs|Frequenzumrichter|variateurs de vitesse|"
                                 "variadores de frecuencia|inversores de frequência"),
    ("High Voltage", PRACTICE, "high voltage|HV switching|low voltage|medium voltage|switchgear|"
                               "Hochspannung|Mittelspannung|Niederspannung|haute tension|basse tension|"
                               "alta tensión|baja tensión|alta tensão|baixa tensão|alta tensione|"
                               "bassa tensione|hoogspanning|laagspanning|wysokie napięcie|högspänning|"
                               "yüksek gerilim"),
    ("Solar PV Installation", PRACTICE, "solar PV|solar installation|solar panel installation|photovoltaic|"
                                        "photovoltaics|PV installation|=MCS certified|Photovoltaik|"
                                        "PV-Anlagen|photovoltaïque|fotovoltaica|fotovoltaico|energia solar|"
                                        "zonnepanelen|fotowoltaika|solceller|güneş paneli"),
    ("EV Charger Installation", PRACTICE, "EV charger installation|EV charging|electric vehicle charging|"
                                          "Ladeinfrastruktur|bornes de recharge|puntos de recarga"),
    ("MIG Welding", PRACTICE, "MIG welding|=MIG|=GMAW|gas metal arc welding|MAG welding|MIG/MAG|"
                              "MIG/MAG-Schweißen|MAG-Schweißen|MIG-Schweißen|soudure MIG|soudage MIG|"
                              "soldadura MIG|solda MIG|saldatura MIG|MIG-lassen|spawanie MIG|MIG-svetsning|"
                              "gazaltı kaynağı"),
    ("TIG Welding", PRACTICE, "TIG welding|=TIG|=GTAW|gas tungsten arc welding|WIG-Schweißen|soudure TIG|"
                              "soudage TIG|soldadura TIG|solda TIG|saldatura TIG|TIG-lassen|spawanie TIG|"
                              "TIG-svetsning|argon kaynağı"),
    ("Stick Welding", PRACTICE, "stick welding|=SMAW|shielded metal arc welding|arc welding|"
                                "flux core welding|flux-cored welding|=FCAW|E-Hand-Schweißen|"
                                "Lichtbogenschweißen|soudure à l'arc|soldadura por arco|"
                                "soldadura con electrodo|solda com eletrodo|saldatura ad arco|"
                                "elektrodelassen|spawanie elektrodą|elektrik ark kaynağı"),
    ("Welding", PRACTICE, "welding|metal fabrication|steel fabrication|Schweißen|Metallbau|soudure|soudage|"
                          "soldadura|solda|soldagem|saldatura|spawanie|svetsning|pengelasan"),
    ("Brazing and Soldering", PRACTICE, "brazing|soldering|Löten|Hartlöten|brasage|soldadura blanda|"
                                        "brasagem|brasatura|solderen|lutowanie|lödning|lehimleme"),
    ("Pipefitting", PRACTICE, "pipefitting|pipe fitting|pipefitter|pipe welding|Rohrleitungsbau|tuyauterie|"
                              "tubería industrial|tubulação industrial|tubisteria|pijpfitten|"
                              "montaż rurociągów|rörmontage|boru montajı"),
    ("Plumbing", PRACTICE, "plumbing|pipework|drain cleaning|water heater installation|Sanitärinstallation|"
                           "Sanitär|Installateur|plomberie|fontanería|plomería|encanamento|"
                           "instalações hidráulicas|idraulica|impianti idraulici|loodgieterswerk|"
                           "hydraulika|instalacje hydrauliczne|VVS|rörarbete|sıhhi tesisat|pemipaan"),
    ("Gas Fitting", PRACTICE, "gas fitting|gas installation|gas appliance servicing|boiler installation|"
                              "boiler servicing|boiler repair|Gasinstallation|Heizungsinstallation|"
                              "Heizungsbau|installation gaz|instalaciones de gas|instalação de gás|"
                              "installazione caldaie|cv-installatie|gasinstallatie|instalacje gazowe"),
    ("HVAC", PRACTICE, "=HVAC|HVAC/R|=HVACR|heating ventilation and air conditioning|"
                       "heating, ventilation and air conditioning|air conditioning|refrigeration|chillers|"
                       "heat pumps|heat pump installation|ductwork|Heizung, Lüftung, Klima|Klimatechnik|"
                       "Kältetechnik|Lüftungstechnik|=HLK|=HKLS|génie climatique|réfrigération|=CVC|"
                       "refrigeración|=HVAC-R|refrigeração|climatizzazione|refrigerazione|klimaattechniek|"
                       "koeltechniek|=HVAC systemen|klimatyzacja|chłodnictwo|wentylacja|kylteknik|"
                       "iklimlendirme|soğutma|tata udara"),
    ("Building Maintenance", PRACTICE, "building maintenance|facilities maintenance|property maintenance|"
                                       "general maintenance|preventive maintenance|"
                                       "preventative maintenance|planned maintenance|reactive maintenance|"
                                       "Instandhaltung|Haustechnik|Gebäudetechnik|"
                                       "maintenance des bâtiments|maintenance préventive|"
                                       "mantenimiento de edificios|mantenimiento preventivo|"
                                       "manutenção predial|manutenção preventiva|manutenzione edifici|"
                                       "manutenzione preventiva|gebouwonderhoud|preventief onderhoud|"
                                       "konserwacja budynków|fastighetsunderhåll|bina bakımı|"
                                       "pemeliharaan gedung"),
    ("Industrial Maintenance", PRACTICE, "industrial maintenance|mechanical maintenance|"
                                         "machine maintenance|equipment maintenance|predictive maintenance|"
                                         "total productive maintenance|Maschineninstandhaltung|"
                                         "maintenance industrielle|mantenimiento industrial|"
                                         "manutenção industrial|manutenzione industriale|"
                                         "industrieel onderhoud|utrzymanie ruchu|industriunderhåll|"
                                         "endüstriyel bakım"),
    ("CMMS", TOOL, "=CMMS|computerized maintenance management|=Maximo|IBM Maximo|=Fiix|=UpKeep|=eMaint|"
                   "SAP PM"),
    ("Hydraulics and Pneumatics", PRACTICE, "hydraulics|pneumatics|hydraulic systems|pneumatic systems|"
                                            "Hydraulik|Pneumatik|hydraulique|pneumatique|hidráulica|"
                                            "neumática|pneumática|oleodinamica|pneumatica|hydrauliek|"
                                            "pneumatiek|pneumatyka|pneumatik|hidrolik|pnömatik"),
    ("Machining", PRACTICE, "machining|CNC machining|=CNC|CNC programming|CNC operation|"
                            "turning and milling|lathe operation|milling machine|=G-code|=Mastercam|"
                            "Zerspanung|CNC-Fräsen|CNC-Drehen|Drehen und Fräsen|usinage|fraisage|"
                            "mecanizado|torno CNC|fresado|usinagem|torneamento|fresamento|"
                            "lavorazioni meccaniche|tornitura|fresatura|verspanen|obróbka skrawaniem|"
                            "skärande bearbetning|talaşlı imalat|permesinan"),
    ("Precision Measurement", PRACTICE, "precision measurement|measuring instruments|calipers|"
                                        "vernier calipers|Messmittel|métrologie|metrología|metrologia|"
                                        "meetinstrumenten|metrologi"),
    ("Blueprint Reading", PRACTICE, "blueprint reading|reading blueprints|read blueprints|"
                                    "technical drawings|reading technical drawings|engineering drawings|"
                                    "construction drawings|shop drawings|=GD&T|"
                                    "geometric dimensioning and tolerancing|Technisches Zeichnen|"
                                    "Zeichnungslesen|technische Zeichnungen|lecture de plans|"
                                    "plans techniques|lectura de planos|planos técnicos|"
                                    "leitura de desenho técnico|leitura de plantas|desenho técnico|"
                                    "lettura del disegno tecnico|disegno tecnico|tekeninglezen|"
                                    "technische tekeningen|czytanie rysunku technicznego|"
                                    "rysunek techniczny|ritningsläsning|teknik resim|gambar teknik"),
    ("Power Tools", TOOL, "power tools|hand and power tools|hand tools|Elektrowerkzeuge|Handwerkzeuge|"
                          "outillage électroportatif|outils électriques|herramientas eléctricas|"
                          "herramientas manuales|ferramentas elétricas|ferramentas manuais|elettroutensili|"
                          "utensili elettrici|elektrisch gereedschap|elektronarzędzia|elverktyg|"
                          "elektrikli el aletleri|perkakas listrik"),
    ("Carpentry", PRACTICE, "carpentry|joinery|cabinetry|cabinet making|woodworking|finish carpentry|"
                            "framing carpentry|formwork|Zimmerei|Tischlerei|Schreinerei|Holzbearbeitung|"
                            "Schalungsbau|menuiserie|charpenterie|ébénisterie|coffrage|carpintería|"
                            "ebanistería|encofrado|carpintaria|marcenaria|falegnameria|carpenteria|"
                            "timmerwerk|timmeren|meubelmakerij|stolarka|ciesielstwo|snickeri|marangozluk|"
                            "pertukangan kayu"),
    ("Drywall", PRACTICE, "drywall|drylining|dry lining|plasterboard|drywall installation|"
                          "taping and finishing|Trockenbau|plâtrerie|plaquiste|placoplâtre|tabiquería seca|"
                          "pladur|drywall e gesso|cartongesso|gipsplaten|droge afbouw|suche zabudowy|"
                          "regelväggar|alçıpan"),
    ("Plastering", PRACTICE, "plastering|Verputzen|Stuckateur|enduit|enlucido|revoco|reboco|intonaco|"
                             "stukadoren|tynkowanie|putsning|sıva"),
    ("Painting and Decorating", PRACTICE, "painting and decorating|commercial painting|spray painting|"
                                          "wallpapering|Malerarbeiten|Lackierung|Maler und Lackierer|"
                                          "peinture en bâtiment|pintura de edificios|pintura predial|"
                                          "tinteggiatura|schilderwerk|malowanie|målning|boyacılık"),
    ("Roofing", PRACTICE, "roofing|roof repairs|flat roofing|slating and tiling|shingle installation|"
                          "Dachdecken|Dachdeckerarbeiten|toiture|tejados|impermeabilización de cubiertas|"
                          "telhados|dakdekken|dekarstwo|takläggning|çatı kaplama"),
    ("Masonry", PRACTICE, "masonry|bricklaying|stonemasonry|stone masonry|blockwork|Maurerarbeiten|"
                          "Mauerwerk|maçonnerie|albañilería|mampostería|alvenaria|muratura|metselwerk|"
                          "murarstwo|murning|duvarcılık"),
    ("Concrete Work", PRACTICE, "concrete work|concrete finishing|concrete pouring|reinforced concrete|"
                                "rebar installation|steel fixing|Betonbau|Betonarbeiten|Bewehrung|"
                                "béton armé|travaux de béton|hormigón armado|concreto armado|"
                                "cemento armato|betonwerk|betonowanie|betongarbete|betonarme"),
    ("Tiling", PRACTICE, "tiling|floor tiling|wall tiling|tile setting|Fliesenlegen|Fliesenleger|carrelage|"
                         "alicatado|solado|assentamento de pisos|assentamento de revestimento|"
                         "posa piastrelle|tegelzetten|glazurnictwo|plattsättning|fayans döşeme"),
    ("Flooring Installation", PRACTICE, "flooring installation|floor installation|carpet fitting|"
                                        "laminate flooring|vinyl flooring|hardwood flooring|"
                                        "Bodenbelagsarbeiten|Parkettverlegung|pose de revêtements de sol|"
                                        "instalación de suelos|instalação de pisos|posa pavimenti|"
                                        "vloeren leggen|układanie podłóg|golvläggning|zemin kaplama"),
    ("Glazing", PRACTICE, "glazing|window installation|window fitting|Verglasung|Fenstermontage|vitrerie|"
                          "cristalería|vidraçaria|vetreria|beglazing"),
    ("Scaffolding", PRACTICE, "scaffolding|scaffold erection|=CISRS|Gerüstbau|échafaudage|andamiaje|"
                              "andaimes|ponteggi|steigerbouw|rusztowania|ställningsbyggnad|"
                              "iskele kurulumu"),
    ("Insulation", PRACTICE, "insulation installation|thermal insulation|Dämmung|Wärmedämmung|"
                             "isolation thermique|aislamiento térmico|isolamento térmico|"
                             "isolamento termico|izolacja termiczna|yalıtım|!Insulation"),
    ("Heavy Equipment Operation", PRACTICE, "heavy equipment operation|heavy machinery|plant operation|"
                                            "excavator operation|excavator|backhoe|bulldozer|wheel loader|"
                                            "skid steer|crane operation|crane operator|mobile crane|"
                                            "tower crane|=NCCCO|Baumaschinenführer|Baggerfahrer|Kranführer|"
                                            "Kranschein|engins de chantier|conducteur d'engins|permis grue|"
                                            "maquinaria pesada|operador de grúa|máquinas pesadas|"
                                            "operador de máquinas pesadas|macchine movimento terra|gruista|"
                                            "grondverzetmachines|kraanmachinist|operator koparki|"
                                            "operator dźwigu|maskinförare|kranförare|"
                                            "iş makinesi operatörlüğü|operator alat berat"),
    ("Rigging", PRACTICE, "rigging|slinging|rigging and slinging|banksman|Anschlagen von Lasten|élingage|"
                          "eslingado|amarração de cargas|imbracatura"),
    ("Surveying", PRACTICE, "land surveying|site surveying|setting out|total station|Vermessung|"
                            "topographie|topografía|topografia|landmeten|geodezja|lantmäteri|!Surveying"),
    ("Site Safety", PRACTICE, "site safety|construction safety|toolbox talks|method statements|=RAMS|"
                              "permit to work|Arbeitssicherheit|Gefährdungsbeurteilung|"
                              "sécurité sur chantier|évaluation des risques|"
                              "prevención de riesgos laborales|=PRL|evaluación de riesgos|"
                              "segurança do trabalho|=NR-10|=NR-12|sicurezza sul lavoro|=RSPP|=VCA|"
                              "veiligheid op de bouwplaats|arbetsmiljö|iş güvenliği"),
    ("PPE", PRACTICE, "=PPE|personal protective equipment|persönliche Schutzausrüstung|"
                      "équipements de protection individuelle|equipos de protección individual|"
                      "dispositivi di protezione individuale|persoonlijke beschermingsmiddelen|"
                      "środki ochrony indywidualnej|=ŚOI|personlig skyddsutrustning|"
                      "kişisel koruyucu donanım|alat pelindung diri"),
    ("COSHH", PRACTICE, "=COSHH|hazardous substances|safety data sheets|Gefahrstoffe|"
                        "substances dangereuses|sustancias peligrosas|produtos químicos perigosos|"
                        "sostanze pericolose|gevaarlijke stoffen op de werkvloer"),
    ("Fire Safety", PRACTICE, "fire safety|fire warden|fire marshal|fire risk assessment|"
                              "fire alarm systems|sprinkler systems|Brandschutz|Brandschutzhelfer|"
                              "sécurité incendie|=SSIAP|protección contra incendios|prevenção de incêndios|"
                              "=NR-23|antincendio|brandveiligheid|=BHV|ochrona przeciwpożarowa|brandskydd|"
                              "yangın güvenliği"),
    ("Locksmithing", PRACTICE, "locksmithing|lock installation|access control installation|Schlüsseldienst|"
                               "serrurerie|cerrajería|chaveiro|serralheria|fabbro|slotenmaker|ślusarstwo|"
                               "låssmed|çilingir"),
    ("Appliance Repair", PRACTICE, "appliance repair|appliance installation|white goods repair|"
                                   "Gerätereparatur|réparation d'électroménager|"
                                   "reparación de electrodomésticos|conserto de eletrodomésticos|"
                                   "riparazione elettrodomestici|witgoed reparatie"),
    ("Automotive Repair", PRACTICE, "automotive repair|vehicle repair|auto repair|car repair|"
                                    "vehicle diagnostics|automotive diagnostics|engine repair|brake repair|"
                                    "=ASE certified|=ASE certification|=MOT testing|Kfz-Mechatronik|"
                                    "Kfz-Reparatur|Fahrzeugdiagnose|mécanique automobile|"
                                    "diagnostic automobile|mecánica automotriz|mecánica del automóvil|"
                                    "mecânica automotiva|meccanica auto|autotechniek|mechanika samochodowa|"
                                    "fordonsreparation|oto tamir|mekanik otomotif"),
    ("Auto Body Repair", PRACTICE, "auto body repair|collision repair|panel beating|spray painting cars|"
                                   "Karosseriebau|Karosserie|carrosserie|chapa y pintura|funilaria|"
                                   "carrozzeria|carrosseriebouw|blacharstwo samochodowe|bilplåt|kaporta"),
    ("Diesel Mechanics", PRACTICE, "diesel mechanics|diesel engine repair|heavy vehicle maintenance|"
                                   "heavy duty mechanic|=HGV mechanic|Nutzfahrzeugtechnik|"
                                   "mécanique poids lourds|mecánica diésel|mecânica diesel|"
                                   "meccanica diesel|dieselmonteur"),
    ("Aircraft Maintenance", PRACTICE, "aircraft maintenance|aviation maintenance|=A&P license|"
                                       "=A&P licence|=EASA Part-66|=Part 66|=B1 licence|=B2 licence|"
                                       "=Part-145|Flugzeugwartung|maintenance aéronautique|"
                                       "mantenimiento aeronáutico|manutenção aeronáutica|"
                                       "manutenzione aeronautica|vliegtuigonderhoud"),
    ("Marine Engineering", PRACTICE, "marine engineering|marine mechanics|=STCW|boat handling|seamanship|"
                                     "Schiffstechnik|mécanique navale|mecánica naval|mecânica naval|"
                                     "meccanica navale|scheepswerktuigkunde"),
    ("Elevator Maintenance", PRACTICE, "elevator maintenance|lift maintenance|escalator maintenance|"
                                       "Aufzugstechnik|ascensoriste"),
    ("CNC Woodworking Machines", TOOL, "=Homag|=Biesse|=SCM CNC|!CNC Woodworking Machines"),
    ("Sheet Metal", PRACTICE, "sheet metal|sheet metal fabrication|press brake|press brake operation|"
                              "Blechbearbeitung|tôlerie|chapistería|calderería|caldeiraria|"
                              "lavorazione lamiera|plaatbewerking|obróbka blach|plåtbearbetning|sac metal"),
    ("Assembly Line Work", PRACTICE, "assembly line|mechanical assembly|electrical assembly|"
                                     "electronic assembly|production line|manual assembly|Fertigungslinie|"
                                     "ligne de production|montage mécanique|línea de producción|ensamblaje|"
                                     "linha de produção|linea di produzione|assemblaggio|productielijn|"
                                     "linia produkcyjna|montering|montaj hattı|perakitan"),
    ("Machine Operation", PRACTICE, "machine operation|machine operator|operating machinery|"
                                    "production machinery|packaging machinery|Maschinenbedienung|"
                                    "Anlagenbedienung|conduite de machines|conducción de máquinas|"
                                    "operación de maquinaria|operação de máquinas|conduzione macchine|"
                                    "machinebediening|obsługa maszyn|maskinskötsel|makine operatörlüğü"),
    ("Injection Moulding", PRACTICE, "injection moulding|injection molding|extrusion|blow moulding|"
                                     "blow molding|Spritzguss|Kunststoffspritzguss|injection plastique|"
                                     "inyección de plástico|moldagem por injeção|injeção plástica|"
                                     "stampaggio a iniezione|spuitgieten|wtryskiwanie|formsprutning|"
                                     "enjeksiyon kalıplama"),
    ("Soldering Electronics", PRACTICE, "=IPC-A-610|=J-STD-001|through-hole soldering|"
                                        "surface mount soldering|=SMT|PCB assembly|=PCBA|"
                                        "Elektronikfertigung|câblage électronique|soldadura electrónica|"
                                        "soldagem eletrônica|saldatura elettronica|!Soldering Electronics"),
    ("Quality Inspection", PRACTICE, "quality inspection|quality control|=QC|visual inspection|"
                                     "incoming inspection|first article inspection|=CMM|"
                                     "non-destructive testing|=NDT|ultrasonic testing|Qualitätskontrolle|"
                                     "Qualitätsprüfung|Sichtprüfung|contrôle qualité|control de calidad|"
                                     "inspección de calidad|controle de qualidade|inspeção de qualidade|"
                                     "controllo qualità|kwaliteitscontrole|kontrola jakości|"
                                     "kvalitetskontroll|kalite kontrol|pengendalian mutu"),
    ("Quality Management", PRACTICE, "quality management|quality assurance systems|=ISO 9001|ISO 14001|"
                                     "ISO 45001|ISO 13485|=IATF 16949|=ISO 22000|=FSSC 22000|=BRC|=BRCGS|"
                                     "=IFS Food|=SQF|=QMS|=8D|root cause analysis|=FMEA|=PPAP|=APQP|=SPC|"
                                     "statistical process control|Qualitätsmanagement|"
                                     "management de la qualité|gestión de calidad|gestão da qualidade|"
                                     "gestione qualità|kwaliteitsmanagement|zarządzanie jakością|"
                                     "kvalitetsledning|kalite yönetimi|manajemen mutu"),
    ("Continuous Improvement", PRACTICE, "continuous improvement|=Kaizen|=5S|value stream mapping|=SMED|"
                                         "=Poka-Yoke|=KVP|kontinuierlicher Verbesserungsprozess|"
                                         "amélioration continue|mejora continua|melhoria contínua|"
                                         "miglioramento continuo|continu verbeteren|ciągłe doskonalenie|"
                                         "ständiga förbättringar|sürekli iyileştirme|"
                                         "perbaikan berkelanjutan"),
    ("Production Planning", PRACTICE, "production planning|production scheduling|capacity planning|=MRP|"
                                      "=MRP II|material requirements planning|=S&OP|Produktionsplanung|"
                                      "Fertigungssteuerung|planification de la production|ordonnancement|"
                                      "planificación de la producción|planejamento de produção|"
                                      "pianificazione della produzione|productieplanning|"
                                      "planowanie produkcji|produktionsplanering|üretim planlama"),
    # Cleaning and facilities
    ("Commercial Cleaning", PRACTICE, "commercial cleaning|office cleaning|contract cleaning|janitorial|"
                                      "janitorial services|deep cleaning|end of tenancy cleaning|"
                                      "Gebäudereinigung|Unterhaltsreinigung|Büroreinigung|Reinigungskraft|"
                                      "nettoyage industriel|nettoyage de bureaux|agent d'entretien|"
                                      "limpieza de oficinas|limpieza industrial|limpeza comercial|"
                                      "limpeza predial|pulizie industriali|pulizia uffici|schoonmaakwerk|"
                                      "kantoorschoonmaak|sprzątanie biur|lokalvård|städning|"
                                      "temizlik hizmetleri|jasa kebersihan"),
    ("Domestic Cleaning", PRACTICE, "domestic cleaning|house cleaning|residential cleaning|"
                                    "housekeeping duties|Haushaltsreinigung|Haushaltshilfe|ménage|"
                                    "aide ménagère|limpieza doméstica|limpeza doméstica|faxina|"
                                    "pulizie domestiche|huishoudelijk werk|sprzątanie domów|hemstädning|"
                                    "ev temizliği"),
    ("Floor Care", PRACTICE, "floor care|floor scrubbing|floor scrubber|floor polishing|floor buffing|"
                             "stripping and waxing|burnishing|carpet cleaning|carpet shampooing|"
                             "Bodenpflege|Bodenreinigung|Scheuersaugmaschine|autolaveuse|"
                             "entretien des sols|tratamiento de suelos|fregadora|limpeza de pisos|"
                             "lavasciuga|vloeronderhoud|schrobzuigmachine|maszyna szorująca|golvvård|"
                             "zemin bakımı"),
    ("Window Cleaning", PRACTICE, "window cleaning|high-level cleaning|rope access|=IRATA|Glasreinigung|"
                                  "Fensterreinigung|nettoyage de vitres|limpieza de cristales|"
                                  "limpeza de vidros|pulizia vetri|glazenwassen|mycie okien|fönsterputs|"
                                  "cam temizliği"),
    ("Hospital Cleaning", PRACTICE, "hospital cleaning|clinical cleaning|terminal cleaning|"
                                    "healthcare cleaning|Krankenhausreinigung|bionettoyage|"
                                    "limpieza hospitalaria|higienização hospitalar|"
                                    "sanificazione ospedaliera"),
    ("Cleaning Chemicals", PRACTICE, "cleaning chemicals|chemical dilution|cleaning products|"
                                     "Reinigungsmittel|produits d'entretien|productos de limpieza|"
                                     "produtos de limpeza|detergenti|schoonmaakmiddelen"),
    ("Waste Management", PRACTICE, "waste management|waste segregation|Abfallwirtschaft|Abfallentsorgung|"
                                   "gestion des déchets|gestión de residuos|gestão de resíduos|"
                                   "gestione dei rifiuti|afvalbeheer|gospodarka odpadami|avfallshantering|"
                                   "atık yönetimi|pengelolaan sampah"),
    ("Pest Control", PRACTICE, "pest control|pest management|fumigation|Schädlingsbekämpfung|dératisation|"
                               "control de plagas|controle de pragas|disinfestazione|ongediertebestrijding|"
                               "deratyzacja|skadedjursbekämpning|haşere kontrolü"),
    ("Grounds Maintenance", PRACTICE, "grounds maintenance|landscaping|lawn care|horticulture|tree surgery|"
                                      "arboriculture|hedge trimming|Garten- und Landschaftsbau|"
                                      "Grünflächenpflege|Gartenbau|espaces verts|paysagisme|jardinería|"
                                      "paisajismo|jardinagem|paisagismo|giardinaggio|"
                                      "manutenzione del verde|hoveniersvak|groenonderhoud|ogrodnictwo|"
                                      "trädgårdsskötsel|peyzaj|bahçıvanlık"),
    ("Facilities Management", PRACTICE, "facilities management|facility management|hard services|"
                                        "soft services|Facility Management|Gebäudemanagement|"
                                        "gestion des installations|services généraux|"
                                        "gestión de instalaciones|gestão de facilities|"
                                        "gestione delle strutture|facilitair beheer|"
                                        "zarządzanie nieruchomościami|fastighetsförvaltning|"
                                        "tesis yönetimi"),
    ("Security Operations", PRACTICE, "security patrols|patrolling|CCTV monitoring|=CCTV|alarm response|"
                                      "door supervision|static guarding|mobile patrols|Objektschutz|"
                                      "Werkschutz|Empfangsdienst|gardiennage|seguridad privada|"
                                      "vigilância patrimonial|segurança patrimonial|portierato|"
                                      "ochrona mienia|bevakning|güvenlik görevlisi|satpam|"
                                      "!Security Operations"),
    ("Conflict Management", PRACTICE, "conflict management|conflict resolution|=SIA conflict management|"
                                      "physical intervention|Deeskalation|Konfliktmanagement|"
                                      "gestion des conflits|resolución de conflictos|gestão de conflitos|"
                                      "resolução de conflitos|gestione dei conflitti|conflicthantering|"
                                      "conflictbeheersing|rozwiązywanie konfliktów|konflikthantering|"
                                      "çatışma yönetimi"),
    # Office and administration
    ("Data Entry", PRACTICE, "data entry|data input|data capture|typing speed|touch typing|Datenerfassung|"
                             "Dateneingabe|saisie de données|entrada de datos|captura de datos|digitação|"
                             "entrada de dados|inserimento dati|data-invoer|wprowadzanie danych|"
                             "datainmatning|veri girişi|entri data"),
    ("Calendar Management", PRACTICE, "calendar management|diary management|managing calendars|"
                                      "scheduling appointments|appointment scheduling|Terminplanung|"
                                      "Terminkoordination|Kalenderverwaltung|gestion d'agenda|"
                                      "gestion des agendas|gestión de agenda|gestão de agenda|"
                                      "gestione agenda|agendabeheer|zarządzanie kalendarzem|"
                                      "kalenderhantering|ajanda yönetimi"),
    ("Scheduling", PRACTICE, "staff scheduling|shift scheduling|rota management|rostering|"
                             "workforce scheduling|Dienstplanung|Schichtplanung|planification des horaires|"
                             "planning du personnel|planificación de turnos|escala de trabalho|"
                             "pianificazione turni|roosterplanning|grafik pracy|schemaläggning|"
                             "vardiya planlama|!Scheduling"),
    ("Travel Arrangements", PRACTICE, "travel arrangements|travel booking and coordination|booking travel|"
                                      "Reiseplanung|Reiseorganisation|organisation de déplacements|"
                                      "gestión de viajes|organização de viagens|organizzazione viaggi|"
                                      "reisorganisatie"),
    ("Office Administration", PRACTICE, "office administration|office management|administrative support|"
                                        "clerical work|clerical skills|records management|"
                                        "document management|minute taking|taking minutes|Büroorganisation|"
                                        "Büromanagement|Sachbearbeitung|Ablage|gestion administrative|"
                                        "secrétariat|tâches administratives|gestión administrativa|"
                                        "tareas administrativas|rotinas administrativas|"
                                        "gestão administrativa|gestione amministrativa|segreteria|"
                                        "kantoorbeheer|secretariaat|obsługa biura|prace biurowe|"
                                        "kontorsadministration|büro yönetimi|administrasi perkantoran"),
    ("Reception Duties", PRACTICE, "switchboard|switchboard operation|answering phones|telephone etiquette|"
                                   "meet and greet|Telefonzentrale|standard téléphonique|centralita|"
                                   "atendimento telefônico|centralino|telefooncentrale|!Reception Duties"),
    ("Typing", PRACTICE, "audio typing|copy typing|dictation|Stenografie|sténographie|taquigrafía|"
                         "taquigrafia|stenografia|!Typing"),
    ("Legal Administration", PRACTICE, "legal administration|legal secretarial|conveyancing|"
                                       "litigation support|legal research|=Westlaw|=LexisNexis|=Clio|"
                                       "Rechtsanwaltsfachangestellte|assistanat juridique|"
                                       "asistencia jurídica|assistência jurídica"),
    ("Medical Administration", PRACTICE, "medical administration|medical secretarial|patient registration|"
                                         "appointment booking|medical receptionist|Praxisorganisation|"
                                         "secrétariat médical|administración sanitaria|"
                                         "recepção de clínica"),
    # Finance and accounting
    ("Bookkeeping", PRACTICE, "bookkeeping|book-keeping|double-entry bookkeeping|general ledger|"
                              "ledger maintenance|Buchhaltung|Finanzbuchhaltung|Buchführung|"
                              "tenue de comptabilité|comptabilité générale|teneduría de libros|"
                              "contabilidad general|escrituração contábil|contabilidade|"
                              "tenuta della contabilità|contabilità generale|boekhouding|księgowość|"
                              "bokföring|muhasebe|pembukuan"),
    ("Payroll", PRACTICE, "payroll|payroll processing|payroll administration|Lohnbuchhaltung|"
                          "Gehaltsabrechnung|Lohnabrechnung|gestion de la paie|nóminas|gestión de nóminas|"
                          "folha de pagamento|departamento pessoal|elaborazione paghe|buste paga|"
                          "salarisadministratie|loonadministratie|kadry i płace|lönehantering|"
                          "löneadministration|bordro|penggajian"),
    ("Payroll Software", TOOL, "=ADP|=ADP Workforce Now|=Paychex|=Gusto|=Paylocity|=Ceridian|=Dayforce|"
                               "=UKG|=Kronos|=Sage Payroll|=BrightPay|=Personio|=DATEV Lohn|=Silae|=a3nom|"
                               "!Payroll Software"),
    ("Accounts Payable", PRACTICE, "accounts payable|=AP processing|purchase ledger|vendor payments|"
                                   "supplier payments|invoice processing|three-way matching|3-way match|"
                                   "Kreditorenbuchhaltung|Kreditoren|comptabilité fournisseurs|"
                                   "cuentas por pagar|contas a pagar|contabilità fornitori|"
                                   "crediteurenadministratie|rozrachunki z dostawcami|leverantörsreskontra|"
                                   "borç hesapları|hutang usaha"),
    ("Accounts Receivable", PRACTICE, "accounts receivable|=AR processing|sales ledger|credit control|"
                                      "debt collection|cash application|Debitorenbuchhaltung|Debitoren|"
                                      "Forderungsmanagement|Mahnwesen|comptabilité clients|recouvrement|"
                                      "cuentas por cobrar|cobranza|cobranzas|contas a receber|cobrança|"
                                      "contabilità clienti|recupero crediti|debiteurenbeheer|"
                                      "debiteurenadministratie|należności|windykacja|kundreskontra|"
                                      "alacak hesapları|piutang usaha"),
    ("Bank Reconciliation", PRACTICE, "bank reconciliation|bank reconciliations|account reconciliation|"
                                      "account reconciliations|balance sheet reconciliation|"
                                      "reconciliations|Bankabstimmung|Kontenabstimmung|"
                                      "rapprochement bancaire|conciliación bancaria|conciliações bancárias|"
                                      "conciliação bancária|riconciliazione bancaria|bankafstemming|"
                                      "uzgadnianie sald|bankavstämning|banka mutabakatı|rekonsiliasi bank"),
    ("Invoicing", PRACTICE, "invoicing|invoice preparation|Rechnungsstellung|Fakturierung|fatturazione|"
                            "facturatie|fakturowanie|fakturering|faturalama|penagihan"),
    ("Month-End Close", PRACTICE, "month-end close|month end close|month-end closing|year-end close|"
                                  "year end accounts|period-end close|accruals and prepayments|accruals|"
                                  "Monatsabschluss|Jahresabschluss|clôture mensuelle|clôture comptable|"
                                  "cierre contable|cierre mensual|fechamento contábil|fechamento mensal|"
                                  "chiusura mensile|chiusura di bilancio|maandafsluiting|jaarafsluiting|"
                                  "zamknięcie miesiąca|bokslut|ay sonu kapanış|tutup buku"),
    ("Financial Reporting", PRACTICE, "financial reporting|financial statements|management accounts|"
                                      "management reporting|statutory accounts|Finanzberichterstattung|"
                                      "Konzernabschluss|reporting financier|états financiers|"
                                      "consolidation comptable|informes financieros|estados financieros|"
                                      "relatórios financeiros|demonstrações financeiras|"
                                      "reportistica finanziaria|bilancio consolidato|financiële rapportage|"
                                      "jaarrekening|sprawozdawczość finansowa|sprawozdania finansowe|"
                                      "finansiell rapportering|finansal raporlama|laporan keuangan"),
    ("Budgeting", PRACTICE, "budgeting|budget management|budget planning|budget control|financial planning|"
                            "=FP&A|variance analysis|Budgetierung|Budgetplanung|Finanzplanung|"
                            "gestion budgétaire|élaboration budgétaire|contrôle budgétaire|"
                            "gestión presupuestaria|elaboración de presupuestos|gestão orçamentária|"
                            "gestione del budget|budgetbeheer|begroting|budżetowanie|budgetering|"
                            "bütçe yönetimi|penganggaran"),
    ("Cost Accounting", PRACTICE, "=Controlling|cost accounting|management accounting|cost control|"
                                  "cost analysis|Kostenrechnung|contrôle de gestion|"
                                  "comptabilité analytique|contabilidad de costos|contabilidad analítica|"
                                  "contabilidade de custos|controladoria|contabilità analitica|"
                                  "controllo di gestione|kostprijsberekening|rachunkowość zarządcza|kalkyl|"
                                  "maliyet muhasebesi|akuntansi biaya"),
    ("Tax", PRACTICE, "tax preparation|tax returns|tax compliance|tax accounting|corporate tax|=VAT|"
                      "=VAT returns|sales tax|payroll tax|income tax|=GST|=HST|Steuererklärungen|"
                      "Umsatzsteuer|Steuerrecht|fiscalité|déclarations fiscales|=TVA|"
                      "declaraciones de impuestos|fiscalidad|tributação|apuração de impostos|fiscalità|"
                      "dichiarazioni fiscali|belastingaangifte|rozliczenia podatkowe|momsredovisning|=KDV|"
                      "perpajakan|!Tax"),
    ("Audit", PRACTICE, "auditing|internal audit|external audit|statutory audit|financial audit|"
                        "audit procedures|Wirtschaftsprüfung|Innenrevision|audit interne|audit externe|"
                        "commissariat aux comptes|auditoría|auditoría interna|auditoria|auditoria interna|"
                        "revisione contabile|revisione interna|accountantscontrole|audit wewnętrzny|"
                        "badanie sprawozdań|denetim|iç denetim|!Audit"),
    ("Financial Analysis", PRACTICE, "financial analysis|financial modelling|financial modeling|=DCF|"
                                     "ratio analysis|Finanzanalyse|Finanzmodellierung|analyse financière|"
                                     "modélisation financière|análisis financiero|modelado financiero|"
                                     "análise financeira|modelagem financeira|analisi finanziaria|"
                                     "financiële analyse|analiza finansowa|finansiell analys|"
                                     "finansal analiz|analisis keuangan"),
    ("Treasury", PRACTICE, "treasury management|cash flow management|cash flow forecasting|"
                           "liquidity management|Liquiditätsplanung|trésorerie|gestion de trésorerie|"
                           "tesorería|gestión de tesorería|tesouraria|gestão de fluxo de caixa|tesoreria|"
                           "liquiditeitsbeheer|zarządzanie płynnością|likviditetsplanering|nakit yönetimi|"
                           "!Treasury"),
    ("Fixed Assets", PRACTICE, "fixed assets|fixed asset accounting|asset register|depreciation|"
                               "Anlagenbuchhaltung|immobilisations|activos fijos|ativo imobilizado|cespiti|"
                               "vaste activa|środki trwałe|anläggningstillgångar|sabit kıymetler"),
    ("Expense Management", PRACTICE, "expense management|expense reports|expense claims|=Concur|"
                                     "=SAP Concur|=Expensify|Reisekostenabrechnung|notes de frais|"
                                     "gestión de gastos|reembolso de despesas|note spese|"
                                     "onkostendeclaraties"),
    ("Accounting Software", TOOL, "=Sage 50|=Sage 200|=Sage Intacct|=FreshBooks|=Zoho Books|=MYOB|"
                                  "=Wave Accounting|=Lexware|=Tally ERP|=Exact Online|=Twinfield|=AFAS|"
                                  "=Fortnox|=Visma|=Logo Tiger|=Contasimple|=Holded|=TOTVS|=Protheus|=Omie|"
                                  "=Cegid|=Pennylane|=Odoo|!Accounting Software"),
    ("ERP Systems", TOOL, "=Oracle EBS|Oracle E-Business Suite|Oracle Fusion|=JD Edwards|=SAP FI|=SAP CO|"
                          "=SAP FICO|=SAP MM|=SAP SD|=SAP Business One|=Sage X3|=Infor|=Epicor|=IFS|"
                          "=Acumatica|=SYSPRO|!ERP Systems"),
    ("Banking Operations", PRACTICE, "banking operations|teller operations|bank teller|branch banking|"
                                     "loan processing|mortgage processing|credit analysis|credit risk|"
                                     "underwriting|=KYC|=AML|anti-money laundering|know your customer|"
                                     "Kreditbearbeitung|Geldwäscheprävention|analyse crédit|"
                                     "lutte anti-blanchiment|análisis de riesgo crediticio|"
                                     "prevención de blanqueo|análise de crédito|"
                                     "prevenção à lavagem de dinheiro|analisi del credito|antiriciclaggio|"
                                     "kredietanalyse|witwaspreventie|analiza kredytowa|"
                                     "przeciwdziałanie praniu pieniędzy|kreditanalys|penningtvätt|"
                                     "kredi analizi"),
    ("Insurance", PRACTICE, "insurance claims handling|claims handling|claims adjusting|loss adjusting|"
                            "policy administration|underwriting support|Schadenregulierung|"
                            "Schadensbearbeitung|gestion des sinistres|tramitación de siniestros|"
                            "regulação de sinistros|gestione sinistri|schadebehandeling|likwidacja szkód|"
                            "skadereglering|hasar yönetimi|!Insurance"),
    ("Procurement", PRACTICE, "procurement|strategic sourcing|vendor management|supplier management|"
                              "supplier negotiation|purchase orders|tendering|=RFQ|=RFP|=RFx|"
                              "public procurement|Einkauf|Beschaffung|Lieferantenmanagement|"
                              "Ausschreibungen|approvisionnement|gestion des fournisseurs|appels d'offres|"
                              "aprovisionamiento|gestión de proveedores|licitaciones|suprimentos|"
                              "gestão de fornecedores|licitações|approvvigionamento|gestione fornitori|"
                              "gare d'appalto|inkoop|leveranciersbeheer|aanbestedingen|zaopatrzenie|"
                              "przetargi|upphandling|satın alma|pengadaan"),
    ("Procurement Software", TOOL, "=Coupa|=Ariba|=SAP Ariba|=Jaggaer|=Ivalua|!Procurement Software"),
    ("Contract Management", PRACTICE, "contract management|contract administration|contract negotiation|"
                                      "Vertragsmanagement|Vertragsverwaltung|gestion des contrats|"
                                      "gestión de contratos|gestão de contratos|gestione dei contratti|"
                                      "contractbeheer|zarządzanie umowami|avtalshantering|"
                                      "sözleşme yönetimi"),
    ("Property Management", PRACTICE, "property management|lettings|tenancy management|"
                                      "lease administration|rent collection|Hausverwaltung|"
                                      "Immobilienverwaltung|gestion locative|administración de fincas|"
                                      "gestão de imóveis|amministrazione condominiale|vastgoedbeheer|"
                                      "zarządzanie nieruchomościami mieszkalnymi|emlak yönetimi"),
    ("Real Estate Sales", PRACTICE, "real estate sales|property sales|property valuation|"
                                    "Immobilienvermittlung|transaction immobilière|"
                                    "intermediación inmobiliaria|corretagem de imóveis|"
                                    "intermediazione immobiliare|makelaardij"),
    # HR
    # "the application and recruitment process" is boilerplate: the bare word counts only in a skill list.
    ("Recruitment", PRACTICE, "!recruitment|!recruiting|!Recruitment|talent acquisition|candidate sourcing|"
                              "full-cycle recruiting|full cycle recruiting|end-to-end recruitment|"
                              "interviewing candidates|candidate screening|headhunting|Personalbeschaffung|"
                              "Rekrutierung|!Recruiting|recrutement|reclutamiento|selección de personal|"
                              "recrutamento|seleção de pessoas|reclutamento|selezione del personale|"
                              "werving en selectie|rekrutacja|rekrytering|işe alım|rekrutmen"),
    ("Applicant Tracking Systems", TOOL, "applicant tracking system|applicant tracking systems|=ATS|"
                                         "=Greenhouse|=Lever|=Workable|=SmartRecruiters|=iCIMS|=Taleo|"
                                         "=Bullhorn|=JobAdder|=Recruitee|=Teamtailor|=SuccessFactors|"
                                         "SAP SuccessFactors|=BambooHR|=HiBob|=Cornerstone OnDemand"),
    ("Onboarding", PRACTICE, "employee onboarding|new hire onboarding|staff induction|inductions|"
                             "Onboarding-Prozess|Einarbeitung|intégration des nouveaux collaborateurs|"
                             "incorporación de empleados|integração de novos colaboradores|"
                             "inserimento nuovi assunti|inwerken|wdrażanie pracowników|"
                             "introduktion av nyanställda|oryantasyon|!Onboarding"),
    ("Employee Relations", PRACTICE, "employee relations|industrial relations|labour relations|"
                                     "labor relations|grievances|disciplinary procedures|"
                                     "disciplinaries and grievances|Arbeitsrecht|Mitarbeiterbeziehungen|"
                                     "relations sociales|droit du travail|relaciones laborales|"
                                     "derecho laboral|relações trabalhistas|direito do trabalho|"
                                     "relazioni industriali|diritto del lavoro|arbeidsrecht|prawo pracy|"
                                     "arbetsrätt|iş hukuku|hubungan industrial"),
    ("HR Administration", PRACTICE, "HR administration|personnel administration|HR operations|"
                                    "employee records|Personalverwaltung|Personaladministration|"
                                    "administration du personnel|administración de personal|"
                                    "administração de pessoal|amministrazione del personale|"
                                    "personeelsadministratie|administracja kadrowa|personaladministration|"
                                    "personel yönetimi"),
    ("Compensation and Benefits", PRACTICE, "compensation and benefits|compensation & benefits|=C&B|"
                                            "benefits administration|reward management|total rewards|"
                                            "rémunération et avantages|compensación y beneficios|"
                                            "remuneração e benefícios|retribuzione e benefit|"
                                            "beloningsbeleid|wynagrodzenia i benefity|"
                                            "ersättning och förmåner|ücret ve yan haklar"),
    ("Performance Management", PRACTICE, "performance management|performance reviews|"
                                         "performance appraisals|Leistungsbeurteilung|Mitarbeitergespräche|"
                                         "gestion de la performance|entretiens annuels|"
                                         "gestión del desempeño|evaluación del desempeño|"
                                         "gestão de desempenho|avaliação de desempenho|"
                                         "gestione delle prestazioni|valutazione delle prestazioni|"
                                         "prestatiemanagement|zarządzanie wydajnością|prestationsbedömning|"
                                         "performans yönetimi"),
    ("Learning and Development", PRACTICE, "learning and development|learning & development|=L&D|"
                                           "training and development|training delivery|"
                                           "training needs analysis|Personalentwicklung|"
                                           "formation professionnelle|ingénierie de formation|"
                                           "formación y desarrollo|formación de personal|"
                                           "treinamento e desenvolvimento|=T&D|formazione del personale|"
                                           "opleiding en ontwikkeling|szkolenia i rozwój|"
                                           "kompetensutveckling|eğitim ve gelişim"),
    ("Workforce Planning", PRACTICE, "workforce planning|succession planning|talent management|"
                                     "Personalplanung|Nachfolgeplanung|gestion des talents|"
                                     "planification des effectifs|planificación de plantilla|"
                                     "gestión del talento|gestão de talentos|gestione dei talenti|"
                                     "strategische personeelsplanning|zarządzanie talentami|"
                                     "talanghantering|yetenek yönetimi"),
    ("Employment Law", PRACTICE, "employment law|employment legislation|labour law|labor law|=TUPE|"
                                 "right to work checks"),
    ("Diversity and Inclusion", PRACTICE, "diversity and inclusion|diversity, equity and inclusion|=DEI|"
                                          "=ED&I|Diversität und Inklusion|diversité et inclusion|"
                                          "diversidad e inclusión|diversidade e inclusão|"
                                          "diversità e inclusione|diversiteit en inclusie|"
                                          "różnorodność i integracja|mångfald och inkludering"),
    ("Coaching", PRACTICE, "coaching and mentoring|executive coaching|leadership coaching|mentorat|"
                           "mentoría|mentoria|mentoring aziendale|mentorschap|mentorskap|!Coaching"),
    ("Team Leadership", PRACTICE, "team leadership|people management|staff supervision|supervising staff|"
                                  "line management|team management|Mitarbeiterführung|Personalführung|"
                                  "Teamleitung|management d'équipe|encadrement d'équipe|gestión de equipos|"
                                  "liderazgo de equipos|gestão de equipes|liderança de equipes|"
                                  "gestione del team|gestione delle risorse umane|leidinggeven|"
                                  "zarządzanie zespołem|personalansvar|ekip yönetimi|manajemen tim"),
    # Education
    ("Classroom Management", PRACTICE, "classroom management|behaviour management|behavior management|"
                                       "Klassenführung|Klassenmanagement|gestion de classe|"
                                       "gestión del aula|manejo de aula|gestão de sala de aula|"
                                       "gestione della classe|klassenmanagement|zarządzanie klasą|"
                                       "klassrumsledning|sınıf yönetimi|manajemen kelas"),
    ("Lesson Planning", PRACTICE, "lesson planning|lesson plans|lesson preparation|Unterrichtsplanung|"
                                  "Unterrichtsvorbereitung|préparation de cours|planification des cours|"
                                  "planificación de clases|planejamento de aulas|plano de aula|"
                                  "progettazione didattica|lesvoorbereiding|planowanie lekcji|"
                                  "lektionsplanering|ders planı|rencana pembelajaran|=RPP"),
    ("Curriculum Development", PRACTICE, "curriculum development|curriculum design|course design|"
                                         "instructional design|syllabus design|Lehrplanentwicklung|"
                                         "Curriculumentwicklung|conception de programmes|"
                                         "ingénierie pédagogique|diseño curricular|desarrollo curricular|"
                                         "diseño instruccional|desenvolvimento curricular|"
                                         "design instrucional|progettazione curricolare|"
                                         "curriculumontwikkeling|projektowanie programów nauczania|"
                                         "kursutveckling|müfredat geliştirme|pengembangan kurikulum"),
    ("Curricula", PRACTICE, "National Curriculum|=IB curriculum|International Baccalaureate|=IGCSE|"
                            "=A-Level|=A-Levels|=GCSE|=GCSEs|=AP courses|Common Core|=Cambridge curriculum|"
                            "=IBDP|=PYP|=MYP|!Curricula"),
    ("Special Educational Needs", PRACTICE, "special educational needs|=SEN|=SEND|special education|"
                                            "special needs|=SENCO|=EHCP|=IEP|=IEPs|"
                                            "individualized education program|learning support|"
                                            "inclusive education|Förderpädagogik|Sonderpädagogik|"
                                            "inklusive Bildung|sonderpädagogischer Förderbedarf|"
                                            "besoins éducatifs particuliers|éducation spécialisée|"
                                            "necesidades educativas especiales|educación especial|=NEE|"
                                            "educação especial|educação inclusiva|"
                                            "bisogni educativi speciali|=BES|sostegno scolastico|"
                                            "passend onderwijs|speciaal onderwijs|"
                                            "specjalne potrzeby edukacyjne|specialpedagogik|özel eğitim|"
                                            "pendidikan inklusi"),
    ("Autism Support", PRACTICE, "autism support|autism spectrum|=ASD|=PECS|=TEACCH|=Makaton|Autismus|"
                                 "autisme|autismo|autisme spectrum|autyzm|autism|otizm"),
    ("Safeguarding", PRACTICE, "safeguarding|child protection|safeguarding children|Kinderschutz|"
                               "Kindeswohl|protection de l'enfance|protección infantil|"
                               "protección de menores|proteção infantil|proteção à criança|"
                               "tutela dei minori|protezione dell'infanzia|kinderbescherming|"
                               "ochrona dzieci|barnskydd|çocuk koruma|perlindungan anak"),
    ("Child Development", PRACTICE, "child development|early childhood development|child psychology|"
                                    "developmental milestones|Kindesentwicklung|Entwicklungspsychologie|"
                                    "développement de l'enfant|desarrollo infantil|"
                                    "desenvolvimento infantil|sviluppo infantile|kinderontwikkeling|"
                                    "rozwój dziecka|barns utveckling|çocuk gelişimi|perkembangan anak"),
    ("Teaching", PRACTICE, "teaching experience|classroom teaching|differentiated instruction|"
                           "formative assessment|assessment for learning|student assessment|"
                           "grading and assessment|Unterrichten|Lehrtätigkeit|docencia|docência|didattica|"
                           "lesgeven|öğretmenlik|pengajaran|!Teaching"),
    ("Tutoring", PRACTICE, "tutoring|private tutoring|one-to-one tuition|homework help|Nachhilfe|"
                           "soutien scolaire|cours particuliers|clases particulares|refuerzo escolar|"
                           "aulas particulares|reforço escolar|ripetizioni|bijles|korepetycje|läxhjälp|"
                           "özel ders|bimbingan belajar|=bimbel"),
    ("Language Teaching", PRACTICE, "language teaching|=ESL|=EFL|=ESOL|=EAL|English as a second language|"
                                    "English as a foreign language|Deutsch als Fremdsprache|=DaF|=DaZ|=FLE|"
                                    "français langue étrangère|español como lengua extranjera|"
                                    "ensino de idiomas|insegnamento delle lingue|taalonderwijs|"
                                    "nauczanie języków"),
    ("Literacy and Numeracy", PRACTICE, "numeracy|phonics|reading intervention|=Read Write Inc|"
                                        "Lesekompetenz|alphabétisation|alfabetización|alfabetização|"
                                        "alfabetizzazione|geletterdheid|alfabetyzacja|"
                                        "läs- och skrivinlärning|okuma yazma"),
    ("STEM Teaching", PRACTICE, "=STEM education|=STEAM education|science teaching|mathematics teaching|"
                                "maths teaching|MINT-Unterricht|enseignement des sciences|"
                                "enseñanza de las ciencias|ensino de ciências|insegnamento delle scienze|"
                                "!STEM Teaching"),
    ("Learning Management Systems", TOOL, "learning management system|learning management systems|=LMS|"
                                          "=Moodle|=Canvas LMS|=Blackboard|=Google Classroom|=Schoology|"
                                          "=D2L|=Brightspace|=Seesaw|=ClassDojo|=Arbor|=Bromcom|"
                                          "=PowerSchool|=Edmodo"),
    ("Academic Advising", PRACTICE, "academic advising|student advising|career guidance|careers advice|"
                                    "student support|pastoral care|Studienberatung|Berufsberatung|"
                                    "orientation scolaire|orientation professionnelle|"
                                    "orientación académica|orientación profesional|orientação profissional|"
                                    "orientação educacional|orientamento scolastico|"
                                    "studieloopbaanbegeleiding|doradztwo zawodowe|"
                                    "studie- och yrkesvägledning|rehberlik"),
    ("Youth Work", PRACTICE, "youth work|youth development|youth engagement|youth mentoring|Jugendarbeit|"
                             "Jugendhilfe|animation jeunesse|educación social|trabajo con jóvenes|"
                             "trabalho com jovens|educativa giovanile|jongerenwerk|praca z młodzieżą|"
                             "fritidsledare|gençlik çalışması"),
    ("Social Work", PRACTICE, "social work|case work|casework|care coordination|needs assessment|"
                              "needs assessments|Soziale Arbeit|Sozialarbeit|Sozialpädagogik|"
                              "travail social|accompagnement social|trabajo social|serviço social|"
                              "assistência social|servizio sociale|lavoro sociale|maatschappelijk werk|"
                              "praca socjalna|socialt arbete|sosyal hizmet|pekerjaan sosial"),
    # NGO and public sector
    ("Grant Writing", PRACTICE, "grant writing|grant applications|bid writing|proposal writing|"
                                "funding applications|Fördermittelanträge|Antragsstellung|"
                                "rédaction de demandes de subvention|montage de projets|"
                                "redacción de propuestas|elaboración de proyectos|elaboração de projetos|"
                                "captação de recursos|progettazione bandi|subsidieaanvragen|"
                                "pisanie wniosków grantowych|ansökningsskrivande|hibe yazımı|"
                                "penulisan proposal"),
    ("Grant Management", PRACTICE, "grant management|grants management|donor reporting|donor relations|"
                                   "Fördermittelverwaltung|gestion de subventions|gestión de subvenciones|"
                                   "gestão de subsídios|gestione dei finanziamenti|subsidiebeheer"),
    ("Monitoring and Evaluation", PRACTICE, "monitoring and evaluation|=M&E|=MEAL|"
                                            "monitoring, evaluation and learning|impact assessment|"
                                            "impact evaluation|logical framework|logframe|theory of change|"
                                            "Wirkungsmessung|Wirkungsanalyse|suivi et évaluation|"
                                            "suivi-évaluation|seguimiento y evaluación|"
                                            "monitoreo y evaluación|monitoramento e avaliação|"
                                            "monitoraggio e valutazione|monitoring en evaluatie|"
                                            "monitoring i ewaluacja|uppföljning och utvärdering|"
                                            "izleme ve değerlendirme|monitoring dan evaluasi|=monev"),
    ("Fundraising", PRACTICE, "fundraising experience|fundraising campaigns|fundraising strategy|"
                              "charity fundraising|community fundraising|events fundraising|"
                              "donor stewardship|major gifts|individual giving|legacy giving|"
                              "corporate partnerships|Spendenakquise|collecte de fonds|levée de fonds|"
                              "recaudación de fondos|captación de fondos|arrecadação de fundos|"
                              "raccolta fondi|fondsenwerving|pozyskiwanie funduszy|insamling|bağış toplama|"
                              "penggalangan dana|!Fundraising"),
    ("Community Engagement", PRACTICE, "community engagement|community outreach|community development|"
                                       "community organizing|community organising|stakeholder engagement|"
                                       "public engagement|Gemeinwesenarbeit|Bürgerbeteiligung|"
                                       "développement communautaire|mobilisation communautaire|"
                                       "desarrollo comunitario|participación comunitaria|"
                                       "desenvolvimento comunitário|mobilização comunitária|"
                                       "sviluppo di comunità|buurtwerk|samenlevingsopbouw|rozwój lokalny|"
                                       "samhällsutveckling|toplum katılımı|pemberdayaan masyarakat"),
    ("Volunteer Management", PRACTICE, "volunteer management|volunteer coordination|volunteer recruitment|"
                                       "Ehrenamtskoordination|Freiwilligenmanagement|gestion des bénévoles|"
                                       "gestión del voluntariado|gestão de voluntários|"
                                       "gestione dei volontari|vrijwilligersmanagement|"
                                       "koordynacja wolontariuszy|volontärsamordning|gönüllü yönetimi"),
    ("Humanitarian Response", PRACTICE, "humanitarian response|humanitarian aid|emergency response|"
                                        "disaster relief|=Sphere standards|cash and voucher assistance|"
                                        "=WASH|water, sanitation and hygiene|protection mainstreaming|"
                                        "humanitäre Hilfe|action humanitaire|aide humanitaire|"
                                        "ayuda humanitaria|acción humanitaria|ajuda humanitária|"
                                        "aiuto umanitario|humanitaire hulp|pomoc humanitarna|"
                                        "humanitärt bistånd|insani yardım|bantuan kemanusiaan"),
    ("Project Cycle Management", PRACTICE, "project cycle management|project design|"
                                           "results-based management|Projektzyklusmanagement|"
                                           "gestion du cycle de projet|gestión del ciclo de proyecto|"
                                           "gestão do ciclo de projetos|gestione del ciclo di progetto"),
    ("Advocacy", PRACTICE, "policy advocacy|campaigning|public affairs|lobbying|Interessenvertretung|"
                           "plaidoyer|incidencia política|incidência política|advocacy politica|"
                           "belangenbehartiging|rzecznictwo|påverkansarbete|savunuculuk|!Advocacy"),
    ("Policy Analysis", PRACTICE, "policy analysis|policy development|policy research|public policy|"
                                  "legislative drafting|Politikanalyse|analyse des politiques|"
                                  "análisis de políticas|análise de políticas públicas|"
                                  "analisi delle politiche|beleidsanalyse|analiza polityk|policyanalys|"
                                  "politika analizi|analisis kebijakan"),
    ("Public Administration", PRACTICE, "public administration|Verwaltungsrecht|öffentliche Verwaltung|"
                                        "administration publique|administración pública|"
                                        "administração pública|pubblica amministrazione|openbaar bestuur|"
                                        "administracja publiczna|offentlig förvaltning|kamu yönetimi|"
                                        "administrasi publik"),
    ("Report Writing", PRACTICE, "report writing|technical writing|writing reports|Berichterstellung|"
                                 "Berichtswesen|rédaction de rapports|redacción de informes|"
                                 "elaboração de relatórios|redazione di rapporti|rapporten schrijven|"
                                 "pisanie raportów|rapportskrivning|rapor yazma|penulisan laporan"),
    ("Research Skills", PRACTICE, "qualitative research|quantitative research|field research|survey design|"
                                  "focus groups|Feldforschung|qualitative Forschung|recherche qualitative|"
                                  "enquêtes de terrain|investigación cualitativa|trabajo de campo|"
                                  "pesquisa qualitativa|pesquisa de campo|ricerca qualitativa|"
                                  "kwalitatief onderzoek|badania jakościowe|kvalitativ forskning|"
                                  "nitel araştırma|penelitian kualitatif|!Research Skills"),
    ("Data Collection Tools", TOOL, "=KoboToolbox|=ODK|Open Data Kit|=CommCare|=SurveyCTO|=DHIS2|"
                                    "=ActivityInfo|=NVivo|=ATLAS.ti|=MAXQDA|=EpiInfo|=Epi Info|"
                                    "!Data Collection Tools"),
    ("Gender Mainstreaming", PRACTICE, "gender mainstreaming|gender analysis|gender-based violence|=GBV|"
                                       "=SGBV|=PSEA|Gender-Mainstreaming|approche genre|"
                                       "transversalización de género|enfoque de género|"
                                       "transversalidade de gênero|integrazione di genere"),
    ("Refugee Support", PRACTICE, "refugee support|asylum support|migration support|resettlement|"
                                  "Flüchtlingshilfe|Migrationsberatung|accompagnement des réfugiés|"
                                  "atención a refugiados|apoio a refugiados|accoglienza migranti|"
                                  "vluchtelingenwerk|pomoc uchodźcom|flyktingmottagande|mülteci desteği"),
    ("Housing Support", PRACTICE, "housing support|homelessness support|tenancy sustainment|"
                                  "supported housing|Wohnungslosenhilfe|accompagnement au logement|"
                                  "atención a personas sin hogar|população em situação de rua|"
                                  "senza fissa dimora|dakloosheid|bezdomność|bostadsstöd"),
    ("Case Management", PRACTICE, "case management|caseload management|Fallmanagement|Case Management|"
                                  "gestion de cas|gestión de casos|gestão de casos|gestione dei casi|"
                                  "casemanagement|zarządzanie przypadkiem|ärendehantering|vaka yönetimi|"
                                  "manajemen kasus"),
    ("Probation and Justice", PRACTICE, "offender management|restorative justice|youth justice|"
                                        "Bewährungshilfe|libertad condicional|reinserción social|"
                                        "justiça restaurativa|giustizia riparativa|reclassering|kuratela|"
                                        "frivård|denetimli serbestlik|!Probation and Justice"),
    ("Emergency Services", PRACTICE, "firefighting|fire fighting|search and rescue|emergency dispatch|"
                                     "911 dispatch|999 call handling|Rettungsdienst|sapeur-pompier|"
                                     "vigili del fuoco|räddningstjänst|!Emergency Services"),
    ("Law Enforcement", PRACTICE, "law enforcement|policing|evidence handling|Polizeidienst|"
                                  "police judiciaire|fuerzas de seguridad|segurança pública|"
                                  "forze dell'ordine|politiewerk|polisarbete|kolluk"),
    ("Agriculture", PRACTICE, "farming|crop production|livestock|livestock management|dairy farming|"
                              "harvesting|tractor driving|tractor operation|agronomy|irrigation|Ackerbau|"
                              "Viehzucht|agriculture biologique|élevage|ganadería|pecuária|allevamento|"
                              "veeteelt|hodowla|lantbruk|hayvancılık|peternakan|!Agriculture"),
    ("Food Production", PRACTICE, "food production|food processing|food manufacturing|"
                                  "Lebensmittelproduktion|Lebensmitteltechnik|agroalimentaire|"
                                  "industria alimentaria|indústria alimentícia|industria alimentare|"
                                  "voedselproductie|przetwórstwo spożywcze|livsmedelsproduktion|"
                                  "gıda üretimi"),
    ("Environmental Compliance", PRACTICE, "environmental compliance|environmental management|"
                                           "environmental monitoring|environmental impact assessment|=EIA|"
                                           "Umweltschutz|Umweltmanagement|gestion environnementale|"
                                           "gestión ambiental|gestão ambiental|gestione ambientale|"
                                           "milieumanagement|zarządzanie środowiskowe|miljöledning|"
                                           "çevre yönetimi"),
    # Across trades: skills postings of every kind ask for by these names
    ("Project Management", PRACTICE, "project management|managing projects|project planning|"
                                     "Projektmanagement|gestion de projet|gestion de projets|"
                                     "gestión de proyectos|gestão de projetos|gestione progetti|"
                                     "gestione dei progetti|projectmanagement|zarządzanie projektami|"
                                     "projektledning|proje yönetimi|manajemen proyek|项目管理|"
                                     "プロジェクト管理"),
    ("Communication", PRACTICE, "communication skills|written and verbal communication|"
                                       "verbal and written communication|written and oral communication|"
                                       "oral and written communication|interpersonal skills|"
                                       "Kommunikationsfähigkeit|Kommunikationsstärke|"
                                       "compétences en communication|aisance relationnelle|"
                                       "habilidades de comunicación|capacidad de comunicación|"
                                       "habilidades de comunicação|capacidade de comunicação|"
                                       "capacità comunicative|communicatieve vaardigheden|"
                                       "umiejętności komunikacyjne|kommunikationsförmåga|"
                                       "iletişim becerileri|kemampuan komunikasi|沟通能力|溝通能力|"
                                       "コミュニケーション能力|의사소통 능력|!Communication|!communication"),
    ("Time Management", PRACTICE, "time management|time-management|prioritisation|prioritization|"
                                  "Zeitmanagement|gestion du temps|gestión del tiempo|gestão do tempo|"
                                  "gestione del tempo|timemanagement|zarządzanie czasem|"
                                  "zaman yönetimi|manajemen waktu|时间管理"),
    ("Problem Solving", PRACTICE, "problem solving|problem-solving|Problemlösungskompetenz|"
                                  "résolution de problèmes|resolución de problemas|"
                                  "resolução de problemas|problem solving skills|probleemoplossend|"
                                  "rozwiązywanie problemów|problemlösning|problem çözme"),
    ("Teamwork", PRACTICE, "teamwork|team player|Teamfähigkeit|Teamgeist|esprit d'équipe|"
                           "travail en équipe|trabajo en equipo|trabalho em equipe|trabalho em equipa|"
                           "lavoro di squadra|teamspeler|praca zespołowa|lagarbete|takım çalışması|"
                           "kerja sama tim|团队合作|チームワーク|팀워크"),
    ("Copywriting", PRACTICE, "copywriting|copy writing|copywriter skills|Texterstellung|rédaction web|"
                              "redacción publicitaria|redação publicitária|copywriting publicitario"),
    ("Content Writing", PRACTICE, "content writing|content creation|content production|writing content|"
                                  "Content-Erstellung|création de contenu|creación de contenido|"
                                  "criação de conteúdo|creazione di contenuti|storytelling"),
    ("Social Media", PRACTICE, "social media|social media marketing|social media management|"
                               "social media content|soziale Medien|réseaux sociaux|redes sociales|"
                               "redes sociais|media sociali|sociale media|media społecznościowe|"
                               "sosyal medya|media sosial"),
    ("System Administration", PRACTICE, "system administration|systems administration|sysadmin|"
                                        "server administration|server maintenance|Systemadministration|"
                                        "administration système|administración de sistemas|"
                                        "administração de sistemas|amministrazione di sistema"),
    ("Help Desk", PRACTICE, "help desk|helpdesk|service desk|IT support|technical support|tech support|"
                            "first-line support|1st line support|2nd line support|support informatique|"
                            "soporte técnico|suporte técnico|supporto tecnico|wsparcie techniczne"),
    ("Embedded Systems", PRACTICE, "embedded systems|embedded software|embedded development|"
                                   "embedded programming|firmware development|=Yocto|Embedded-Systeme|"
                                   "systèmes embarqués|sistemas embebidos|sistemas embarcados|"
                                   "sistemi embedded"),
    ("Observability", PRACTICE, "observability|system monitoring|monitoring and alerting|"
                                "monitoring and observability"),
    ("Acute Care", PRACTICE, "acute care|acute medical care|medical-surgical nursing|"
                             "medical/surgical nursing|"
                             "med-surg|med/surg|medical surgical nursing"),
    ("Patient Assessment", PRACTICE, "patient assessment|patient assessments|"
                                     "clinical assessment|health assessment"),
    ("Stakeholder Management", PRACTICE, "stakeholder management|managing stakeholders|"
                                         "stakeholder relationships|"
                                         "Stakeholder-Management|gestion des parties prenantes|"
                                         "gestión de stakeholders|gestão de stakeholders"),
    ("Risk Management", PRACTICE, "risk management|risk analysis|Risikomanagement|"
                                  "gestion des risques|gestión de riesgos|gestão de riscos|"
                                  "gestione del rischio"),
    ("Negotiation", PRACTICE, "negotiation|negotiation skills|negotiating|Verhandlungsgeschick|négociation|"
                              "techniques de négociation|negociación|negociação|negoziazione|onderhandelen|"
                              "negocjacje"),
    ("Leadership", PRACTICE, "!Leadership|leadership skills|leadership experience|strong leadership|"
                             "Führungskompetenz|Führungserfahrung|leadership d'équipe|liderazgo|liderança|"
                             "capacità di leadership"),
    ("Troubleshooting", PRACTICE, "troubleshooting|trouble-shooting|troubleshoot|"
                                  "Fehlerbehebung|dépannage|resolución de incidencias|"
                                  "solução de problemas técnicos|risoluzione dei problemi"),
    ("Attention to Detail", PRACTICE, "attention to detail|detail-oriented|detail oriented|eye for detail|"
                                      "Sorgfalt|rigueur|atención al detalle|atenção aos detalhes|"
                                      "attenzione ai dettagli|oog voor detail"),
    ("Program Management", PRACTICE, "program management|programme management|"
                                     "technical program management|"
                                     "Programmmanagement|gestion de programme|gestión de programas"),
    ("Data Visualization", PRACTICE, "data visualization|data visualisation|data viz|dashboards and reports|"
                                     "Datenvisualisierung|visualisation de données|visualización de datos|"
                                     "visualização de dados"),
    ("Accounting", PRACTICE, "accounting|bookkeeping and accounting|Rechnungswesen|comptabilité|contabilidad|"
                             "contabilità"),
    ("Filing", PRACTICE, "filing and record keeping|filing|record keeping|Ablage und Registratur|classement"),
    ("Heavy Lifting", PRACTICE, "heavy lifting|lift up to 50 lbs|lift up to 50 pounds|lifting heavy|"
                                "lifting heavy loads"),
    ("Pain Management", PRACTICE, "pain management|Schmerzmanagement|gestion de la douleur|"
                                  "manejo del dolor"),
    ("Public Health", PRACTICE, "public health|Öffentliche Gesundheit|santé publique|salud pública|"
                                "saúde pública"),
    ("Cooking", PRACTICE, "cooking|cookery|Kochkenntnisse|habilidades culinarias|"
                          "técnicas culinárias"),
    ("Cleaning", PRACTICE, "cleaning|cleaning duties|Reinigung|Reinigungsarbeiten|limpieza|nettoyage|"
                           "schoonmaak|schoonmaken|sprzątanie|pulizia|pulizie|limpeza"),
    ("Floristry", PRACTICE, "floristry|floral arrangement|floral arrangements|floral design|bouquet making|"
                            "Floristik|Blumenbinden|art floral|composition florale|arreglos florales|"
                            "arranjos florais|bloemschikken"),
    ("Shift Work", PRACTICE, "shift work|shift working|rotating shifts|Schichtarbeit|Schichtdienst|"
                             "trabajo por turnos|travail posté|travail en équipe postée|praca zmianowa|"
                             "ploegendienst|trabalho por turnos|lavoro a turni"),
    ("Electronics", PRACTICE, "electronics|electronic circuits|Elektronik|electrónica|électronique|"
                              "eletrônica|elettronica"),
)  # fmt: skip
