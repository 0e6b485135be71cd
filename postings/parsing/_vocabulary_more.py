"""More of the skill vocabulary: office and business software, SaaS tools, web and data tools, standards and
methods that postings outside software engineering ask for. Same row format and alias prefixes as
``_vocabulary.py`` (see its docstring); data only.
"""

from ._vocabulary import DATA, FRAMEWORK, INFRASTRUCTURE, LANGUAGE, PRACTICE, TOOL

MORE_SKILL_ROWS: tuple[tuple[str, str, str], ...] = (
    # Office software, named in postings of every trade and in several languages
    ("Microsoft Office", TOOL, "Microsoft Office|MS Office|Office 365|Microsoft 365|M365|Ofimática|"
                              "Pacote Office|Suite Office|MS-Office"),
    ("Microsoft Word", TOOL, "Microsoft Word|=MS Word|!Word"),
    ("PowerPoint", TOOL, "=PowerPoint|=Powerpoint|MS PowerPoint"),
    ("Outlook", TOOL, "=Outlook|MS Outlook|Microsoft Outlook"),
    ("Microsoft Teams", TOOL, "Microsoft Teams|=MS Teams"),
    ("SharePoint", TOOL, "=SharePoint|=Sharepoint"),
    ("Google Sheets", TOOL, "Google Sheets|Google Spreadsheets"),
    ("Google Docs", TOOL, "Google Docs"),
    ("Google Workspace", TOOL, "Google Workspace|G Suite|GSuite"),
    ("Airtable", TOOL, "=Airtable"),
    ("Notion", TOOL, "~Notion"),
    ("Slack", TOOL, "~Slack"),
    ("Trello", TOOL, "=Trello"),
    ("Asana", TOOL, "~Asana"),
    ("Monday.com", TOOL, "Monday.com"),
    ("NetSuite", TOOL, "=NetSuite|=Netsuite"),
    ("Dynamics 365", TOOL, "Dynamics 365|Microsoft Dynamics"),
    ("SAP S/4HANA", TOOL, "S/4HANA|SAP HANA|=HANA"),
    ("DATEV", TOOL, "=DATEV"),
    ("Sage", TOOL, "~Sage"),
    ("Qualtrics", TOOL, "=Qualtrics"),
    ("SurveyMonkey", TOOL, "=SurveyMonkey"),
    ("Dovetail", TOOL, "~Dovetail"),
    ("Mailchimp", TOOL, "=Mailchimp|=MailChimp"),
    ("Google Ads", TOOL, "Google Ads|Google AdWords|AdWords"),
    ("SEO", PRACTICE, "=SEO|search engine optimisation|search engine optimization"),
    ("Canva", TOOL, "=Canva"),
    ("InDesign", TOOL, "=InDesign|Adobe InDesign"),
    ("Premiere Pro", TOOL, "Premiere Pro|Adobe Premiere"),
    ("After Effects", TOOL, "After Effects"),
    ("Adobe XD", TOOL, "Adobe XD"),
    ("InVision", TOOL, "=InVision"),
    ("Miro", TOOL, "~Miro"),
    ("Zeplin", TOOL, "=Zeplin"),
    ("Webflow", TOOL, "=Webflow"),
    ("Magento", FRAMEWORK, "=Magento"),
    ("WooCommerce", TOOL, "=WooCommerce"),
    ("Drupal", FRAMEWORK, "=Drupal"),
    ("Joomla", FRAMEWORK, "=Joomla"),
    ("Revit", TOOL, "=Revit"),
    ("SketchUp", TOOL, "=SketchUp"),
    ("SPSS", TOOL, "=SPSS"),
    ("Stata", TOOL, "=Stata"),
    ("SAS", TOOL, "!SAS"),
    ("LabVIEW", TOOL, "=LabVIEW"),
    # Web, mobile and data
    ("Bootstrap", FRAMEWORK, "~Bootstrap"),
    ("RxJS", FRAMEWORK, "=RxJS"),
    ("Storybook", TOOL, "=Storybook"),
    ("RSpec", TOOL, "=RSpec"),
    ("Sidekiq", TOOL, "=Sidekiq"),
    ("Pydantic", FRAMEWORK, "=Pydantic"),
    ("Sanic", FRAMEWORK, "=Sanic"),
    ("Xamarin", FRAMEWORK, "=Xamarin"),
    ("QML", LANGUAGE, "=QML"),
    ("XML", LANGUAGE, "=XML"),
    ("JSON", LANGUAGE, "=JSON"),
    ("YAML", LANGUAGE, "=YAML"),
    ("ETL", DATA, "=ETL|=ELT"),
    ("Data Analysis", PRACTICE, "data analysis|análisis de datos|análise de dados|Datenanalyse"),
    ("Qlik", DATA, "=Qlik|QlikView|Qlik Sense"),
    ("Alteryx", DATA, "=Alteryx"),
    ("Informatica", DATA, "=Informatica"),
    ("SSIS", DATA, "=SSIS"),
    ("Substrate", FRAMEWORK, "~Substrate"),
    ("Web3", PRACTICE, "=Web3"),
    # Methods and standards
    ("Agile", PRACTICE, "~Agile|agile methodologies|agile methodology|agile development|agile environment|"
                        "agile environments|agile practices|agile software development|metodologías ágiles|"
                        "metodologias ágeis"),
    ("Scrum", PRACTICE, "=Scrum|=SCRUM"),
    ("Kanban", PRACTICE, "=Kanban"),
    ("Lean", PRACTICE, "~Lean|Lean Six Sigma"),
    ("Six Sigma", PRACTICE, "Six Sigma"),
    ("ITIL", PRACTICE, "=ITIL"),
    ("PRINCE2", PRACTICE, "=PRINCE2"),
    ("PMP", PRACTICE, "=PMP"),
    ("IFRS", PRACTICE, "=IFRS"),
    ("US GAAP", PRACTICE, "US GAAP|U.S. GAAP|=GAAP"),
    ("HACCP", PRACTICE, "=HACCP"),
    ("GDPR", PRACTICE, "=GDPR|=DSGVO|=RGPD"),
    ("ISO 27001", PRACTICE, "ISO 27001|ISO/IEC 27001"),
    ("Health and Safety", PRACTICE, "Health and Safety|health & safety"),
    ("First Aid", PRACTICE, "first aid|Erste Hilfe|primeros auxilios|premiers secours"),
    ("Unit Testing", PRACTICE, "unit testing|unit tests|Unit-Tests|tests unitaires|pruebas unitarias|"
                               "testes unitários|test unitari"),
    ("Test Automation", PRACTICE, "test automation|automated testing|automation testing|Testautomatisierung|"
                                  "automatisation des tests|automatización de pruebas|automação de testes"),
    ("Data Pipelines", PRACTICE, "data pipelines|data pipeline|ETL pipelines|Datenpipelines"),
    ("Backbone.js", FRAMEWORK, "Backbone.js|BackboneJS|~Backbone"),
    ("VBScript", LANGUAGE, "VBScript|VB Script"),
    ("Crystal Reports", TOOL, "Crystal Reports"),
    ("OneNote", TOOL, "OneNote|Microsoft OneNote"),
    ("Blackbaud", TOOL, "=Blackbaud|Raiser's Edge|Blackbaud CRM"),
    ("VPN", INFRASTRUCTURE, "=VPN|VPNs|virtual private network|WireGuard|OpenVPN"),
    # Business systems and methods postings of every trade name by their initials
    ("ERP", TOOL, "=ERP|ERP software|ERP-System|ERP-Systeme|ERP-Systemen|sistemas ERP|"
                  "sistema ERP|logiciel ERP|progiciel ERP"),
    ("CRM", TOOL, "=CRM|CRM systems|CRM system|CRM software|CRM tools|CRM-System|CRM-Systeme|"
                  "CRM-Systemen|sistemas CRM|logiciel CRM"),
    ("UML", PRACTICE, "=UML"),
    ("BPMN", PRACTICE, "=BPMN|BPMN 2.0"),
    ("Axure", TOOL, "=Axure|Axure RP"),
    ("AJAX", FRAMEWORK, "=AJAX|=Ajax"),
    ("PL/pgSQL", LANGUAGE, "PL/pgSQL|plpgsql"),
    ("Electron", FRAMEWORK, "Electron.js|ElectronJS|~Electron"),
    ("macOS", TOOL, "=macOS|=MacOS|Mac OS X|=OS X"),
    ("Spreadsheets", TOOL, "spreadsheets|spreadsheet software|Tabellenkalkulation|hojas de cálculo|"
                           "planilhas|tableurs"),
    ("Statistics", PRACTICE, "statistics|statistical analysis|statistical methods|Statistik|estadística|"
                             "statistique|statistiques|estatística|statistica"),
    ("Digital Marketing", PRACTICE, "digital marketing|online marketing|Online-Marketing|"
                                    "marketing digital|marketing numérique|marketing online"),
    ("Graphic Design", PRACTICE, "graphic design|Grafikdesign|diseño gráfico|design graphique|"
                                 "design gráfico|graphic designing"),
    ("Interviewing", PRACTICE, "interviewing|interview skills|conducting interviews|candidate interviews"),
    ("LinkedIn Recruiter", TOOL, "LinkedIn Recruiter"),
    # before "cleaning" (a trade's work): a data analyst's
    ("Data Cleaning", DATA, "data cleaning|data cleansing|cleaning data|Datenbereinigung|limpieza de datos|"
                            "nettoyage des données|nettoyage de données|limpeza de dados"),
)  # fmt: skip
