    public static String getMockResponse(){
       return "[\n" +
                "  {\n" +
                "    \"platsannons\": {\n" +
                "      \"annons\": {\n" +
                "        \"annonsid\": \"6965402\",\n" +
                "        \"platsannonsUrl\": \"http://www.arbetsformedlingen.se/ledigajobb?id=6965402\",\n" +
                "        \"annonsrubrik\": \"Nätverkande IT-rekryterare till Zacco\",\n" +
                "        \"annonstext\": \"IT-rekryterare\\r\\nZacco is a modern, consultancy driven company with a 360° perspective on Intellectual Property: From patent filing, trademark registration and design protection to dispute resolution, information security and portfolio management. We are more than 300 experts within all aspects of Intellectual Property including a large number of experienced Patent, Trademark and Design Attorneys as well as highly skilled Attorneys at Laws, Paralegals and IT Specialists.\\n\\nOn September 1st 2016 Zacco expanded its range of services within Intellectual Property (IP) by introducing a new business area ”Innovation Technology”. The core focus of Zacco will remain on IP, but now the scope will be broadened. By launching this new business area, Zacco now offers additional strategic services to our clients; thereby pushing the boundaries in the cross field between Intellectual Property – Advanced Software and Systems – Information and IT Security.\\n\\nVi söker nu en IT-intresserad och driven rekryterare som ska hjälpa oss att hitta de bästa medarbetarna till vårt team. För rätt person finns det goda möjligheter för utveckling inom företaget!\\n\\nArbetsbeskrivning\\nSom IT-rekryterare hos oss har du en viktig roll i att bidra till vår tillväxt och framgång. Dina arbetsuppgifter kommer bl.a. att innebära:\\n\\n• Kartlägga kompetens på arbetsmarknaden\\n\\n• Aktivt söka upp och kontakta kandidater\\n\\n• Nätverka och delta på events för att representera företaget\\n\\n• Intervjua kandidater och säkerställa deras kompetens\\n\\nKvalifikationer\\nVi söker dig som har en utbildning inom HR eller erfarenhet som kan bedömas som likvärdig. Du har erfarenhet av search, och har med fördel ett nätverk inom IT. Har du jobbat i LinkedIn Recruiter eller andra search-verktyg är det meriterande. Svenska och engelska behärskar du obehindrat.\\n\\nFör att lyckas i denna roll ser vi att du trivs i sociala sammanhang där du får representera företaget. Du har en säljande personlighet och är inte rädd för att ta kontakt med människor.\\n\\nFör oss är det viktigt att all kompetens på arbetsmarknaden tillvaratas. Vi välkomnar alla sökande och eftersträvar mångfald.\\n\\nUppdragsgivare: Zacco Innovation Technology Öresund AB\\n\\nOrt: Malmö\\n\\nOmfattning: Heltid\\n\\nSista ansökningsdag: Välkommen med din ansökan via Randstads rekryteringssystem senast den 12/12.\\n\\nFör information: För frågor kontakta Eleonora Cronholm, eleonora.cronholm@randstad.se eller 0725-786450. För mer information om företaget gå in på http://www.zacco.com/about-zacco.\",\n" +
                "        \"yrkesbenamning\": \"Researcher, rekrytering\",\n" +
                "        \"yrkesid\": 6440,\n" +
                "        \"publiceraddatum\": \"2016-12-02T16:41:29.963+01:00\",\n" +
                "        \"antal_platser\": \"1\",\n" +
                "        \"kommunnamn\": \"Malmö\",\n" +
                "        \"kommunkod\": 1280,\n" +
                "        \"antalplatserVisa\": 1,\n" +
                "        \"anstallningstyp\": \"Vanlig anställning\"\n" +
                "      },\n" +
                "      \"villkor\": {\n" +
                "        \"varaktighet\": \"Tillsvidare\",\n" +
                "        \"arbetstid\": \"Heltid\",\n" +
                "        \"arbetstidvaraktighet\": \"Heltid\\r\\nTillsvidare\",\n" +
                "        \"lonetyp\": \"Fast månads- vecko- eller timlön\",\n" +
                "        \"loneform\": \"Fast lön\"\n" +
                "      },\n" +
                "      \"ansokan\": {\n" +
                "        \"referens\": \"201007441\",\n" +
                "        \"webbplats\": \"https://www.randstad.se/JobPageRedirect.ashx?Reference=201007441&Jobsite=AMS&Brand=RandstadSE\",\n" +
                "        \"sista_ansokningsdag\": \"2016-12-12T00:00:00+01:00\",\n" +
                "        \"ovrigt_om_ansokan\": \"\"\n" +
                "      },\n" +
                "      \"arbetsplats\": {\n" +
                "        \"arbetsplatsnamn\": \"Proffice Sverige AB\",\n" +
                "        \"postnummer\": \"21532\",\n" +
                "        \"postadress\": \"Styrmansgatan 2\",\n" +
                "        \"postort\": \"MALMÖ\",\n" +
                "        \"postland\": \"Sverige\",\n" +
                "        \"land\": \"Sverige\",\n" +
                "        \"besoksadress\": \"Styrmansgatan 2, 21118 MALMÖ\",\n" +
                "        \"logotypurl\": \"http://api.arbetsformedlingen.se/platsannons/6965402/logotyp\",\n" +
                "        \"kontaktpersonlista\": {\n" +
                "          \"kontaktpersondata\": [\n" +
                "            {\n" +
                "              \"namn\": \"Eleonora Cronholm\",\n" +
                "              \"telefonnummer\": \"0725-786450\",\n" +
                "              \"epostadress\": \"eleonora.cronholm@randstad.se\"\n" +
                "            }\n" +
                "          ]\n" +
                "        }\n" +
                "      },\n" +
                "      \"krav\": {\n" +
                "        \"egenbil\": false\n" +
                "      },\n" +
                "      \"tags\": [\n" +
                "        \"Human Resource\",\n" +
                "        \"Network\",\n" +
                "        \"Recruitment\"\n" +
                "      ]\n" +
                "    }\n" +
                "  },\n" +
