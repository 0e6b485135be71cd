import Layout from '@theme/Layout';
import Head from '@docusaurus/Head';

import React, { useEffect, useState } from 'react';

const FILE_EVENT_ID = 'jobs-link-clicked';

import { triggerTrackingEvent } from '../components/trigger-event';
import { IframeFormModal, Modal } from '../components/modal';
import { Button } from '../components/button';
import { JOBS_TITLE } from '../constants';

/**
 * Pipedrive webform for job applications. Both positions use the same form,
 * the applicant picks the position inside it.
 */
const JOBS_FORM_IFRAME_URL = 'https://webforms.pipedrive.com/f/czK0WxW1wnP2HOdt6VkTVENuSfO4WvZsVeFXTCAy1a6wazfJcSa0BHBiWNoj1YKZTZ';

/**
 * The conditions are identical for both positions, so they live in one place
 * and are rendered into each advert. Each advert has to stand on its own,
 * because a visitor reads one of them and never the other.
 */
const CONDITIONS = [
    '20 € pro Stunde',
    '10 bis 20 Stunden pro Woche, flexibel nach Vorlesungsplan',
    'regelmäßig vor Ort in Stuttgart, zeitweise auch aus dem Homeoffice',
    'Eintritt nach Absprache, auch mitten im Semester',
    'deine Arbeit ist Open Source und bleibt unter deinem Namen sichtbar'
];

/**
 * This page is in German on purpose. Both positions are German
 * Werkstudenten jobs in Stuttgart, so the page sets its own lang
 * attribute instead of inheriting the site default.
 */
const JOBS = [
    {
        id: 'frontend',
        title: 'Werkstudent (m/w/d) Developer Experience, Schwerpunkt Frontend',
        teaser: 'Du arbeitest an RxDB selbst und daran, dass Entwickler schneller damit zurechtkommen.',
        tasks: [
            'Analyse, woran Entwickler beim Einstieg in RxDB hängen bleiben, und Behebung der Ursachen im Code',
            'Mitarbeit an der öffentlichen Schnittstelle der Bibliothek, damit sie sich vorhersehbar verhält',
            'Verbesserung der Rückmeldungen, die RxDB im Fehlerfall gibt',
            'Rückführung wiederkehrender Fragen aus der Community in Produkt und Dokumentation'
        ],
        requirements: [
            'Studium der Informatik, Softwaretechnik, Medieninformatik oder eines vergleichbaren Fachs',
            'sicherer Umgang mit TypeScript, Erfahrung mit einem Frontend-Framework ist von Vorteil',
            'eigene veröffentlichte Projekte, ein GitHub-Profil ersetzt bei uns das Anschreiben'
        ]
    },
