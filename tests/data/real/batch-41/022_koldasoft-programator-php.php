<?php  //Job - hledame externisty

  echo("          <div class=\"text_box\">
            <h1>$page_name</h1>
            <p>".(mylink("o-nas", "Rozvíjející se firma")).", působící především v&nbsp;oblasti tvorby ".(mylink("pozadavky-kvalitni-stranky", "kvalitních webových stránek")).", hledá nové kolegy do ".(mylink("nas-tym", "týmu"))." na pozice externistů:</p>
          </div>  
          <div class=\"text_box\">


            <div class=\"float_box question\">
              <div class=\"title\"><strong>Jste programátor?</strong></div>
              <p>Rádi programujete? Jsou u Vás slova jako třída, objekt, dědičnost či rekurze na denním pořádku? Chtěli byste se podílet na vývoji webových aplikací a skriptů? Pak hledáme přesně Vás!</p>
              <div class=\"bottom\"></div>
            </div>

            <h2 id=\"pozice\">Programátor PHP, MySQL</h2>
            <ul>
              <li>vývoj aplikací a jejich částí na základě analýzy</li>
              <li>práce s&nbsp;aktuálními verzemi PHP, MySQL, atd.</li>
              <li>ladění a optimalizace výkonu aplikací</li>
              <li>přidělování práce podle schopností a s&nbsp;přihlédnutím k&nbsp;vlastním preferencím</li>
              <li>spolupráce v&nbsp;týmu založená na zaběhlých pravidlech</li>
              <li>oceníme kreativní přístup k&nbsp;vlastnímu řešení</li>
            </ul>  
            <p><strong>Pozn.:</strong> Vzhledem k potřebě velmi úzké spolupráce v současnosti požadujeme možnost osobního jednání v&nbsp;naší kanceláři v Pardubicích 1&ndash;2&nbsp;× týdně.</p>
            <h2 id=\"pozadujeme\">Požadujeme</h2>
            <ul>
              <li>spolehlivost</li>
              <li>komunikativnost</li>
              <li>samostatnost a zároveň i schopnost práce v&nbsp;týmu</li>
              <li>chuť se nadále zlepšovat a učit</li>
              <li>znalost a zkušenost prostředí, ve kterém chcete pracovat (práce by měla být koníčkem)</li>
            </ul>  
            <h2 id=\"nabizime\">Nabízíme</h2>
            <ul>
              <li>práci bez úvazků</li>
              <li>práci dle Vašich možností</li>
              <li>práci doma - <strong>snadno skloubitelnou se studiem</strong></li>
              <li>vyzkoušení práce v&nbsp;oboru a týmu</li>
              <li>v případě, že se spolupráce osvědčí, možnost dalšího osobního růstu</li>
            </ul>  

            <div class=\"float_box info\">
              <div class=\"title\"><strong>Naše letáčky</strong></div>
              <p>Stáhněte si naše letáčky ve formátu PDF.</p>
              <ul>
                <li><a href=\"".$cesta."files/koldasoft-naborovy-letacek-programator.pdf\" title=\"Náš letáček na pozici programátor (PDF, 52.1&nbsp;kB)\">letáček na pozici programátor</a></li>
                <li><a href=\"".$cesta."files/koldasoft-naborovy-letacek-webdesigner.pdf\" title=\"Náš letáček na pozici grafik (PDF, 52.1&nbsp;kB)\">letáček na pozici grafik</a></li>
              </ul>
              <div class=\"bottom\"></div>
            </div>


            <h2 id=\"kontakt\">Kontakt</h2>
            <ul>
              <li><strong>E-mail:</strong> <a href=\"mailto:info@koldasoft.cz\" title=\"Poslat E-mail\">info@koldasoft.cz</a></li>
            </ul>  
            <p>Pokud Vás naše nabídka zaujala a myslíte, že byste právě Vy mohli být přínosem pro naši společnost, neváhejte nás <a href=\"mailto:info@koldasoft.cz\" title=\"Poslat E-mail\">kontaktovat</a>.</p>
            <p>Na spolupráci a nové kolegy se těší ".(mylink("nas-tym", "tým Koldasoft")).".</p>
          </div>".nl);

?>
