export const offers = [{
  id: 1
  , title: "Chauffeur SPL Caisse Mobile"
  , detail: "Vous conduisez des poids lourds et caisses mobiles, et vous vous assurez de la qualité de vos transports."
  , contract: "CDI"
  , location: "ÎLE-DE-FRANCE"
  , bannerImage: "assets/img/join-group/chauffeur-spl.webp"
  , description: `GAF est une société spécialisée dans le transport de marchandises avec la mise 
  à disposition de chauffeurs. Depuis plus de 10 ans maintenant, nous accompagnons nos clients qui nous font 
  confiance et pour qui nous mettons chaque jour tout en œuvre afin d’être leur 
  accélérateur logistique privilégié.<br/>
  « L’humain au cœur de la réussite »<br/>
  Le bien-être de nos collaborateurs et leur qualité de vie au travail sont essentiels à nos yeux car ils sont 
  les garants de la qualité de service que nous fournissons. Nos équipes sont les atouts majeurs de notre stratégie.
  <br/>
  <br/>
  <strong>Nous recrutons un(e) chauffeur routier SPL</strong>
   <br/><br/>
  Au sein de notre équipe de chauffeurs, votre rôle ne se limite pas à la conduite d’un véhicule, vos principales missions seront les suivantes :
  <ul>
    <li>Préparer le camion avant le départ (nettoyage, lavage, vérification),</li>
    <li>Effectuer le chargement du camion, ou veiller à son bon déroulement, s’assurer de la conformité du chargement (poids, répartition de la charge, conformité au règlement de transport de matières dangereuses),</li>
    <li>Contrôler le déchargement,</li>
    <li>Remplir les documents administratifs : bordereaux de livraison, formalités douanières,</li>
    <li>Assurer l’entretien du camion : vidange, graissage et faire réaliser le contrôle du bon état du véhicule (révision, contrôle technique),</li>
    <li>Signaler toute défaillance de fonctionnement ou de conformité du véhicule,</li>
    <li>Vous connaissez le principe et les manutentions des caisses mobiles,</li>
    <li>Vous savez encaisser et décaisser.</li>
  </ul>
  
  <strong>Profil recherché – Compétences requises</strong>
  <br/>
  Vous connaissez les règles de sécurité et respecter le code de la route, vous savez conduire un véhicule avec un 
  maximum d’économie d’énergie, vous utilisez des dispositifs électroniques embarqués : repérage par satellite, GPS, 
  informatique embarquée… Vous savez également gérer votre temps, prévoir votre itinéraire, respecter un horaire.<br/>
  Outre un bon état physique général (acuité visuelle et bon niveau d’audition, absence d’antécédents cardiaques), 
  vous êtes doté d’une bonne capacité d’attention et d’une grande réactivité. Autonome dans votre travail, vous avez 
  le sens des responsabilités et de l’initiative, et le goût du relationnel. Enfin, vous ne redoutez pas d’affronter des 
  conditions de route parfois difficiles ni de s’absenter régulièrement, parfois loin de votre domicile.<br>
  <strong>Votre formation :</strong><br/>
  Vous devez impérativement posséder le permis C ou E est indispensable ainsi que les éléments suivants :
  <ul>
    <li>FIMO, Formation initiale minimum obligatoire (dans toute l’Europe),</li>
    <li>Carte de qualification de conducteur, à compter du 10 septembre 2009.</li>
    <li>Formation ADR facultative mais souhaitable.</li>

  </ul>
  Type d’emploi : Temps plein, CDI<br/>
  Horaires : Travail du Lundi au Vendredi
`
}, {
