<div class="subpage work_in_gymit">
  <section class="header header_v2" style="background-image:url('/public/landingpage/img/header_default.png');">
    <div class="headerTopOverlay small">
      <div class="container">
        <a href="<?php echo base_url(); ?>home/landing-pages/kariera" class="navigationBack">Práce v gymitu</a>
        <h1 class="headerTitle">Servisní technik</h1>
      </div>
    </div>
  </section>

  <section class="work_in_gymit_body detail">
    <div class="container">
      <div class="flexRow half">
        <div class="col">
          <div class="jobRequirements">
            <ul>
              <li><span class="ico workingtime">
                  <img src="/public/landingpage/img/svg/ico_job_req_workingtime.svg" alt="" />
                </span>
                <span class="text"><span>
                    <div class="title">Úvazek</div>
                    <div class="desc">DPP/ ŽL</div>
                  </span></span>
              </li>
            </ul>
          </div>
        </div>
        <div class="col last">
          <div class="wysiwygContent">
            <h3>Požadujeme</h3>
            <ul>
              <li>Časově flexibilní</li>
              <li>Zodpovědnost, spolehlivost, samostatnost a preciznost</li>
              <li>Pracovní nasazení, týmová spolupráce, pozitivní myšlení</li>
              <li>Technická zručnost</li>
              <li>Řádné plnění domluvených termínů a úkolů</li>
              <li>ŘP skupiny B</li>
            </ul>
            <br>
            <h3>Náplň práce</h3>
            <ul>
              <li>Údržbářské činnosti v rámci celé budovy</li>
              <li>Jednoduché opravy</li>
              <li>Aktivní účast na přestavbách</li>
              <li>Detailní popis náplně práce Vám poskytneme při osobním pohovoru</li>
            </ul>
          </div>
        </div>
      </div>
      <div class="jobFooter detail">
        <h2 class="sectionTitle">Pošli nám své CV</h2>
        <p>Zaujala tě tato pozice? Pošli nám svůj životopis na:</p>
        <a href="mailto:hr@gymit.cz" class="contact">hr@gymit.cz</a>
      </div>
    </div>
  </section>
</div>