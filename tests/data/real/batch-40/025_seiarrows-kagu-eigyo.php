<?php

get_header();
?>

      <div class="p-pageTop">

        <div class="l-inner">

          <div class="p-pageTop--ttl u-mb50">
            <h2 class="p-pageTop--ttl__hdg">   
              RECRUIT           
            </h2>            
          </div>   

          <div class="p-pageTop--wrap">
            <div class="p-pageTop--wrap__leftwrap">
              <h4 class="p-pageTop--wrap__leftwrap--ttl">正社員（中途）募集</h4>
            </div>
            <div class="p-pageTop--wrap__rightwrap">
              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［職種］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">コントラクト家具の営業</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［雇用形態］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">正社員（中途）</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［応募資格］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">
                  普通自動車免許一種・PCスキル（Excel/Word等）<br>
                  インテリアデザイン事務所・家具メーカー実務経験のある方優遇</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［給与］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">経験・能力等を考慮の上決定</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［待遇］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">
                  給与改定年1回／賞与年2回／社会保険完備／交通費支給<br>
                  会社負担による<br>
                  医療保険、ガン保険、養老保険加入<br>
                  IDECO+(イデコプラス）加入</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［勤務地・勤務時間］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">
                  東京本社（東京都三鷹市）　フレックスタイム制<br>
                  大阪支店（大阪市西区）　フレックスタイム制<br>
                  糸島ロジスティクス（福岡県糸島市）　フレックスタイム制</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［休日］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">
                  土日祝、夏休暇、年末年始休暇<br>
                  年間休日　125日</p>
              </div>

              <div class="p-pageTop--wrap__rightwrap--item">
                <h2 class="p-pageTop--wrap__rightwrap--item__ttl">［応募方法］</h2>
                <p class="p-pageTop--wrap__rightwrap--item__desc">
                  写真付履歴書・職務経歴書をメールまたは郵送でお送りください。<br>
                  Mail：info@seiarrows.com <br>
                  郵送先：〒181-0013 東京都三鷹市下連雀8-4-17 採用担当宛</p>
              </div>

            </div>

          </div>
        </div>
        <!-- /.l-inner -->
  
      </div>         

<?php

get_footer();
