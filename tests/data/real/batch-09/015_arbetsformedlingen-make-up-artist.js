{
platsannons: {
annons: {
annonsid: "20674929",
platsannonsUrl: "http://www.arbetsformedlingen.se/ledigajobb?id=20674929",
annonsrubrik: "Färgstark make-up artist",
annonstext: "Vi söker nu skönhetskonsulenter med ett brinnande intresse för make-up, hudvård och hårvård. Du kommer att representera ett välkänt kosmetikvarumärke och dina arbetsuppgifter blir allt från att konsultera och hjälpa kunder i butik, till att jobba på olika typer av event. Ett perfekt jobb för dig som älskar variation, att träffa nya människor och vill jobba med de främsta nyheterna på skönhetsmarknaden. Du ska: - Vara utbildad inom skönhet och hudvård (make-up artist/hudterapeut) alt. ha ett stort intresse! - Vara framåt och kontaktsökande - Tycka sälj är roligt och utmanande - Kunna arbeta självständigt United Media Group Nordic AB är en kommunikationsbyrå som hjälper uppdragsgivare att bygga och aktivera varumärken, driva försäljning samt skapa goda PR effekter med målsättning att skapa lojalitet och stärka relationer till våra uppdragsgivares målgrupper. Vi hjälper våra uppdragsgivare att kommunicera och interagera med deras viktigaste målgrupper genom upplevelser och det personliga mötet mellan varumärken och människor.",
yrkesbenamning: "Make-up artist",
yrkesid: 7312,
publiceraddatum: "2016-12-02T00:00:00+01:00",
antal_platser: "1",
kommunnamn: "Malmö",
kommunkod: 1280,
antalplatserVisa: 1,
anstallningstyp: "Behovsanställning"
},
villkor: {
lonetyp: "Fast månads- vecko- eller timlön"
},
ansokan: {
referens: "Make-up artist",
epostadress: "cv@umg.se",
sista_ansokningsdag: "2017-01-01T23:59:59+01:00",
ovrigt_om_ansokan: "Märk ansökan med Make-up artist Malmö"
},
arbetsplats: {
arbetsplatsnamn: "UMG/United Media Group Nordic AB",
postnummer: "11448",
postadress: "Kommendörsgatan 30",
postort: "STOCKHOLM",
postland: "Sverige",
land: "Sverige",
besoksadress: "Kommendörsgatan 30",
besoksort: "Stockholm",
epostadress: "cv@umg.se"
},
krav: {
egenbil: false
},
tags: [
"Make-up",
"Beauty"
]
}
}
