export default {
  "searchResults": [
    {
      "jobAdvertisement": { // Kaikki mahdolliset kentät mukana
        "language": "fi_FI", //pakollinen
        "changetime": "2021-12-29T13:50:00.000Z", //pakollinen
        "publishingOrganization": "13873", //pakollinen
        "publicationStarts": "2021-12-29T13:50:00.000Z", //pakollinen
        "publicationEnds": "2029-08-17T15:00:00.000Z", //pakollinen
        "type": "0", //pakollinen
        "anonymous": "0", //pakollinen
        "id": "22619", //pakollinen
        "title": "Varhaiskasvatuksen opettaja", //pakollinen
        "organization": "Asikkalan kunta, Sivistyslautakunta",
        "organizationDesc": "Luonnonläheinen, 8200 asukkaan Asikkalan kunta sijaitsee Päijät-Hämeen maakunnassa, Päijänteen ja Vesijärven syleilyssä. Kuntakeskus Vääksy on tunnettu huvilahistoriaa henkivästä vanhasta Vääksystä ja kauniista kanavamiljööstä. Kuntakokoon nähden Asikkalalla on monipuolinen palvelutarjonta ja kattava kouluverkko aina lukion ilmailulinjaa myöten. Kokeilumyönteisen ja ajassa elävän kunnan palveluksessa on noin 300 henkilöä. Asikkala on Suomen liikkuvin kunta, jonka tarjoamista eduista nauttivat niin kuntalaiset, vapaa-ajan asukkaat, paikalliset yritykset kuin kunnan työntekijät. Tervetuloa liikkuvaan Asikkalaan!",
        "profitCenter": "Asikkalan kunta",
        "jobDesc": "Asikkalan varhaiskasvatuksen kivijalka on lapsen oikeus hyvään lapsuuteen. Turvallisessa ja kannustavassa ilmapiirissä tuemme lapsen kokonaisvaltaista kasvua ja kehitystä ammattitaitoisen henkilöstön ohjauksessa. Olemme koulutusmyönteinen ja kehittävä kunta, joka huolehtii työyhteisön hyvinvoinnista arjessa. Tule kanssamme rakentamaan laadukasta varhaiskasvatusta liikkuvaan Asikkalaan!\r\n\r\nOletko sinä joukkoomme sopiva, kehittämishaluinen, toimeen tarttuva ja uuden vasun mukaisesti toimiva varhaiskasvatuksen opettaja?\r\n\r\nEtsimme idearikasta ja innostunutta varhaiskasvatuksen opettajaa vakituiseen työsuhteiseen päiväkoti Huliviliin 1.9.2019 alkaen. Päiväkoti Hulivili on seitsemän ryhmän vuoropäiväkoti keskellä Vääksyn taajamaa. Meillä arvostetaan hyviä vuorovaikutus- ja tiimityöskentelytaitoja, sillä yhdessä tehden onnistumme toiminta-ajatuksemme toteuttamisessa. Hulivilin toiminta-ajatus on: \"Arkea arvostaen, oivaltamaan ohjaten, turvaa tarjoten ja lapsuutta kunnioittaen\".\r\n\r\nVarhaiskasvatuksen opettajan kelpoisuusvaatimukset määräytyvät varhaiskasvatuslain (540/2018) 6. luvun mukaisesti. Pätevien tai sopivien hakijoiden puuttuessa tehtävä voidaan täyttää myös määräaikaisena.\r\n\r\nPalvelussuhteen ehdot määräytyvät KVTES:n mukaan, Varhaiskasvatuksen opettajan tehtäväkohtainen palkka on 2488,53 euroa.\r\n\r\nTehtävässä noudatetaan 6 kuukauden koeaikaa.\r\n\r\nTehtävään valitun on ennen sen vastaanottamista esitettävä lasten kanssa työskentelevien rikostaustan selvittämisestä annetun lain (504/2002) mukainen rikosrekisteriote sekä hyväksyttävä lääkärintodistus terveydentilasta.\r\n\r\nTäytä hakemus osoitteessa www.kuntarekry.fi. Hakuaika päättyy 15.8.2019 klo 15.00.",
        "salary": "2488,52€/kk",
        "jobDuration": "1.9.2019",
        "employment": "Kokoaikatyö",
        "employmentId": "2640",
        "internetLink": "www.asikkala.fi",
        "contacts": "Lisätietoja tehtävästä antavat henkilöstöasiantuntija Reetta Kontio p.0447780226 (yhteydenotot arkisin klo 15.00-16.00) sekä hallinnon suunnittelija Severi Suppula p. 0447780492 (yhteydenotot arkisin klo 09.00-10.00). Sähköpostit etunimi.sukunimi@asikkala.fi.",
        "employmentType": "Vakinainen",
        "employmentTypeId": "2627",
        "taskArea": "Varhaiskasvatuksen muut tehtävät",
        "location": "Asikkala",
        "address": "Rusthollintie 2",
        "postalCode": "17200",
        "region": "Päijät-Häme",
        "lightContactInUse": "0", //pakollinen
        "lightContactRecipients": "", //pakollinen
        "custMultiSelection": "KVTES",
        "embedLink": "https://www.youtube.com/watch?v=98XlfGYDoQw",
        "employmentCategory": "Työsuhde",
        "externalLink": "http://www.vimpeli.fi",
        "logo": "/portal-api/recruitment/images/avoimet_hakemukset_kuntarekry.1200x630.jpg?target=1&id=98",
        "numberOfVacancy": "2",
        "postalArea": "Asikkala"
      },
      "publication": {
        "url": "rekryfi",
        "visibility": "public"
      },
      "link": {
        "url": "/recruitment/#/application/22619/basic_info?lang=fi_FI&portal=rekryfi&ref=165khbusdz38f"
      },
    },
  ]
}
