<section id="navigator" class="hakkimizda">
  <div class="container">
    <h1>Conflex'de Kariyer</h1>
    <p class="desc">Şirketimizde çalışarak gücümüze güç katın.</p>
  </div>
</section>
<section id="page" class="backgroundlightblue">
  <div class="container">
    <div id="kurumsal">
      <div class="menu">
        {include file="$template/kurumsalmenu.tpl"}
      </div>
      <div class="content">
        <div class="contentblock">
          <h2>Conflex'de Kariyer</h2>
          <div>
            <p class="description">POSİstanbul Teknoloji ve Teleküminkasyon Limited Şirketi olarak teknoloji alanının alt dallarında kariyer yapmak isteyen ekip arkadaşları arıyoruz. Aranılan pozisyon ve gerekli yeterlilikler aşağıda yer alıyor.</p>
          </div>
          <div class="ticarirow">
            <div class="satir">
              <h3>PHP Developer</h3>
              <p class="description">Uygulamaların, web sitelerin ve otomasyonların arkaplan yazılımını yazabilecek arkadaşlar.</p>
              <p class="description">
                <ul class="ozellikleri">
                  <li>PHP sürümlerine hakim</li>
                  <li>Laravel, CodeIngiter gibi frameworkleri bilen</li>
                  <li>MySQL veritabanı ve yüksek boyutlu veriler ile çalışmaya hakim</li>
                  <li>Yazılan yazılımları test edip, sorunlarını çözebilen</li>
                  <li>Güvenli kod yazmayı bilen</li>
                  <li>İngilizce bilen</li>
                  <li>Tercihen üniversite mezunu veya da kurs sertifikası</li>
                  <li>Tercihen İstanbul Avrupa yakası yakınları</li>
                </ul>
              </p>
              <p class="description">arkadaşlar buraya tıklayarak özgeçmişlerini gönderebilirler.</p>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</section>
