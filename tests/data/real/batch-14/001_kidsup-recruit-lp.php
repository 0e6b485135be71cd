<?php include 'includes/head.php' ?>
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@type": "JobPosting",
  "title": "スクール送迎ドライバー (AT車キャラバン運転手)",
  "description": "「Kids UP」に通うお子さまを送迎するお仕事です。指定の小学校にお子さまをお迎えに行き、レッスン後はルート上に指定されたバス停にお送りします。\n\n**仕事内容**\n- 普通自動車免許で運転できるAT車のキャラバン (10人乗り) でお迎えに行きます。\n- 添乗スタッフが同乗するので、運転業務に集中できます。\n- 曜日ごとに決まったルートを運行し、事前の練習や研修もあり安心です。\n- 最新のAIドライブレコーダーが安全運転をサポートします。",
  "datePosted": "2024-12-11",
  "validThrough": "2099-12-31",
  "hiringOrganization": {
    "@type": "Organization",
    "name": "Kids UP",
    "sameAs": "https://kids-up.jp/lp-recruit/bus-driver.php",
    "logo": "https://kids-up.jp/lp-recruit/images/core/recruit-logo.png"
  },
  "employmentType": "Part-time",
  "jobLocation": [
    {
      "@type": "Place",
      "address": {
        "@type": "PostalAddress",
        "addressLocality": "Tokyo",
        "addressCountry": "JP"
      }
    },
    {
      "@type": "Place",
      "address": {
        "@type": "PostalAddress",
        "addressLocality": "Kanagawa",
        "addressCountry": "JP"
      }
    },
    {
      "@type": "Place",
      "address": {
        "@type": "PostalAddress",
        "addressLocality": "Chiba",
        "addressCountry": "JP"
      }
    },
    {
      "@type": "Place",
      "address": {
        "@type": "PostalAddress",
        "addressLocality": "Saitama",
        "addressCountry": "JP"
      }
    }
  ],
  "baseSalary": {
    "@type": "MonetaryAmount",
    "currency": "JPY",
    "value": {
      "@type": "QuantitativeValue",
      "value": 1100,
      "unitText": "HOUR"
    }
  },
  "jobBenefits": "◎交通費支給（社内規定あり）\n◎契約社員 / 正社員登用あり\n◎定期昇給あり\n◎優良ドライバー表彰制度あり\n◎労災保険、雇用保険、社会保険 (勤務時間による)",
  "qualifications": "普通自動車免許（AT車限定可）必須",
  "responsibilities": "お子さまの送迎業務 (指定されたルートの運転) および安全管理",
  "educationRequirements": "不問",
  "workHours": "12:30～20:00の間で2時間以上（シフトによる）",
  "industry": "Education"
  "applicationContact": {
    "@type": "ContactPoint",
    "name": "Kids UP 採用チーム",
    "url":  "https://kids-up.jp/lp-recruit/bus-driver.php",
    "email": "kidsup-ho@kids-up.jp"
  }
}
</script>

<?php include 'includes/nav-ja.php' ?>
      <!---------------------------------------------------------------- Header---------------------------------------------------------------->
      <div class="position-header-baito">
        <div class="padding-band-3rem"></div>
        <h1 class="positions-h1">
          送迎バスドライバー
          <span class="positions-h1-decoration-baito"></span>
        </h1>

        <div class="padding-band-3rem"></div>
      </div>

      <!---------------------------------------------------------------- Introduction---------------------------------------------------------------->

      <div style="background-color: #fbf2e8">
        <span class="nav-tabs">
          <a href="index.html" class="nav-structure">採用情報 </a>
          │送迎バスドライバー</span
        >

        <div class="container">
          <div class="row">
            <div class="col-md-7">
              <div class="vertical-center">
                <div class="padding-band-3rem tablet-display"></div>
                <h2 class="job-info">
                  「Kids UP」に通うお子さまを送迎するお仕事です。<br />
                  指定の小学校にお子さまをお迎えに行き、レッスン後は<br />
                  ルート上に指定されたバス停にお送りします。
                </h2>

                <div class="padding-band-3rem"></div>
                <a
                  class="btn-hr-1 text-nowrap"
                  href="https://docs.google.com/forms/d/e/1FAIpQLSebQukpmH3EfPj6RRpiZXbm8aAOdbynZibE2N21TM6F-2_aeg/viewform"
                  role="button"
                  >応募はこちら
                  <span class="btn-hr-1-decoration"></span>
                </a>
              </div>
            </div>
            <div class="col-md-5">
              <div class="padding-band-5rem"></div>
              <img
                src="./images/main-page/drivers-header.jpg"
                alt="group-photo"
                class="img-fluid"
              />
              <div class="padding-band-5rem"></div>
            </div>
          </div>
        </div>
      </div>

      <!----------------------------------------------------------------General Info---------------------------------------------------------------->

      <div class="positions-bg">
        <div class="padding-band-3rem"></div>
        <div class="container">
          <h2>仕事内容</h2>
          <span class="spacer-decoration"></span>
          <div class="padding-band-2rem"></div>
          <p class="position-info">
            普通自動車免許で運転できるAT車のキャラバン
            (10人乗り)でお迎えに行きます。
            添乗スタッフが同乗するので、運転業務に集中できます。研修もあり、曜日ごとに決まったルート走行のため、事前に練習できるのも安心です。（最新のAIドライブレコーダーが皆様の安全運転をサポートします）
          </p>

          <div class="padding-band-1rem"></div>

          <h2>募集要項</h2>
          <span class="spacer-decoration"></span>
          <div class="padding-band-3rem"></div>
        </div>
      </div>

      <!----------------------------------------------------------------Position Details---------------------------------------------------------------->

      <div class="position-details-bg">
        <div class="container">
          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>職種</h2>
            </div>
            <div class="col-md-8">
              <p>スクールに通うお子さまの送迎ドライバー</p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>雇用期間</h2>
            </div>
            <div class="col-md-8">
              <p>雇用期間の定めあり（基本的には1年毎契約更新予定）</p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>賃金・手当</h2>
            </div>
            <div class="col-md-8">
              <p>
                ◎交通費支給（社内規定あり）<br />
                時給：1100円～（金額は勤務するエリアにより異なります）<br />
                ◎契約社員 / 正社員登用あり<br />
                ◎定期昇給あり<br />
                ◎優良ドライバー表彰制度あり
              </p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>勤務場所</h2>
            </div>
            <div class="col-md-8">
              <p>
                殆どのスクールが最寄り駅から徒歩1分~10分以内とアクセス良好！<br />
                <span style="color: #f0810d"
                  ><a href="https://kids-up.jp/school"
                    >https://kids-up.jp/school</a
                  ></span
                >
              </p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>勤務時間</h2>
            </div>
            <div class="col-md-8">
              <p>
                交替制（シフト制）<br />
                就業時間<br />
                12時30分～20時の間で2時間以上<br />
                (※勤務するスクールのシフトによる)
              </p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>週所定労働日数</h2>
            </div>
            <div class="col-md-8">
              <p>
                週2日〜週5日<br />
                労働日数について相談可
              </p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>加入保険等</h2>
            </div>
            <div class="col-md-8">
              <p>
                ◎労災保険<br />
                ◎雇用保険<br />
                ◎社会保険 (勤務時間による)
              </p>
            </div>
            <div class="padding-band-1rem"></div>
            <div class="details-divider"></div>
          </div>

          <!-------->

          <div class="padding-band-3rem"></div>
          <div class="row">
            <div class="col-md-4">
              <h2>必要な免許・資格</h2>
            </div>
            <div class="col-md-8">
              <p>必要な免許/資格　普通自動車免許（AT車限定可）</p>
            </div>
            <div class="padding-band-3rem"></div>
          </div>

          <!-------->
        </div>
      </div>

      <!----------------------------------------------------------------Contact Us---------------------------------------------------------------->

      <div class="container">
        <div class="padding-band-5rem"></div>
        <a
          class="btn-contact-us text-nowrap"
          href="https://docs.google.com/forms/d/e/1FAIpQLSebQukpmH3EfPj6RRpiZXbm8aAOdbynZibE2N21TM6F-2_aeg/viewform"
          role="button"
          >応募はこちら
        </a>

        <img
          src="./images/main-page/kids-icon.svg"
          alt="kids-icon"
          class="kids-icon"
        />
      </div>

<?php include 'includes/footer-ja.php' ?>