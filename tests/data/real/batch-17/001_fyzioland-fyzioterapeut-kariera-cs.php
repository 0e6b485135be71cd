<?php
$pageTitle = "Fyzioland - kariéra";
include "header.php";
?>

<script type="text/javascript">
	/* <![CDATA[ */
	var seznam_retargeting_id = 57208;
	/* ]]> */
</script>
<script type="text/javascript" src="//c.imedia.cz/js/retargeting.js"></script>

<style>
html {
  scroll-behavior: smooth;
}
</style>

<div class="container-fluid">
    <div id="navbar">
        <nav class="navbar navbar-default navbar-fixed-top">
            <div class="container-fluid">
                <!-- Brand and toggle get grouped for better mobile display -->
                <div class="navbar-header">
                    <button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#top-menu" aria-expanded="false">
                        <span class="sr-only">Toggle navigation</span>
                        <span class="icon-bar"></span>
                        <span class="icon-bar"></span>
                        <span class="icon-bar"></span>
                    </button>
                    <a class="navbar-brand" href="#">
                        <img alt="Fyzioland" src="img/Logo.png" class="hidden-lg hidden-md hidden-sm" id="brand-logo">
                    </a>
                </div>

                <!-- Collect the nav links, forms, and other content for toggling -->
                
                <div class="collapse navbar-collapse" id="top-menu">
                    <ul class="nav navbar-nav">
                        <li><a href="#detskaErgo">Dětská ergoterapeutka</a></li>                        
                        <li><a href="#detskaFyzio">Fyzioterapeut/ka pro děti</a></li>
                        <li><a href="#dospelaFyzio">Fyzioterapeut/ka pro děti a dospělé</a></li>                                                
                        <li><a href="#kontakty">Kontakt</a></li>
                    </ul>
                </div><!-- /.navbar-collapse -->
            </div><!-- /.container-fluid -->
        </nav>
    </div>
    <div id="vyrovnani-menu"></div>

    <div class="row" id="proc-si-vybrat-prave-nas">
        <div class="col-lg-6 col-lg-offset-3">
            <div class="col-md-12 text-center nadpis" style = "font-size:18pt">
                Proč pracovat právě ve FL<br>
                <div class="underline"></div>
            </div>
            <div class="col-md-12 text-center small">
                <div class="col-md-6">                    
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Moderní a skvěle vybavané pracovní prostředí
                        </div>
                        <p>Naše prostorné cvičebny jsou vybaveny vším, co byste jen mohli k práci potřebovat.</p>
                    </div>
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Přátelská a inspirující atmosféra
                        </div>
                        <p>Tvoříme jeden tým, vzájemně se podporujeme, inspirujeme, předáváme si zkušenosti a panuje mezi námi přátelská atmosféra.</p>
                    </div>  
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Motivující odměna a benefity
                        </div>
                        <p>Nabízíme zajímavé finanční ohodnocení, 5 týdnů dovolené, příspěvek na MultiSport kartu a další motivační benefity.</p>
                    </div>   
                </div>
                <div class="col-md-6">                                                         
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Podpora vzdělávání
                        </div>
                        <p>Podporujeme další vzdělávání všech členů týmu různou formou (účast na kurzech, interní workshopy, konference  mnoho dalšího). Roční příspěvky na školení dle vlastního výběru.</p>
                    </div>
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Parkování zdarma
                        </div>
                        <p>Pokud jezdíte rádi do práce autem, u nás bez problému a zdarma zaparkujete přímo před klinikou.</p>
                    </div>
                </div>
            </div>
            <div class="col-md-12 vypln"></div>
            <div class="col-md-12 text-center podnadpis"></div>  
        </div>
    </div>
    
    <!----------------------------------------->
    <!-- ZELENÉ KOSTKY S OTEVŘENÝMI POZICEMI -->
    <!----------------------------------------->
    
    <div class="row" id="cviceni" style="padding-bottom: 45px;">
        <div class="col-lg-10 col-lg-offset-1">
            <div class="col-md-12 text-center" style = "font-size:18pt">
                Aktuální otevřené pozice<br>
                <div class="underline"></div>
            </div>
            <div class="hidden-md hidden-lg vypln"></div>
            
            <div class="col-md-4" id ="detskaErgoNabidka">
                <a href="#detskaErgo">
                    <div class="col-md-10 col-md-offset-1 green-panel">
                        <img src="img/cviceni-skupinova-cviceni.png" data-mouse-action-image="img/cviceni-skupinova-cviceni-modra.png" title="Dětská ergoterapeutka">
                        <div class="nadpis" style = "font-size:20pt">
                            Dětská ergoterapeutka
                        </div>
                        <div class="telo" style="font-size: 150%">
                            Pozice vhodná také pro absolventy bakalářského nebo magisterského studia. Nástup možný ihned nebo dle dohody. 
                        </div>
                        
                        <div class="arrow"></div>
                        <div class="vypln"></div>
                    </div>
                </a>
                <div class="hidden-md hidden-lg vypln"></div>
            </div>
            
            <div class="col-md-4" id ="detskaFyzioNabidka">
                <a href="#detskaFyzio">
                    <div class="col-md-10 col-md-offset-1 green-panel">
                        <img src="img/cviceni-skupinova-cviceni.png" data-mouse-action-image="img/cviceni-skupinova-cviceni-modra.png" title="Dětská ergoterapeutka">
                        <div class="nadpis" style = "font-size:20pt">
                            Fyzioterapeut/ka pro děti
                        </div>
                        <div class="telo" style="font-size: 150%">
                           Preferujeme magisterský stupeň vzdělání. Pozice vhodná také pro absolventy. Nástup možný ihned nebo dle dohody.
                        </div>
                        <div class="telo">
                            
                        </div>
                        <div class="arrow"></div>
                        <div class="vypln"></div>
                    </div>
                </a>
                <div class="hidden-md hidden-lg vypln"></div>
            </div>
            
            <div class="col-md-4">
                <a href="#dospelaFyzio">
                    <div class="col-md-10 col-md-offset-1 green-panel">
                        <img src="img/cviceni-skupinova-cviceni.png" data-mouse-action-image="img/cviceni-skupinova-cviceni-modra.png" title="Dětská ergoterapeutka">
                        <div class="nadpis" style = "font-size:20pt">
                            Fyzioterapeut/ka pro děti a dospělé
                        </div>
                        <div class="telo" style="font-size: 150%">
                            Pozice vhodná pro kandidáty s magisterským titulem a praxí alespoň 2 roky. Nástup možný ihned nebo dle dohody.
                        </div>
                        <div class="telo">
                            
                        </div>
                        <div class="arrow"></div>
                        <div class="vypln"></div>
                    </div>
                </a>
                <div class="hidden-md hidden-lg vypln"></div>
            </div>                                                  
        </div>
    </div>    
    
    <!------------------------------------------->
    <!---- DĚTSKÁ + DOSPĚLÁ FYZIO - DETAIL ------>
    <!------------------------------------------->
    
    <div class="row" style="margin-top: 15px;" id="dospelaFyzio">
        
        <div class="row" id="proc-si-vybrat-prave-nas">
            <div class="col-lg-6 col-lg-offset-3">
                <div class="col-md-12 text-center nadpis" style = "font-size:23pt">
                    FYZIOTERAPEUT/KA PRO DĚTI A DOSPĚLÉ<br>
                    <div class="underline"></div>
                </div>
                <!--
                <div class="col-md-12 text-center">
                    <img src="img/DetskaErgoVolnaPozice.jpg" title="Dětská ergoterapeutka">                                
                </div>
                -->
                <div class="col-md-12 text-center small" style = "margin-top: 15px;">
                    <div class="col-md-6">                    
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Zajímavá a smysluplná práce v moderním prostředí
                            </div>
                            <p> Budete se setkávat se širokou škálou diagnóz, dětskými i dospělými klienty, chonickými a aktulními stavy. Vaše práce bude velmi pestrá. Naše cvičebny jsou skvěle vybavené a najdete v nich vše, co budete pro práci potřebovat.</p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Možnost plného nebo částečného úvazku
                            </div>
                            <p>Nemůžete nebo nechcete pracovat na plný úvazek? U nás to není problém. Dokážeme však ocenit, pokud máte zájem o plný úvazek.</p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Zapojení do celého multidisciplinárního týmu
                            </div>
                            <p>Pracujeme jako jeden tým. Společné konzultace s ostatními kolegy fyzioterapeuty a ergoterapeuty jsou u nás bežné. Máte možnost se něco přiučit, inspirovat se a příspět k rozvoji klientů ze své zkušenosti a svého pohledu.</p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Mladý kolektiv
                            </div>
                            <p>Staňte se součástí mladého, dynamického a přátelského kolektivu.</p>
                        </div>   
                    </div>
                    <div class="col-md-6">                                         
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Vhodné pro zkušenější fyzioterapeuty
                            </div>
                            <p>Vzhledem k šíři záběru z hlediska klientů a diagnóz je tato pozice vhodná pro fyzioterapeuty s praxí. Absolvované kurzy jsou velkou výhodou.</p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Finanční ohodnocení a benefity
                            </div>
                            <p>Nabízíme zajímavé finanční ohodnocení, benefity (příspěvek na MultiSport kartu), 5 týdnů dovolené a roční příspěvky na kurzy dle vlastního výběru.</p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Různě zaměřené cvičebny
                            </div>
                            <p>Mámě několik cvičeben různého zaměření. U nás fyzioterapie probíhá i v multisenzorické mísnosti. </p>
                        </div>
                        <div class="duvod-proc-nas">
                            <div class="nadpis">
                                Skupinová cvičení děti i dospělé
                            </div>
                            <p>Pokud Vás to baví, můžete u nás vést i skupinová cvičení. </p>
                        </div>
                    </div>
                </div>
                <div class="col-md-12 vypln"></div>
                <div class="col-md-12 text-center podnadpis"></div>         
            </div>
            
            <div class="col-md-12 text-center nadpis" style = "font-size:18pt; color:gray">
                Ukázka cvičeben a terapií<br>
                <div class="underline"></div>
            </div>

           <div class="col-md-9 col-md-offset-2">
                <div class="col-md-12 text-center">
                    <div id="slideshow-dospelaFyzio">                    
                        <div> <img src="img/FyzioDospela_1.png" title="Fyzioterapie"> </div>
                        <div> <img src="img/FyzioDetska_2.png" title="Fyzioterapie u dětí"> </div>
                        <div> <img src="img/Fyzio306x230_1.jpg" title="Fyzioterapie"> </div>
                        <!--<div> <img src="img/FyzioDospela_2.png" title="Fyzioterapie"> </div>-->
                        <div> <img src="img/Fyzio306x230_3.jpg" title="Fyzioterapie"> </div> 
                        <div> <img src="img/FyzioDetska_1.png" title="Fyzioterapie u dětí"> </div>
                        <div> <img src="img/magnet306x230.png" title="Fyzioterapie"> </div>                     
                        <div> <img src="img/MABC_7.png" title="Testy MABC-II"> </div> 
                    </div>
                </div>
            </div> 
            
            <div class="col-lg-6 col-lg-offset-3 text-center small"  style = "margin-top: 15px;">
                <div class="col-md-12 text-center nadpis" style = "margin-top: 15px; font-size:18pt; color:gray">
                    Zaujala Vás naše nabídka?<br>
                    <div class="underline"></div>                            
                </div>
                <div class="col-md-6">                    
                    <div class="duvod-proc-nas">                        
                        <div class="nadpis">
                           Rádi se s Vámi setkáme v naší klinice
                        </div>
                        <p>Ozvěte se nám na tel. číslo 606 769 852 a domluvíme si schůzku našeho setkání. Rádi Vás pozveme k nám, ukážeme naše prostory a zodpovíme všechny Vaše dotazy k nabízené pozici.</p>
                    </div>

                </div>
                <div class="col-md-6">
                    <div class="duvod-proc-nas">
                        <div class="nadpis">
                            Životopis
                        </div>
                        <p>Zašlete nám prosím svůj aktuální životopis na info@fyzioland.cz.</p>
                    </div>                                        
                </div>
            </div>            
        </div>    
    </div>
    
    <div class="row" style="padding-bottom: 35px;">
        <div class="col-md-2 col-md-offset-5 text-center" id="title-online" >
            <div>
                <a href="/">Zpět na hlavní stránku</a>
            </div>
        </div>        
    </div>  
    
</div>         
<?php include "footer.php";?>