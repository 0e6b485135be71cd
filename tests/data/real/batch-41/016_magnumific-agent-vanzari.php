<div class="section" id="career">
    <a class="anchor" name="cariera"></a>
    <section id="careersection">
        <div class="banner">
            <div class="container">
                <div class="content">
                    <p class="title"><?php _e( 'Carieră', 'mgm' ); ?>
                    </p>
                </div>
            </div>
        </div>
    </section>
    <div class="blue banner-bar title thin"><?php _e( 'Alătură-te echipei!', 'mgm' ); ?></div>
    <div class="jobs" style="visibility: hidden">
        <div id="telemarketing-position" class="job-position">
            <p class="title thin"><?php _e( 'Telemarketing', 'mgm' ); ?></p>
            <img id="telemarketing-logo" class="zoomable" src="/wp-content/themes/magnumific/pictures/Grafic/Telemarketing.png">
        </div>
        <div id="sales-position" class="job-position">
            <p class="title thin"><?php _e( 'Agent de vânzări', 'mgm' ); ?></p>
            <div id="sales-desc" class="description blue">
                <p class="bold">Agent de vanzari</p>
                <p>Cautam persoane dinamice, capabile de implicare in munca lor si dornice sa activeze intr-un mediu de lucru profesionist, orientat pe dezvoltarea continua a celor care intra in echipa noastra. Pentru noi, serviciile si solutiile aduse clientilor sunt cea mai buna carte de vizita si cea mai mare responsabilitate.</p>
                <p class="bold">Candidatul trebuie sa fie din urmatoarele orase:</p>
                <p>Satu Mare, Cluj Napoca, Iasi, Bistrita, Timisoara, Brasov, Targu Mures</p>
                <br/>
                <p class="bold">Candidatul trebuie sa aiba:</p>
                <ul>
                    <li>cunostinte tehnice in domeniul auto</li>
                    <li>experienta in vanzari</li>
                    <li>cunoasterea pietei locale de service-uri auto si vulcanizari</li>
                    <li>permis de conducere cat. B</li>
                    <li>disponibilitate pentru munca de teren</li>
                    <li>bune abilitati de comunicare si negociere</li>
                    <li>dorinta de a invata metode noi de lucru</li>
                </ul>
                <p class="bold">Responsabilitati:</p>
                <ul>
                        <li>promovarea produselor</li>
                        <li>dezvoltarea portofoliului de clienti
                        <li>mentinerea relatiilor cu clientii si gestionarea acestora
                        <li>intocmirea si transmiterea de rapoarte periodice
                </ul>
                <p class="bold">Oferta (bonusuri, beneficii):</p>
                <ul>
                        <li>pachet salarial atractiv</li>
                        <li>bonusuri in functie de performanta</li>
                        <li>masina de serviciu</li>
                        <li>telefon mobil</li>
                        <li>pregatire tehnica de specialitate</li>
                        <li>training-uri de dezvoltare a abilitatilor specifice activitatii</li>
                </ul>
            </div>
            <img id="sales-logo" class="zoomable" src="/wp-content/themes/magnumific/pictures/Grafic/Vanzari.png">
        </div>
    </div>
    <div id="candidate-form">
        <?php echo do_shortcode( '[contact-form-7 id="65" title="Alege postul dorit și trimite CV-ul direct de pe site!"]' ); ?>
    </div>
</div>
<div class="section-separator"></div>
