<?php
   /**
    * @package     Jobpositions.Site
    * @subpackage  com_jobpositions
    *
    * @copyright   Copyright (C) 2005 - 2019 Open Source Matters, Inc. All rights reserved.
    * @license     GNU General Public License version 2 or later; see LICENSE.txt
    */
   
   defined('_JEXEC') or die;
   
   use Joomla\CMS\Language\Text;
   use Joomla\CMS\Router\Route;
   
   
   //To jest plik skopiowany z site, nie wykorzystywany w admin
//   echo Text::_('COM_JOBPOSITIONS_JOB_DESCRIPTION');
   
   ?>

    <script>
        console.log("<?php print_r($this->item);?>");
        
    </script>

<style>
    
.offer-viewDKpgjy {
  display: flex;
  flex-direction: column;
  margin-bottom: 24px;
}
.grid__offer-view{
    max-width: 800px;
}


.grid__offer-view span{
    font-size: 16px;
}

.grid__offer-view h1{
    font-size: 24px;
}
.center{
    display: flex;
    justify-content: center;
    z-index: 11;
}
    
</style>

<div class="center">
<div class="grid__offer-view" data-test="section-offerContent">
   <link rel="stylesheet" href="https://kansas.gpcdn.pl/offerview/0.1.0.2098/main.css">
   <style type="text/css">:root {--offer-theme-primary: rgb(143, 28, 182); --offer-theme-belt: rgb(143, 28, 182); --offer-theme-accent: rgba(143, 28, 182, 0.1); --offer-theme-shadow: hsl(284.79999999999995, 29.3%, 90%); --offer-theme-font: rgb(255, 255, 255); --offer-theme-sections-background: rgb(143, 28, 182); --offer-theme-sections-background-blur: 6px; --offer-theme-sections-background-brightness: 0.6;}</style>
   <script>window.GTMRawUrl='/oferty-pracy/nazwa_Administrator_system_w_IT/kategoria___/1002758893.html?firmid=1074056223';</script><script type="application/ld+json">{"@content":"http://schema.org","@type":"JobPosting","title":"Administrator systemów IT","hiringOrganization":"IT CONNECT Sp. z o.o. Sp.k.","datePosted":"2023-08-01T09:59:59.683ZZ","validThrough":"2023-08-31T21:59:59ZZ","jobLocation":{"@content":"http://schema.org","@type":"PostalAddress","addressCountry":"Polska","addressRegion":"mazowieckie","addressLocality":"Warszawa"},"employmentType":"umowa zlecenie, kontrakt B2B","industry":"IT - Administracja","baseSalary":{"@content":"http://schema.org","@type":"MonetaryAmount","minValue":8000,"maxValue":13000,"value":"Number","currency":"PLN"},"jobBenefits":"dofinansowanie zajęć sportowych, prywatna opieka medyczna, ubezpieczenie na życie","responsibilities":"Administracja i utrzymanie systemów OSS, Instalacja i utrzymanie środowisk opartych o systemy: Linux, bazy danych typu Sql i NoSql, Udział w projektowaniu i wdrażaniu systemów wykorzystujących technologie konteneryzacji, Tworzenie skryptów automatyzujących pracę zespołu, Rozwiązywanie problemów we współpracy z różnymi zespołami IT","experienceRequirements":"Wykształcenie wyższe techniczne/ostatni rok studiów, Doświadczenie w administracji systemami Linux, Umiejętność pisania skryptów shell/bash, Umiejętność pracy w zespole, komunikatywność, Czynne prawo jazdy kat. B"}</script><script>window['kansas-offerview'] = {"toastReducer":{"type":"error","message":""},"applicationReducer":{"application":null},"employerReducer":{"employer":{"offersLink":""},"error":true},"userReducer":{"email":"","hashedEmail":undefined},"promptReducer":{"displayed":false,"promptType":"media"},"offerReducer":{"favourite":false,"revealedPhoneNumber":false,"clauseLongOpened":false,"lifecycle":"","offer":{"isWholePoland":false,"version":"new-offer","sections":[{"sectionType":"technologies","number":0,"title":"Technologie, których używamy","header":null,"subSections":[{"sectionType":"technologies-expected","number":0,"title":"Wymagane","header":null,"subSections":null,"model":{"modelType":"open-dictionary","dictionaryName":"ItTechnologies","customItems":[{"name":"OSS"},{"name":"Linux"},{"name":"SQL"},{"name":"NoSQL"},{"name":"shell"},{"name":"Bash"},{"name":"konteneryzacja"}],"items":[]},"id":{"type":"technologies-expected","number":1},"scrollId":"technologies-expected-1"},{"sectionType":"technologies-optional","number":0,"title":"Mile widziane","header":null,"subSections":null,"model":{"modelType":"open-dictionary","dictionaryName":"ItTechnologies","customItems":[{"name":"Git"},{"name":"SQL"},{"name":"Jira"},{"name":"Java"},{"name":"Oracle"}],"items":[]},"id":{"type":"technologies-optional","number":1},"scrollId":"technologies-optional-1"},{"sectionType":"technologies-os","number":0,"title":"System operacyjny","header":null,"subSections":null,"model":{"modelType":"open-dictionary-with-icons","dictionaryName":"OperatingSystems","customItems":[],"items":[{"code":"windows","name":"Windows","icon":{"rasterUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Foperating-systems\u002Fwindows.png","vectorUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Foperating-systems\u002Fwindows.svg"}},{"code":"linux","name":"Linux","icon":{"rasterUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Foperating-systems\u002Flinux.png","vectorUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Foperating-systems\u002Flinux.svg"}}]},"id":{"type":"technologies-os","number":1},"scrollId":"technologies-os-1"}],"model":{"modelType":""},"id":{"type":"technologies","number":1},"scrollId":"technologies-1"},{"sectionType":"about-project","number":0,"title":"O projekcie","header":null,"subSections":null,"model":{"modelType":"multi-paragraph","paragraphs":["Praca w stabilnej firmie, która od 12 lat stale obsługuje T-Mobile i Orange, a obecnie także szybko rozwija świadczenie usług dla innych klientów na rynku krajowym i międzynarodowym."]},"id":{"type":"about-project","number":1},"scrollId":"about-project-1"},{"sectionType":"responsibilities","number":0,"title":"Twój zakres obowiązków","header":null,"subSections":null,"model":{"modelType":"bullets","bullets":["Administracja i utrzymanie systemów OSS","Instalacja i utrzymanie środowisk opartych o systemy: Linux, bazy danych typu Sql i NoSql","Udział w projektowaniu i wdrażaniu systemów wykorzystujących technologie konteneryzacji","Tworzenie skryptów automatyzujących pracę zespołu","Rozwiązywanie problemów we współpracy z różnymi zespołami IT"]},"id":{"type":"responsibilities","number":1},"scrollId":"responsibilities-1"},{"sectionType":"requirements","number":0,"title":"Nasze wymagania","header":null,"subSections":[{"sectionType":"requirements-expected","number":0,"title":"","header":null,"subSections":null,"model":{"modelType":"bullets","bullets":["Wykształcenie wyższe techniczne\u002Fostatni rok studiów","Doświadczenie w administracji systemami Linux","Umiejętność pisania skryptów shell\u002Fbash","Umiejętność pracy w zespole, komunikatywność","Czynne prawo jazdy kat. B"]},"id":{"type":"requirements-expected","number":1},"scrollId":"requirements-expected-1"},{"sectionType":"requirements-optional","number":0,"title":"Mile widziane","header":null,"subSections":null,"model":{"modelType":"bullets","bullets":["Doświadczenie w administracji relacyjnych baz danych jak Oracle, MySQL"]},"id":{"type":"requirements-optional","number":1},"scrollId":"requirements-optional-1"}],"model":{"modelType":""},"id":{"type":"requirements","number":1},"scrollId":"requirements-1"},{"sectionType":"work-organization","number":0,"title":"Tak organizujemy naszą pracę","header":null,"subSections":[{"sectionType":"work-organization-work-style","number":0,"title":"Tak pracujemy","header":null,"subSections":null,"model":{"modelType":"open-dictionary","dictionaryName":"ItWorkStyles","customItems":[],"items":[{"code":"agile","name":"agile","pracujPlName":"agile","primaryTargetSiteName":"agile"},{"code":"scrum","name":"scrum","pracujPlName":"scrum","primaryTargetSiteName":"scrum"}]},"id":{"type":"work-organization-work-style","number":1},"scrollId":"work-organization-work-style-1"},{"sectionType":"work-organization-team-members","number":0,"title":"Skład zespołu","header":null,"subSections":null,"model":{"modelType":"open-dictionary","dictionaryName":"ItTeamMembers","customItems":[],"items":[{"code":"it-administrator","name":"administrator IT","pracujPlName":"administrator IT","primaryTargetSiteName":"administrator IT"}]},"id":{"type":"work-organization-team-members","number":1},"scrollId":"work-organization-team-members-1"}],"model":{"modelType":""},"id":{"type":"work-organization","number":1},"scrollId":"work-organization-1"},{"sectionType":"offered","number":0,"title":"To oferujemy","header":null,"subSections":null,"model":{"modelType":"bullets","bullets":["Dołączenie do doświadczonego zespołu profesjonalistów, którzy chętnie dzielą się swoją wiedzą i umiejętnościami","Dostęp do najnowszych technologii i rozbudowanego środowiska IT","Przestrzeń do rozwoju pomysłów i eksperymentowania","Szkolenia wewnątrzfirmowe oraz wymiana wiedzy między pracownikami","Wsparcie merytoryczne od liderów technologicznych","Dowolny tryb pracy (całkowicie zdalnie lub hybrydowo, w nowoczesnym i komfortowym biurze)","Brak dress code’u, jesteśmy zupełnie na luzie","Świetna atmosfera wśród ludzi z pasją"]},"id":{"type":"offered","number":1},"scrollId":"offered-1"},{"sectionType":"benefits","number":0,"title":"Benefity","header":null,"subSections":null,"model":{"modelType":"open-dictionary-with-icons","dictionaryName":"Benefits","customItems":[],"items":[{"code":"sport-card","name":"dofinansowanie zajęć sportowych","icon":{"rasterUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Fsport-card.png","vectorUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Fsport-card.svg"}},{"code":"medical-care","name":"prywatna opieka medyczna","icon":{"rasterUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Fmedical-care.png","vectorUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Fmedical-care.svg"}},{"code":"life-insurance","name":"ubezpieczenie na życie","icon":{"rasterUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Flife-insurance.png","vectorUrl":"https:\u002F\u002Fskidblandir.gpcdn.pl\u002Ficons\u002Fbenefits\u002Flife-insurance.svg"}}]},"id":{"type":"benefits","number":1},"scrollId":"benefits-1"},{"sectionType":"recruitment-stages","number":0,"title":"Etapy rekrutacji","header":null,"subSections":null,"model":{"modelType":"bullets","bullets":["Rozmowa rekrutacyjna ok. 30 min","Spotkanie rekrutacyjne z klientem ok. 1h"]},"id":{"type":"recruitment-stages","number":1},"scrollId":"recruitment-stages-1"},{"sectionType":"about-us-extended","number":0,"title":"","header":null,"subSections":[{"sectionType":"about-us-description","number":0,"title":"IT CONNECT Sp. z o.o. Sp.k.","header":null,"subSections":null,"model":{"modelType":"multi-paragraph","paragraphs":["IT CONNECT to firma stworzona dla ludzi dynamicznych, realizujących się w codziennej pracy. Na bieżąco dysponujemy najciekawszymi propozycjami pracy w dziedzinie IT i technik, a nasi pracownicy pracują z najlepszymi i najbardziej znanymi firmami w Polsce. Poszukujemy zarówno doświadczonych specjalistów i menadżerów, jak również studentów ostatnich lat i świeżych absolwentów IT. Najważniejsza dla nas jest Twoja pasja i chęć samorealizacji. U nas będziesz realizować swoje marzenia!!"]},"id":{"type":"about-us-description","number":1},"scrollId":"about-us-description-1"}],"model":{"modelType":""},"id":{"type":"about-us-extended","number":1},"scrollId":"about-us-extended-1"}],"primaryAttributes":[{"code":"immediate-employment","label":{"text":"Praca od zaraz","pracujPlText":"Praca od zaraz","primaryTargetSiteText":"Praca od zaraz"},"model":{"modelType":"flag","flag":true}}],"secondaryAttributes":[{"code":"it-specializations","label":{"text":"Specjalizacje","pracujPlText":"Specjalizacje","primaryTargetSiteText":"Specjalizacje"},"model":{"modelType":"open-dictionary","dictionaryName":"ItSpecializations","customItems":[],"items":[{"code":"it-admin","name":"IT admin","pracujPlName":"IT admin","primaryTargetSiteName":"IT admin"}]}},{"code":"it-technologies-highlighted","label":{"text":"Technologie","pracujPlText":"Technologie","primaryTargetSiteText":"Technologie"},"model":{"modelType":"open-dictionary","dictionaryName":"ItTechnologies","customItems":[],"items":[{"code":"36","name":"SQL","pracujPlName":"SQL","primaryTargetSiteName":"SQL"},{"code":"52","name":"Bash","pracujPlName":"Bash","primaryTargetSiteName":"Bash"},{"code":"209","name":"Linux","pracujPlName":"Linux","primaryTargetSiteName":"Linux"}]}}],"employerName":"IT CONNECT Sp. z o.o. Sp.k.","jobOfferLanguage":{"isoCode":"pl"},"jobTitle":"Administrator systemów IT","workplaces":[{"abroadAddress":null,"isAbroad":false,"country":{"id":1,"name":"Polska","pracujPlName":"Polska"},"region":{"id":7,"name":"mazowieckie","pracujPlName":"mazowieckie"},"inlandLocation":{"location":{"id":739,"name":"Warszawa"},"address":null},"displayAddress":"Warszawa"}],"remoteWork":false,"requireCV":true,"typesOfContracts":[{"id":2,"name":"umowa zlecenie","pracujPlName":"umowa zlecenie","salary":null},{"id":3,"name":"kontrakt B2B","pracujPlName":"kontrakt B2B","salary":{"from":8000,"to":13000,"currency":{"code":"PLN","symbol":"zł"},"timeUnit":{"id":0,"shortForm":{"name":"mies.","pracujPlName":"mies."},"longForm":{"name":"miesięcznie","pracujPlName":"miesięcznie"}},"salaryKind":{"code":"net-plus-vat","name":"netto (+ VAT)","pracujPlName":"netto (+ VAT)"}}}],"workSchedules":"pełny etat","positionLevelsName":"specjalista (Mid \u002F Regular)","workModes":[{"text":"praca hybrydowa","subText":"","code":"hybrid"}],"offerRelativeUri":"administrator-systemow-it-warszawa,oferta,1002758893","dateOfInitialPublication":"2023-08-01T09:59:59.683Z","expirationDate":"2023-08-31T21:59:59Z","offerURLName":"administrator-systemow-it-warszawa,oferta,1002758893","terminated":false,"offerId":1002758893,"commonOfferId":undefined,"referenceNumber":"[1780] K","companyId":1074056223,"categories":[{"id":5015001,"name":"Administrowanie bazami danych i storage","parent":{"id":5015,"name":"IT - Administracja"}},{"id":5015002,"name":"Administrowanie sieciami","parent":{"id":5015,"name":"IT - Administracja"}},{"id":5015003,"name":"Administrowanie systemami","parent":{"id":5015,"name":"IT - Administracja"}}],"oneClickApply":true,"applying":{"applyingType":"strefa","applyingModel":{"questionnaireAfterApply":{"id":"79c10000-fec6-82b1-8e42-08db926e279b"},"useOldQuestionnaire":false,"questionnaireAfterApplyEnabled":true,"optionalCv":false,"agreementsAcquisition":{"currentRecruitment":{"acquire":true,"text":"Wysyłając zgłoszenie rekrutacyjne, zgadzam się na przetwarzanie danych w celu prowadzenia rekrutacji na stanowisko wskazane w ogłoszeniu."},"futureRecruitment":{"acquire":true,"text":"Zgadzam się na przetwarzanie przez IT CONNECT SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ SPÓŁKA KOMANDYTOWA  moich danych osobowych zawartych w zgłoszeniu rekrutacyjnym dla celów przyszłych rekrutacji prowadzonych przez IT CONNECT SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ SPÓŁKA KOMANDYTOWA ."}}}},"applyTypeId":0,"appType":0,"applyLink":"https:\u002F\u002Fwww.pracuj.pl\u002Faplikuj\u002Fadministrator-systemow-it-warszawa,oferta,1002758893","countryId":1,"countryName":"Polska","regionId":7,"regionName":"mazowieckie","locationName":"Warszawa","phone":null,"isRemoteRecruitment":true,"isMultiAts":false,"multiAtsLocations":[],"applyProxy":{"applyUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Faplikuj\u002Fadministrator-systemow-it-warszawa,oferta,1002758893","multiApplyingEnabled":false,"multiApplying":[]},"textTemplate":undefined,"template":undefined,"clause":undefined,"informationClause":{"shortText":"Administratorem danych osobowych jest IT CONNECT Sp. z o.o. Sp.k. z siedzibą w Warszawie (00-867) przy ul. Chłodnej 51. Dane są przetwarzane w celu przeprowadzenia procesu rekrutacji. Więcej informacji dot. przetwarzania danych można uzyskać na stronie www ITC w zakładce RODO: https:\u002F\u002Fwww.itconnect.pl\u002Frodo-pl\n\nW przypadku chęci uczestnictwa w kolejnych rekrutacjach prowadzonych przez IT CONNECT, prosimy o umieszczenie oświadczenia o wyrażeniu zgody na przetwarzanie danych osobowych w celu wykorzystania ich w kolejnych procesach rekrutacyjnych prowadzonych przez IT CONNECT przez okres najbliższych 9 miesięcy. Oświadczenie może być sformułowane w następujący sposób:\n\n„Wyrażam zgodę na przetwarzanie danych osobowych w celu wykorzystania ich w kolejnych naborach prowadzonych przez IT CONNECT przez okres najbliższych 9 miesięcy.”","longText":""},"style":{"themeColor":{"hex":"#8f1cb6"},"fontColor":{"hex":"#FFFFFF"},"logo":"https:\u002F\u002Flogos.gpcdn.pl\u002Floga-firm\u002F1074056223\u002F2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png","images":["https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002F9b030000-5dac-0015-af95-08db02ac10c5.png","https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002F9b030000-5dac-0015-5e13-08db02ac1190.png","https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002Fee4d0000-5df0-0015-4045-08db02ac1dd9.png","https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002F9b030000-5dac-0015-2a3f-08db02ac1eb2.png","https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002Fee4d0000-5df0-0015-041e-08db02ac26d3.png"],"sectionsBackground":"https:\u002F\u002Fgrubber.gpcdn.pl\u002Fcompanies\u002F1074056223\u002Fbackground-images\u002F9b030000-5dac-0015-af95-08db02ac10c5.png"},"hasClauseInfo":undefined,"jobiconCompanyInfo":""}},"credentialsReducer":{"mpUserId":0,"identityId":"2ad7dfc7-8559-4c06-y6c0-d717305518f2"},"breadcrumbsReducer":{"breadcrumbs":[{"label":"Praca","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca","children":null},{"label":"Warszawa","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fwarszawa;wp","children":[{"label":"Radom","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fradom;wp"},{"label":"Płock","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fplock;wp"},{"label":"Siedlce","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fsiedlce;wp"},{"label":"Pruszków","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fpruszkow;wp"},{"label":"Ostrołęka","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fostroleka;wp"},{"label":"Kraków","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fkrakow;wp"},{"label":"Łódź","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Flodz;wp"},{"label":"Wrocław","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fwroclaw;wp"}]},{"label":"IT - Administracja","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fit%20-%20administracja;cc,5015","children":null},{"label":"Administrowanie bazami danych i storage","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fit%20-%20administracja;cc,5015\u002Fadministrowanie%20bazami%20danych%20i%20storage;cc,5015001","children":[{"label":"Administrowanie sieciami","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fit%20-%20administracja;cc,5015\u002Fadministrowanie%20sieciami;cc,5015002"},{"label":"Administrowanie systemami","absoluteUrl":"https:\u002F\u002Fwww.pracuj.pl\u002Fpraca\u002Fit%20-%20administracja;cc,5015\u002Fadministrowanie%20systemami;cc,5015003"}]}]}}</script>
   <div id="kansas-offerview" data-reactroot="">
      <div data-test="section-offerView" class="offer-viewDKpgjy">
         <div class="offer-viewzxQhTZ offer-viewT4OXJG">
            <div data-test="section-offerHeader" class="offer-view8N6um9">
               <div class="offer-viewi72-2w offer-viewMkBNG5" data-test="section-offer-title">
                  <div data-test="section-offer-company-logo" class="offer-viewALPiB-">
                     <div>
                        <picture>
                           <source media="(min-width: 600px)" srcset="https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=80&amp;height=80 1x, https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=160&amp;height=160 2x">
                           <source media="(min-width: 360px)" srcset="https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=60&amp;height=60 1x, https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=120&amp;height=120 2x">
                           <img alt="IT CONNECT Sp. z o.o. Sp.k." data-scroll-id="offer-view-logo" data-test="section-company-logo" src="https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png" srcset="https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=50&amp;height=50 1x, https://logos.gpcdn.pl/loga-firm/1074056223/2c580000-43a8-f403-6b2d-08d9065daf49_280x280.png?width=100&amp;height=100 2x" class="offer-viewC2T6Py" title="IT CONNECT Sp. z o.o. Sp.k.">
                        </picture>
                     </div>
                  </div>
                  <div data-test="section-offer-job-details" class="offer-viewgQQ3bw">
                     <div data-test="section-offer-job-details" class="offer-viewzJYJpV">
                        <h1 data-scroll-id="job-title" data-test="text-positionName" class="offer-viewkHIhn3"><?php echo $this->item->job_position_name; ?></h1>
                     </div>
                  </div>
                  <div class="offer-viewiafL8R">
                     <div data-scroll-id="contract-types-salary" data-test="section-salary" class="offer-viewG5xQ1D">
                        <strong data-test="text-earningAmount" class="offer-viewLdvtPw">
                           <span data-test="text-earningAmountValueFrom" class="offer-viewZGJhIB">
                              8&nbsp;000<!-- -->–
                           </span>
                           <span data-test="text-earningAmountValueTo" class="offer-viewYo2KTr">
                              13&nbsp;000<!-- --> <!-- -->zł
                           </span>
                        </strong>
                        <span data-test="text-earningAmountUnit" class="offer-viewSGW6Yi"> netto (+ VAT) / mies.</span>
                     </div>
                  </div>
               </div>
               <ul data-test="sections-benefit-list" class="offer-vieweLojfZ">
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="workplaces" data-test="sections-benefit-workplaces" class="offer-viewumlDlF">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <img src="/images/icons/location-icon-small.png" />
                        </span>
                        <div>
                           <p data-test="text-benefit" class="offer-viewAV75Zu"><?php echo $this->item->job_location; ?></p>
<!--                           <div data-test="text-benefit" class="offer-viewUIYWmu">????Warszawa, mazowieckie???</div>-->
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="publication-dates" data-test="sections-benefit-expiration" class="offer-view5VS8w0">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M11.999 20.997a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                              <path d="M11.998 8.535v3.462l3.517 4.099" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewJsHAqB">
                           <div data-test="text-benefit" class="offer-viewRKwqEV">ważna jeszcze XX dni</div>
                           <div data-test="text-benefit" class="offer-viewDZ0got">do: <?php echo $this->item->job_start_date; ?></div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="contract-types" data-test="sections-benefit-contracts" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="20" height="20" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M17.875 17.313a1.125 1.125 0 0 1-1.125 1.125H3.25a1.125 1.125 0 0 1-1.125-1.125V2.688A1.125 1.125 0 0 1 3.25 1.562h11.284c.293 0 .575.115.786.32l2.215 2.162a1.126 1.126 0 0 1 .34.806v12.463ZM5.533 7.188h9M5.533 10.563h9M5.533 13.938h4.5" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="offer-viewXo2dpV" data-test="sections-benefit-contracts-text">umowa zlecenie, kontrakt B2B</div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="work-schedules" data-test="sections-benefit-work-schedule" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M11.999 20.997a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                              <path d="M12 7a5 5 0 1 1-3.536 8.536L12 12V7Z" fill="#4855C6" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="offer-viewXo2dpV" data-test="sections-benefit-work-schedule-text">pełny etat</div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="position-levels" data-test="sections-benefit-employment-type-name" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="22" height="22" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M5.27 10.313H2.52a.687.687 0 0 0-.687.687v8.938h4.125V11a.687.687 0 0 0-.687-.688ZM19.02 2.063h-2.75a.687.687 0 0 0-.687.687v17.188h4.125V2.75a.687.687 0 0 0-.688-.688ZM12.146 6.188h-2.75a.688.688 0 0 0-.688.687v13.063h4.125V6.874a.687.687 0 0 0-.688-.688Z" stroke="#4855C6" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="offer-viewXo2dpV" data-test="sections-benefit-employment-type-name-text">specjalista (Mid / Regular)</div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="work-modes" data-test="sections-benefit-work-modes" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M15.5 9V5.5a3.5 3.5 0 1 0-7 0V9M20.5 21V10M3.5 10v11M12 16v5M16.5 14h-9a1 1 0 0 0 0 2h9a1 1 0 0 0 0-2ZM1 10h22M8.5 14v-1.5M15.5 14v-1.5" stroke="#4855C6" stroke-width="1.56" stroke-linecap="round" stroke-linejoin="round"></path>
                              <path d="m9 21.2 6-.001" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="offer-viewXo2dpV" data-test="sections-benefit-work-modes-text">praca hybrydowa</div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="attribute-primary-immediate-employment" data-test="sections-benefit-immediate-employment" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M10.746.884a.5.5 0 0 0-.678.669C11.883 5.1 11.69 9.959 9.205 12.7a6.568 6.568 0 0 1-1.5-3.029c-5.9 4.225-2.79 13.5 4.5 13.5 10.47.004 9.072-16.706-1.459-22.287Z" stroke="#4855C6" stroke-width="1.54" stroke-linecap="round" stroke-linejoin="round"></path>
                              <path d="M12.704 14.176c.99 1.763-1.512 4.294-3 3.944a2.494 2.494 0 0 0 2.454 2.056c3.624 0 3.23-5 .546-6Z" fill="#4855C6" stroke="#4855C6" stroke-width="1.54" stroke-linecap="round" stroke-linejoin="round"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="offer-viewXo2dpV" data-test="sections-benefit-immediate-employment-text">Praca od zaraz</div>
                        </div>
                     </div>
                  </li>
                  <li data-test="sections-benefit-list-item" class="offer-viewdQMogN">
                     <div data-scroll-id="remote-recruitment" data-test="sections-benefit-remote-recruitment" class="offer-viewdZ0-Ni">
                        <span class="offer-view4GiyrL" data-test="benefit-badge">
                           <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" class="offer-viewUPyYi5" viewBox="0 0 24 24">
                              <path d="M12.522 14.391v6.696A1.913 1.913 0 0 1 10.609 23H3.913A1.913 1.913 0 0 1 2 21.087V6.739a1.913 1.913 0 0 1 1.913-1.913H7M7 8.652H2M12.522 19.174H2M23 8.174a1.435 1.435 0 0 1-1.435 1.435h-4.26l-2.87 2.87v-2.87h-3.348a1.435 1.435 0 0 1-1.435-1.435v-5.74A1.435 1.435 0 0 1 11.087 1h10.478A1.435 1.435 0 0 1 23 2.435v5.739Z" stroke="#4855C6" stroke-width="1.54" stroke-linecap="round" stroke-linejoin="round"></path>
                              <path d="M7.26 21.326a.24.24 0 1 1 0-.478M7.26 21.326a.24.24 0 1 0 0-.478M13.26 5.326a.24.24 0 1 1 0-.478M13.26 5.326a.24.24 0 0 0 0-.478M16.26 5.326a.24.24 0 1 1 0-.478M16.26 5.326a.24.24 0 0 0 0-.478M19.26 5.326a.24.24 0 1 1 0-.478M19.26 5.326a.24.24 0 0 0 0-.478" stroke="#4855C6"></path>
                           </svg>
                        </span>
                        <div class="offer-viewgpmLsI">
                           <div class="" data-test="sections-benefit-remote-recruitment-text">rekrutacja zdalna</div>
                        </div>
                     </div>
                  </li>
               </ul>
               <ul data-test="work-conditions" class="offer-viewGTyQHP">
                  <li data-scroll-id="attribute-secondary-it-specializations" data-test="it-specializations" class="offer-viewYXCtLs">
                     <span class="offer-viewra0sRb">
                        Specjalizacje<!-- -->:
                     </span>
                     <span class="offer-viewPFKc0t">IT admin</span>
                  </li>
               </ul>
            </div>
            <div data-test="section-offerMap" class="offer-viewsBrte4"></div>
            <div data-scroll-id="technologies-1" data-test="section-technologies" class="offer-viewIPoRwg">
               <h2 data-test="section-offer-view-section-title" class="offer-viewHPgU04">Technologie, których używamy</h2>
               <div data-scroll-id="technologies-expected-1" data-test="section-technologies-expected" class="offer-viewfjH4z3">
                  <h3 class="offer-viewsro236">Wymagane</h3>
                  <ul class="offer-viewEX0Eq-">
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">OSS</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Linux</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">SQL</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">NoSQL</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">shell</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Bash</p>
                     </li>
                     <li class="offer-viewjJiyAa offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">konteneryzacja</p>
                     </li>
                  </ul>
               </div>
               <span class="offer-view6KU9PZ"></span>
               <div data-scroll-id="technologies-optional-1" data-test="section-technologies-optional" class="offer-viewfjH4z3">
                  <h3 class="offer-viewsro236">Mile widziane</h3>
                  <ul class="offer-viewEX0Eq-">
                     <li class="offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Git</p>
                     </li>
                     <li class="offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">SQL</p>
                     </li>
                     <li class="offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Jira</p>
                     </li>
                     <li class="offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Java</p>
                     </li>
                     <li class="offer-vieweKR6vg" data-test="item-technology">
                        <p data-test="text-technology-name" class="offer-viewU0gxPf">Oracle</p>
                     </li>
                  </ul>
               </div>
               <span class="offer-view6KU9PZ"></span>
               <div data-scroll-id="technologies-os-1" data-test="section-technologies-os" class="offer-viewfjH4z3">
                  <h3 class="offer-viewsro236">System operacyjny</h3>
                  <ul class="offer-viewziXvze">
                     <li data-test="item-operating-system" class="offer-view1egrtM">
                        <div class="lazyload-wrapper ">
                           <svg data-test="icon-operating-system" class="offer-view3cDPRw" viewBox="0 0 104 104">
                              <defs>
                                 <mask id="gp_system_Windows">
                                    <image alt="Windows" height="100%" width="100%" xlink:href="https://skidblandir.gpcdn.pl/icons/operating-systems/windows.png"></image>
                                 </mask>
                              </defs>
                              <rect height="100%" mask="url(#gp_system_Windows)" width="100%"></rect>
                           </svg>
                        </div>
                     </li>
                     <li data-test="item-operating-system" class="offer-view1egrtM">
                        <div class="lazyload-wrapper ">
                           <svg data-test="icon-operating-system" class="offer-view3cDPRw" viewBox="0 0 104 104">
                              <defs>
                                 <mask id="gp_system_Linux">
                                    <image alt="Linux" height="100%" width="100%" xlink:href="https://skidblandir.gpcdn.pl/icons/operating-systems/linux.png"></image>
                                 </mask>
                              </defs>
                              <rect height="100%" mask="url(#gp_system_Linux)" width="100%"></rect>
                           </svg>
                        </div>
                     </li>
                  </ul>
               </div>
               <span class="offer-view6KU9PZ"></span>
            </div>
            <section data-scroll-id="about-project-1" data-test="section-about-project" class="offer-viewLkgKMo">
               <div class="offer-viewPi7h7U">
                  <span data-test="icon-about-project" class="offer-view-xh4rH">
                     <svg height="58" width="70">
                        <path d="M67.906 28.719l-17.5-17.501-2.344 2.344 15.157 15.157-15.157 15.156 2.344 2.187 17.5-17.343zm-46.25 15.156L6.5 28.719l15.156-15.157-2.344-2.344-17.5 17.501 17.5 17.343 2.344-2.187zm5.781 9.844h3.282L42.281 3.718H39L27.437 53.719z" fill-rule="evenodd"></path>
                     </svg>
                  </span>
                  <h3 data-test="text-about-project-title" class="offer-viewa15HEk">O projekcie</h3>
               </div>
               <div data-test="text-about-project" class="offer-viewlvWH1V">
                  <p class="offer-viewfkAkeG"><?php echo $this->item->job_description; ?></p>
               </div>
            </section>
            <div data-scroll-id="responsibilities-1" data-test="section-responsibilities" class="offer-viewIPoRwg">
               <h2 data-test="section-offer-view-section-title" class="offer-viewHPgU04">Twój zakres obowiązków</h2>
               <ul class="offer-view6lWuAT" data-test="one-column-list">
                  <li data-test="one-column-list-item" class="offer-viewFkOubE">
                     <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                        <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                     </svg>
                     <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Administracja i utrzymanie systemów OSS</p>
                  </li>
                  <li data-test="one-column-list-item" class="offer-viewFkOubE">
                     <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                        <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                     </svg>
                     <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Instalacja i utrzymanie środowisk opartych o systemy: Linux, bazy danych typu Sql i NoSql</p>
                  </li>
                  <li data-test="one-column-list-item" class="offer-viewFkOubE">
                     <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                        <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                     </svg>
                     <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Udział w projektowaniu i wdrażaniu systemów wykorzystujących technologie konteneryzacji</p>
                  </li>
                  <li data-test="one-column-list-item" class="offer-viewFkOubE">
                     <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                        <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                     </svg>
                     <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Tworzenie skryptów automatyzujących pracę zespołu</p>
                  </li>
                  <li data-test="one-column-list-item" class="offer-viewFkOubE">
                     <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                        <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                     </svg>
                     <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Rozwiązywanie problemów we współpracy z różnymi zespołami IT</p>
                  </li>
               </ul>
            </div>
            <div data-scroll-id="requirements-1" data-test="section-requirements" class="offer-viewIPoRwg">
               <h2 data-test="section-offer-view-section-title" class="offer-viewHPgU04">Nasze wymagania</h2>
               <div data-scroll-id="requirements-expected-1" data-test="section-requirements-expected" class="offer-viewfjH4z3">
                  <ul class="offer-view6lWuAT" data-test="one-column-list">
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Wykształcenie wyższe techniczne/ostatni rok studiów</p>
                     </li>
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Doświadczenie w administracji systemami Linux</p>
                     </li>
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Umiejętność pisania skryptów shell/bash</p>
                     </li>
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Umiejętność pracy w zespole, komunikatywność</p>
                     </li>
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Czynne prawo jazdy kat. B</p>
                     </li>
                  </ul>
               </div>
               <div data-scroll-id="requirements-optional-1" data-test="section-requirements-optional" class="offer-viewfjH4z3">
                  <h3 class="offer-viewsro236">Mile widziane</h3>
                  <ul class="offer-view6lWuAT offer-viewSeKuPZ" data-test="one-column-list">
                     <li data-test="one-column-list-item" class="offer-viewFkOubE">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="one-column-list-itemIcon" class="offer-viewLVknue" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="one-column-list-itemParagraph" class="offer-viewchej5g">Doświadczenie w administracji relacyjnych baz danych jak Oracle, MySQL</p>
                     </li>
                  </ul>
               </div>
            </div>
            <div data-scroll-id="work-organization-1" data-test="section-work-organization" class="offer-viewIPoRwg">
               <h2 data-test="section-offer-view-section-title" class="offer-viewHPgU04">Tak organizujemy naszą pracę</h2>
               <div data-scroll-id="work-organization-work-style-1" class="offer-viewF735jZ">
                  <h3 class="offer-viewB90ua-">Tak pracujemy</h3>
                  <ul class="offer-viewd3ibvT">
                     <li class="offer-viewKA0Y5Z">agile</li>
                     <li class="offer-viewKA0Y5Z">scrum</li>
                  </ul>
               </div>
               <span class="offer-viewJzL6Is"></span>
               <div data-scroll-id="work-organization-team-members-1" class="offer-viewF735jZ">
                  <h3 class="offer-viewB90ua-">Skład zespołu</h3>
                  <ul class="offer-viewd3ibvT">
                     <li class="offer-viewKA0Y5Z">administrator IT</li>
                  </ul>
               </div>
               <span class="offer-viewJzL6Is"></span>
            </div>
            <div data-scroll-id="offered-1" data-test="section-offered" class="offer-viewIPoRwg">
               <h2 data-test="section-offer-view-section-title" class="offer-viewHPgU04">To oferujemy</h2>
               <div class="offer-viewaYTjNT">
                  <ul data-test="two-column-list" class="offer-viewPRB61b">
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Dołączenie do doświadczonego zespołu profesjonalistów, którzy chętnie dzielą się swoją wiedzą i umiejętnościami</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Dostęp do najnowszych technologii i rozbudowanego środowiska IT</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Przestrzeń do rozwoju pomysłów i eksperymentowania</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Szkolenia wewnątrzfirmowe oraz wymiana wiedzy między pracownikami</p>
                     </li>
                  </ul>
                  <ul data-test="two-column-list" class="offer-viewPRB61b">
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Wsparcie merytoryczne od liderów technologicznych</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Dowolny tryb pracy (całkowicie zdalnie lub hybrydowo, w nowoczesnym i komfortowym biurze)</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Brak dress code’u, jesteśmy zupełnie na luzie</p>
                     </li>
                     <li data-test="two-column-list-item" class="offer-view0fL3IZ">
                        <svg width="24" height="24" fill="none" xmlns="http://www.w3.org/2000/svg" data-test="two-column-list-itemIcon" class="offer-view3Wt72d" viewBox="0 0 24 24">
                           <path d="m7.846 13.382 2.838 2.27a.663.663 0 0 0 .554.14.692.692 0 0 0 .47-.333l4.445-7.615" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                           <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z" stroke="#4855C6" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round"></path>
                        </svg>
                        <p data-test="two-column-list-itemParagraph" class="offer-viewt5kb73">Świetna atmosfera wśród ludzi z pasją</p>
                     </li>
                  </ul>
               </div>
            </div>
            <section data-scroll-id="benefits-1" data-test="section-benefits" class="offer-viewJsKTWk">
               <h4 data-test="text-section-benefits-title" class="offer-viewIkJBai">Benefity</h4>
               <ul data-test="list-benefits" class="offer-view7CmY-p offer-viewF0WZVq">
                  <li data-test="list-item-benefit" class="offer-view2Eh8Pl">
                     <article data-test="item-benefit" class="offer-viewC5-rNV">
                        <div class="lazyload-wrapper ">
                           <svg data-test="icon-benefit" class="offer-vieww1K5rD" viewBox="0 0 104 104">
                              <defs>
                                 <mask id="gp_benefit_100,111,102,105,110,97,110,115,111,119,97,110,105,101,32,122,97,106,281,263,32,115,112,111,114,116,111,119,121,99,104">
                                    <image height="100%" width="100%" xlink:href="https://skidblandir.gpcdn.pl/icons/benefits/sport-card.png"></image>
                                 </mask>
                              </defs>
                              <rect height="100%" mask="url(#gp_benefit_100,111,102,105,110,97,110,115,111,119,97,110,105,101,32,122,97,106,281,263,32,115,112,111,114,116,111,119,121,99,104)" width="100%"></rect>
                           </svg>
                        </div>
                        <p data-test="text-benefit-title" class="offer-view4bdC6U">dofinansowanie zajęć sportowych</p>
                     </article>
                  </li>
                  <li data-test="list-item-benefit" class="offer-view2Eh8Pl">
                     <article data-test="item-benefit" class="offer-viewC5-rNV">
                        <div class="lazyload-wrapper ">
                           <svg data-test="icon-benefit" class="offer-vieww1K5rD" viewBox="0 0 104 104">
                              <defs>
                                 <mask id="gp_benefit_112,114,121,119,97,116,110,97,32,111,112,105,101,107,97,32,109,101,100,121,99,122,110,97">
                                    <image height="100%" width="100%" xlink:href="https://skidblandir.gpcdn.pl/icons/benefits/medical-care.png"></image>
                                 </mask>
                              </defs>
                              <rect height="100%" mask="url(#gp_benefit_112,114,121,119,97,116,110,97,32,111,112,105,101,107,97,32,109,101,100,121,99,122,110,97)" width="100%"></rect>
                           </svg>
                        </div>
                        <p data-test="text-benefit-title" class="offer-view4bdC6U">prywatna opieka medyczna</p>
                     </article>
                  </li>
                  <li data-test="list-item-benefit" class="offer-view2Eh8Pl">
                     <article data-test="item-benefit" class="offer-viewC5-rNV">
                        <div class="lazyload-wrapper ">
                           <svg data-test="icon-benefit" class="offer-vieww1K5rD" viewBox="0 0 104 104">
                              <defs>
                                 <mask id="gp_benefit_117,98,101,122,112,105,101,99,122,101,110,105,101,32,110,97,32,380,121,99,105,101">
                                    <image height="100%" width="100%" xlink:href="https://skidblandir.gpcdn.pl/icons/benefits/life-insurance.png"></image>
                                 </mask>
                              </defs>
                              <rect height="100%" mask="url(#gp_benefit_117,98,101,122,112,105,101,99,122,101,110,105,101,32,110,97,32,380,121,99,105,101)" width="100%"></rect>
                           </svg>
                        </div>
                        <p data-test="text-benefit-title" class="offer-view4bdC6U">ubezpieczenie na życie</p>
                     </article>
                  </li>
               </ul>
               <div data-test="section-benefits-background" class="offer-viewfiPr-s offer-viewCn5A9h">
                  <svg width="286" height="195" fill="none" xmlns="http://www.w3.org/2000/svg">
                     <g clip-path="url(#star_svg__a)">
                        <path fill-rule="evenodd" clip-rule="evenodd" d="M89.672 21.178a3 3 0 0 1 3 3v11.375h11.375a3 3 0 1 1 0 6H92.672v11.375a3 3 0 0 1-6 0V41.553H75.297a3 3 0 1 1 0-6h11.375V24.178a3 3 0 0 1 3-3ZM199.462 48a7.837 7.837 0 0 0-6.897 4.114l-20.876 44.947a3 3 0 0 1-2.721 1.737h-40.643c-.039 0-.078 0-.117-.002a6.936 6.936 0 0 0-6.715 4.363 6.938 6.938 0 0 0 1.871 7.786l.068.062.061.057 35.218 34.711a3 3 0 0 1 .645 3.335l-19.529 44.842a7.654 7.654 0 0 0 2.029 8.652 7.641 7.641 0 0 0 8.863.879l.028-.016 47.304-26.565a3 3 0 0 1 2.94.001l47.236 26.585.03.017a7.644 7.644 0 0 0 8.87-.873 7.644 7.644 0 0 0 2.028-8.659L239.616 149.1a3 3 0 0 1 .645-3.334l35.219-34.711.035-.035c.026-.024.051-.048.078-.071a6.953 6.953 0 0 0-.849-11.03 6.946 6.946 0 0 0-4.051-1.105 2.956 2.956 0 0 1-.122.003h-40.634a2.999 2.999 0 0 1-2.721-1.738l-20.857-44.965A7.83 7.83 0 0 0 199.462 48Zm9.584 2.775 2.652-1.401a13.839 13.839 0 0 0-24.472 0 3.382 3.382 0 0 0-.068.138l-20.104 43.286H128.38a12.936 12.936 0 0 0-13.022 15.953 12.936 12.936 0 0 0 3.981 6.644l33.694 33.208-18.718 42.98-.01.023-.011.027a13.644 13.644 0 0 0 11.26 18.805c2.83.281 5.678-.33 8.144-1.747l.016-.009 45.804-25.723 45.737 25.74.015.009a13.641 13.641 0 0 0 15.814-1.566 13.64 13.64 0 0 0 3.583-15.539l-18.727-43.01 33.7-33.214a12.943 12.943 0 0 0 3.343-14.47 12.947 12.947 0 0 0-12.47-8.092h-38.66l-20.086-43.304-2.721 1.262ZM324.047 170.97a3 3 0 0 1 3 3v11.375h11.375a3 3 0 1 1 0 6h-11.375v11.375a3 3 0 1 1-6 0v-11.375h-11.375a3 3 0 1 1 0-6h11.375v-11.375a3 3 0 0 1 3-3ZM213.838 233.26a3 3 0 0 1 3 3v11.375h11.375a3 3 0 1 1 0 6h-11.375v11.375a3 3 0 1 1-6 0v-11.375h-11.375a3 3 0 1 1 0-6h11.375V236.26a3 3 0 0 1 3-3Zm95.834-182.082a3 3 0 0 1 3 3v11.375h11.375a3 3 0 1 1 0 6h-11.375v11.375a3 3 0 1 1-6 0V71.553h-11.375a3 3 0 1 1 0-6h11.375V54.178a3 3 0 0 1 3-3Zm-280 80a3 3 0 0 1 3 3v11.375h11.375a3 3 0 1 1 0 6H32.672v11.375a3 3 0 1 1-6 0v-11.375H15.297a3 3 0 1 1 0-6h11.375v-11.375a3 3 0 0 1 3-3Z" fill="#F8F8FD"></path>
                     </g>
                     <defs>
                        <clipPath id="star_svg__a">
                           <path d="M0 0h286v187a8 8 0 0 1-8 8H0V0Z" fill="#fff"></path>
                        </clipPath>
                     </defs>
                  </svg>
               </div>
            </section>
            <div>
               <div class="offer-viewEv9Z6D offer-viewAbGWzs" data-scroll-id="recruitment-stages-1" data-test="section-recruitmentStages">
                  <div style="left: -442.717px; width: 1677px;" class="offer-viewpqcvQa">
                     <picture class="offer-view1-2C8a">
                        <source media="(min-width: 840px)" srcset="https://grubber.gpcdn.pl/companies/1074056223/background-images/9b030000-5dac-0015-af95-08db02ac10c5.png?width=1920 1x, https://grubber.gpcdn.pl/companies/1074056223/background-images/9b030000-5dac-0015-af95-08db02ac10c5.png?width=3840 2x">
                        <img alt="backgroundImage" data-test="section-recruitmentStages-image" src="https://grubber.gpcdn.pl/companies/1074056223/background-images/9b030000-5dac-0015-af95-08db02ac10c5.png" srcset="https://grubber.gpcdn.pl/companies/1074056223/background-images/9b030000-5dac-0015-af95-08db02ac10c5.png?width=960 1x, https://grubber.gpcdn.pl/companies/1074056223/background-images/9b030000-5dac-0015-af95-08db02ac10c5.png?width=1680 2x" class="offer-viewFocTrk">
                     </picture>
                  </div>
                  <div class="offer-viewIhPLvR">
                     <svg class="offer-viewkPz-zP" viewBox="0 0 64 64">
                        <path d="M6.469 15.531c-1.875 1.875-2.866 4.272-2.969 7.187v36.563c.103 2.918 1.094 5.312 2.969 7.187 1.875 1.876 4.218 2.813 7.031 2.813h36.719c2.812 0 5.156-.937 7.031-2.813 1.875-1.875 2.864-4.269 2.969-7.187V22.718c-.105-2.915-1.094-5.312-2.969-7.187-1.875-1.875-4.219-2.813-7.031-2.813h-8.438c0-2.915-.937-5.312-2.812-7.187-1.875-1.875-4.246-2.812-7.11-2.812-2.866 0-5.234.937-7.109 2.812-1.875 1.875-2.866 4.272-2.969 7.187H13.5c-2.813 0-5.156.938-7.031 2.813zM16.781 16v10h30V16h3.438c1.875 0 3.437.651 4.687 1.953 1.25 1.304 1.875 2.89 1.875 4.765v36.563c0 1.875-.625 3.464-1.875 4.766C53.656 65.351 52.094 66 50.219 66H13.5c-1.875 0-3.438-.649-4.688-1.953-1.25-1.302-1.928-2.891-2.031-4.766V22.718c.103-1.875.781-3.461 2.031-4.765C10.062 16.651 11.625 16 13.5 16h3.281zm3.438 0H43.5v6.718H20.219V16zm16.328-8.047c1.301 1.304 1.953 2.89 1.953 4.765H25.219c0-1.875.625-3.461 1.875-4.765 1.25-1.302 2.812-1.954 4.687-1.954 1.875 0 3.462.652 4.766 1.954zM48.344 32.25L26.781 53.812 18.5 45.531l-2.344 2.344L26.781 58.5l23.906-23.907-2.343-2.343z" class="offer-viewG-WNqG"></path>
                     </svg>
                     <span data-test="text-recruitmentStagesTitle" class="offer-view8bfXQJ">Etapy rekrutacji</span>
                  </div>
                  <div class="offer-viewehUktj">
                     <div class="offer-viewAWMBRg">
                        <span data-test="text-stageNumber" class="offer-views8wU1w">1</span>
                        <p data-test="text-stageDescription" class="offer-view5hP4xT">Rozmowa rekrutacyjna ok. 30 min</p>
                     </div>
                     <div class="offer-viewAWMBRg">
                        <span data-test="text-stageNumber" class="offer-views8wU1w">2</span>
                        <p data-test="text-stageDescription" class="offer-view5hP4xT">Spotkanie rekrutacyjne z klientem ok. 1h</p>
                     </div>
                  </div>
               </div>
            </div>
            <section data-scroll-id="about-us-extended-1" data-test="about-us-extended" class="offer-viewD-FOhz">
               <div class="offer-viewHBzjDW" data-scroll-id="about-us-description-1" data-test="block-description">
                  <div data-test="block-details" class="offer-viewf5LvD-">
                     <div data-test="block-header-box" class="offer-viewlsI4x8">
                        <h2 data-test="text-companyName" class="offer-viewj95Igi">IT CONNECT Sp. z o.o. Sp.k.</h2>
                     </div>
                     <div data-test="text-paragraphs" class="offer-viewr0S3zJ">
                        <p class="offer-viewfkAkeG">IT CONNECT to firma stworzona dla ludzi dynamicznych, realizujących się w codziennej pracy. Na bieżąco dysponujemy najciekawszymi propozycjami pracy w dziedzinie IT i technik, a nasi pracownicy pracują z najlepszymi i najbardziej znanymi firmami w Polsce. Poszukujemy zarówno doświadczonych specjalistów i menadżerów, jak również studentów ostatnich lat i świeżych absolwentów IT. Najważniejsza dla nas jest Twoja pasja i chęć samorealizacji. U nas będziesz realizować swoje marzenia!!</p>
                     </div>
                  </div>
                  <a data-test="anchor-company-details" href="#company-details" class="offer-viewPPFV5T">
                     Przewiń do profilu firmy
                     <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" class="offer-viewIi3RKg" viewBox="0 0 24 24">
                        <path d="M7.41 8.58 12 13.17l4.59-4.59L18 10l-6 6-6-6 1.41-1.42Z"></path>
                     </svg>
                  </a>
               </div>
            </section>
         </div>
      </div>
      <script>(function dispatchApplicationReady() {
         var readyEvent = ["kansas-offerview-ready","kansas-offerview-attached"][0];
         var attachedEvent = ["kansas-offerview-ready","kansas-offerview-attached"][1];
         
         var interval = 10;
         var fireEventInterval = setInterval(function() {
           window.dispatchEvent(new Event(readyEvent));
         }, interval);
         
         var afterAttachingListener = function() {
           clearInterval(fireEventInterval);
           window.removeEventListener(attachedEvent, afterAttachingListener);
         }
         
         window.addEventListener(attachedEvent, afterAttachingListener);
         })()
      </script>
   </div>
</div>
</div>
    <?php /*
   <div class="table-responsive">
     <table class="table table-striped">
     <thead>
       <tr>
    		<th scope="col"><?php echo Text::_('COM_JOBPOSITIONS_WALK_DATE'); ?></th>
<th scope="col"><?php echo Text::_('COM_JOBPOSITIONS_WALK_WEATHER'); ?></th>
</tr>
</thead>
<tbody>
   <?php foreach ($this->reports as $id => $report) : ?>
   <tr>
      <td><?php echo $report->date; ?></td>
      <td><?php echo $report->weather; ?></td>
   </tr>
   <?php endforeach; ?><?php //endif; ?>
</tbody>
</table>
</div>
*/?>
<a href="<?php echo Route::_('index.php?option=com_jobpositions'); ?>"><?php echo Text::_('COM_JOBPOSITIONS_WALK_BACK_TO_JOBLIST'); ?></a>
