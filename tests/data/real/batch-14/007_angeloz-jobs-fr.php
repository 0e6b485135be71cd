		 <div class="sixteen columns clearfix">
			<div class="eight columns alpha container-img">
				<p>Chaque année nous formons des apprenti(e)s</p>
				<h3>Gestionnaire du commerce de détail</h3>
				<h4>Notre offre</h4>
				<ul>
					<li>Un environnement d’apprentissage stimulant et convivial</li>
					<li>Des formations internes en connaissances marchandise et vente</li>
					<li>La possibilité d’acquérir des compétences dans plusieurs départements (confection femme, confection homme, young fashion)</li>
				</ul>
				<h4>Nos attentes</h4>
				<ul>
					<li>De bons résultats aux examens de fin de scolarité </li>
					<li>Une curiosité et une ouverture d’esprit</li>
					<li>Un contact agréable à la clientèle</li>
					<li>Un contact agréable à la clientèle</li>
					<li>Une présentation soignée et une bonne expression orale</li>
				</ul>
				<p>Nous attendons votre dossier de candidature avec lettre de motivation, CV et photo à : </p>
				<p>LES BOUTIQUES ANGÉLOZ SA<br>
				Ressources Humaines<br>
				Rue de Romont 33 • CP 6 • 1701 Fribourg<br>
				rh@angeloz-mode.ch
				</p>
			</div>

			<div class="eight columns omega container-img">
				<p>Pour compléter nos équipes de vente, nous cherchons :</p>
				<h3>Conseiller de vente (m/w) 60-100%</h3>
				<h4>Vos responsabilités</h4>
				<ul>
					<li>Servir notre clientèle avec compétence</li>
					<li>Collaborer au visual merchandising</li>
				</ul>
				<h4>Votre profil</h4>
				<ul>
					<li>Passionné(e) par l’univers de la mode, vous avez une expérience de 3 ans minimum dans ce domaine</li>
					<li>Vous possédez d’excellentes compétences relationnelles et vous savez vous adapter à la clientèle autant francophone qu’alémanique </li>
					<li>Vous maîtrisez les techniques de vente et aimez les challenges</li>
				</ul>
				<p>Nous attendons votre dossier de candidature avec lettre de motivation, CV et photo à : </p>
				<p>LES BOUTIQUES ANGÉLOZ SA<br>
				Ressources Humaines<br>
				Rue de Romont 33 • CP 6 • 1701 Fribourg<br>
				rh@angeloz-mode.ch
				</p>
			</div>
		</div>
