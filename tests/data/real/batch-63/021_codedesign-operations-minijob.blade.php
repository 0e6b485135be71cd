@extends('_layouts.master')

@section('body')
<main class="p-8 bg-purple">
    <div class="text-3xl mb-4 text-white">Jobs</div>
    <div class="p-8 rounded bg-white">
        <h2><strong>Über Code+Design Initiative e.V.</strong></h2>

        <ul>
            <li>Wir sind ein gemeinnütziger Verein
            <li>Unsere Mission: Wir begeistern Jugendliche für die digitalen Berufe – vor allem Mädels
            <li>Wir organisieren Events mit bis zu 100 Jugendlichen in ganz Deutschland
            <li>Auf den Events erleben die Jugendliche die Arbeitswelt von morgen schon heute: im Team entwickeln sie digitale Produkte</li>
        </ul>

        <div class="text-2xl mt-8">Offene Stellen</div>


            <h2 class="mt-4"><strong>Operations (10h/Woche, Mini-Job)</strong></h2>

            <ul>
                <li>"Du bist gut organisiert und liebst es, aufzuräumen"</li>
                <li>"Deine Aufgabe ist es, Papiere und Belege in Ordnung zu bringen und halten"</li>
                <li>
                    Aufgaben
                    <ul>
                        <li>Eingehende Dokumente (Post, Belege) verwalten</li>
                        <li>Belege und Dokumente scannen und ordnen</li>
                        <li>Belege verbuchen (in Zusammenarbeit mit Geschäftsführer und Steuerberater)</li>
                        <li>Fragen für Steuerberater vorbereiten</li>
                        <li>Absprache mit Steuerberater durchführen</li>
                        <li>Optimierung und Dokumentation von Standardabläufen (Buchhaltung, Dokumente)</li>
                    </ul>
                </li>
                <li>
                    Voraussetzungen
                    <ul>
                        <li>Strukturiertes selbstständiges Arbeiten</li>
                        <li>Schnelles Einarbeiten in Software</li>
                        <li>Interesse an Finanzthemen, v.a. Buchhaltung</li>
                        <li>Sehr gute Deutschkenntnisse</li>
                        <li>Keine Buchhaltungskenntnisse notwendig</li>
                    </ul>
                </li>
                <li>
                    Rahmen
                    <ul>
                        <li>Mini-Job (450€ Basis)</li>
                        <li>10h die Woche (5x2h oder 2x3+1x4h)</li>
                        <li>Zu Beginn: Präsenz in CODE (Lohmühlenstraße 65, 12435 Berlin), nach Probezeit</li> auch teilweise Home Office möglich</li>
                        <li>Intensive Einführung durch und enge Zusammenarbeit mit Geschäftsführer</li>
                    </ul>
                </li>
            </ul>


            <a href="https://airtable.com/shrhta2PLPGP2742r" target="_blank" class="inline-block mt-4 mb-4 bg-purple p-4 text-white">Bewerben</a>

