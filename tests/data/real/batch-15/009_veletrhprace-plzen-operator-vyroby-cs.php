<?php
use Pes\View\Renderer\PhpTemplateRendererInterface;
use Model\Entity\PaperAggregateInterface;
use Pes\Text\Text;
use Pes\Text\Html;

/** @var PhpTemplateRendererInterface $this */
/** @var PaperAggregateInterface $paperAggregate */

?>
<div class="vypis-prac-pozic">
    <div class="ui styled fluid accordion">
        <div class="title">
            <p class="podnadpis"><i class="dropdown icon"></i>Operátor výroby, Rakovník  <span class="ui big red tag label">výroba/dělnická</span></p>
        </div>
        <div class="content">
            <div class="ui grid stackable">
                <div class="row">
                    <div class="four wide column"><b>Místo výkonu práce:</b></div>
                    <div class="six wide column">Rakovník</div>
                </div>
                <div class="row">
                    <div class="four wide column"><b>Požadované vzdělání:</b></div>
                    <div class="six wide column">Bez omezení</div>
                </div>
                <div class="row">
                    <div class="four wide column">
                        <p><b>Popis pracovní pozice:</b></p>
                    </div>
                    <div class="twelve wide column"><p>Práce v čistém a nehlučném prostředí. Montáž klimatizačních jednotek a kontrolních panelú do aut.</p></div>
                </div>
                <div class="row">
                    <div class="eight wide column">
                        <p><b>Požadujeme:</b></p>
                        <ul>
                            <li>základní vzdělání</li>
                            <li>manuální zručnost</li>
                            <li>ochotu učit se novým věcem</li>
                            <li>spolehlivost</li>
                        </ul>
                    </div>
                    <div class="eight wide column">
                        <p><b>Nabízíme:</b></p>
                        <ul>
                            <li>nástupní mzdu 23500 Kč, průměrnou mzdu s příplatky za směny až 30000 Kč měsíčně</li>
                            <li>6 týdnů dovolené</li>
                            <li>Měsíční a pololetní bonus</li>
                            <li>Podporu mobility (náhrada výdajů na dojíždění)</li>
                            <li>Příspěvek na penzijní připojištění 5 % z hrubé mzdy</li>
                            <li>Dotovanou kantýnu</li>
                            <li>Příspěvek na volnočasové aktivity ve formě poukázek FlexiPass</li>
                            <li>Svozovou dopravu zdarma</li>
                        </ul>
                    </div>
                </div>
            </div>
        </div>

    </div>
</div>


