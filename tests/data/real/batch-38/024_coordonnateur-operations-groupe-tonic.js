// Job Listings Data
// To add a new job: Add a new object to the beginning of this array
// To edit: Modify the existing object
// To remove: Delete or comment out the object

const jobListings = [
    {
        id: 1,
        datePosted: "2024-11-20",
        title: "Coordonnateur(trice) aux opérations - Beach Pro Tour",
        department: "Événements",
        type: "Temps plein",
        location: "Montréal, QC",
        summary: "Nous recherchons un(e) coordonnateur(trice) dynamique pour joindre l'équipe du Beach Pro Tour Montréal.",
        description: `
            <p>Groupe Tonic est à la recherche d'un(e) coordonnateur(trice) aux opérations pour le Beach Pro Tour Montréal 2025. Relevant du directeur de l'événement, la personne sera responsable de la coordination logistique de cette compétition internationale de volleyball de plage.</p>
            
            <h3>Responsabilités principales</h3>
            <ul>
                <li>Coordonner la logistique des équipes internationales (hébergement, transport, accréditations)</li>
                <li>Gérer les relations avec les fournisseurs et partenaires</li>
                <li>Superviser le montage et démontage du site de compétition</li>
                <li>Assurer la liaison avec la Fédération Internationale de Volleyball</li>
                <li>Participer à l'élaboration du plan d'opérations</li>
            </ul>
            
            <h3>Qualifications requises</h3>
            <ul>
                <li>Baccalauréat en gestion d'événements, administration ou domaine connexe</li>
                <li>2-3 ans d'expérience en coordination d'événements sportifs</li>
                <li>Excellente maîtrise du français et de l'anglais (parlé et écrit)</li>
                <li>Capacité à travailler sous pression et gérer plusieurs dossiers simultanément</li>
                <li>Disponibilité pour travailler les soirs et fins de semaine durant l'événement</li>
            </ul>
            
            <h3>Atouts</h3>
            <ul>
                <li>Connaissance du volleyball de plage</li>
                <li>Expérience avec des événements internationaux</li>
                <li>Permis de conduire valide</li>
            </ul>
        `,
        salary: "Selon expérience",
        startDate: "Mars 2025",
        emailSubject: "Candidature - Coordonnateur(trice) aux opérations Beach Pro Tour"
    },
