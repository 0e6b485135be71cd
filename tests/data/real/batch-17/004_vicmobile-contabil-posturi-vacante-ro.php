<section>
    <div class="dirs_menu">
        <div class="wrap">
            <a href="javascript:;">Principala »</a>
            <a href="javascript:;">Transparenta »</a>  
            <a href="javascript:;">Informații publice »</a>                
            <a href="javascript:;">Posturi vacante curente</a>
        </div>
    </div>
    <div class="wrap">
        <p class="c_title">Posturi vacante curente</p>
        <div class="right">
            <ul class="right_menu">
                <li><a href="javascript:;">Anunțuri </a></li>
                <li><a href="javascript:;">Achiziții publice </a></li>
                <li class="active" ><a href="javascript:;">Posturi vacante curente</a></li>
                <li><a href="javascript:;">Stagii și voluntariat în cadrul primăriei</a></li>
            </ul>
        </div>
        <div class="left">
            <div class='ldmbox'>
                <p class='title'>
                    Contabil
                </p>
                <div class='data'>
                    <p class="nr">24 Iul 2014, 15:03</p>
                    </div>
                <div class='p_i'>
                    <p>Cautati un serviciu care îţi poate aduce satisfacţie şi dezvoltare? </p>
                    <p>Care îţi va pune în valoare potenţialul şi unde vei putea să-ţi manifeşti cunoştinţele pe deplin?</p>
                    <p>Atunci postul vacant de contabil in compania ICS „Vicmobile” SRL, este pentru D-voastră.</p>
                </div>
                <div class='ldm_li'>
                    <p>Cerinţe faţă de candidat:</p>
                    <ul>
                        <li>Studii superioare de profil (contabilitate, economie, finanţe);</li>
                        <li>Experienţă în poziţie similară – minim 2 ani;</li>
                        <li>Deprinderi avansate PC (MS Office, 1C);</li>
                        <li>Cunoaşterea limbii române şi ruse;</li>
                        <li>Orientare spre instruire;</li>
                        <li>Responsabilitate, organizare, atenţie la detalii;</li>
                        <li>Rezistenţă la stres;</li>
                    </ul>
                </div>
                <div class='ldm_li'>
                    <p>Sarcini de lucru:</p>
                    <ul>
                        <li>Introducerea, emiterea şi evidenţa facturilor fiscale; </li>
                        <li>Primirea şi verificarea documentelor contabile primare şi pregătirea lor pentru procesul de numărare.</li>
                        <li>Evidenţa intrărilor şi ieşirilor mijloacelor băneşti (casa);</li>
                        <li>Păstrarea competentă şi veridică a evidenţei contabile;</li>
                    </ul>

                </div>
                <div class="ldm_middle">
                    <p class="tda">
                        Termen limita de aplicare : <span>4 sept 2014</span>
                    </p>
                </div>
                <hr>
                <form action="" method="">
                    <input type='text' placeholder="Nume,Prenume"/>
                    <div class="upload">Incarca CV</div>
                    <input type="file" name="upload" id='upload'/>
                    <input type='submit' value='Trimite'/>
                </form>
                <div class='clearfix'></div>
                <div class='socials'>
                    <div id="vk_like"></div>
                    <div id="ok_shareWidget"></div>
                    <div class="fb-like" data-href="https://developers.facebook.com/docs/plugins/" data-width="125" data-layout="button_count" data-action="like" data-show-faces="false" data-share="false"></div>
                    <div class="clearfix"></div>
                </div>
                <div class="hr_grey"></div>
            </div>
        </div>        
        <div class='left'>
            <ul class="l_a">
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Casa noua!!!! Urgent!!!!</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>împrumut rapid la rate ale dobânzii scăzute</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Cursuri gratuite de tinichigiu, mecanic si electrician auto pentru someri, cu sprijin la angajare</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Cursuri gratuite pentru someri. Ingrijitoare copil, lucrator in comert</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Casa noua!!!! Urgent!!!!</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>împrumut rapid la rate ale dobânzii scăzute</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Cursuri gratuite de tinichigiu, mecanic si electrician auto pentru someri, cu sprijin la angajare</p></a></li>
                <li><a href="javascript:;">
                        <span> 29 Iul 2014 <img src="<?= res('assets/img/v_arrow_l.png'); ?>"></span>
                        <p>Cursuri gratuite pentru someri. Ingrijitoare copil, lucrator in comert</p></a></li>
            </ul>

            <div class="clearfix"></div>

            <div class='pag'>
                <span class='w_p'>Pagina</span>
                <span class='p_n'><a href='javascript:;'>Precedenta</a></span>
                <ul>
                    <li><a href="javascript:;">1</a></li>
                    <li class='active'><a href="javascript:;">2</a></li>
                    <li><a href="javascript:;">3</a></li>
                    <li><a href="javascript:;">4</a></li>
                    <li><a href="javascript:;">5</a></li>
                </ul>
                <span class='n_p'><a href='javascript:;'>următoarea</a></span>
            </div>
        </div>

        <div class="clearfix"></div>
    </div>
</section>
