<section class="content jobs">
  <h1>Legyél te is a fruccola csapat tagja</h1>
  <p>
    Mit szólsz egy olyan munkahelyhez, amelyik szeret téged? Ahol egy jó csapat és finom ételek várnak. 
    Ahol rugalmas beosztásban dolgozhatsz és két szabadnapod is megmarad. Ahol az estéid továbbra is a tieid lesznek. 
    Ahol egy jó fizetés mellé további bónuszokat is kaphatsz. 
  </p>
  <ul class="items">
    
      <li class="cook">
        <h2>Szakács</h2>
        <p>
          Ha jól mozogsz a különböző konyhák világában és neked is fontos a jó és friss alapanyag, 
          vannak jó ötleteid, de szeretnéd, hogy az estéidet ne munkával töltsd, akkor gyere hozzánk. 
        </p>
        <p><a href="mailto:hr@fruccola.hu?subject=Szakács, Jelentkezés, Fruccola, HR" class="button">Jelentkezés</a></p>
      </li>
    </ul>
</section>