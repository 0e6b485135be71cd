<?php
/*
Template Name: 求人情報
*/
get_header(); ?>

<div class="recruit-page">
  <div class="recruit-hero">
    <div class="inner">
      <h1 class="recruit-hero-title">Recruit</h1>
      <p class="recruit-hero-subtitle">一緒に働きませんか？</p>
    </div>
  </div>
  
  <div class="recruit-content">
    <div class="inner">
      <section class="recruit-section">
        <h2 class="section-title gold">求人情報<span class="sub">INFORMATION</span></h2>
        
        <div class="recruit-message">
          <p>ガールズバーAJITOでは、一緒に働いてくれるキャストを募集しています。<br>
          未経験者でも大歓迎！あなたらしさを活かして楽しく働きませんか？</p>
        </div>
        
        <div class="recruit-merit-wrap">
          <h3 class="recruit-merit-title">AJITO<span class="accent">の</span>3つの魅力</h3>
          
          <div class="recruit-merit-items">
            <div class="recruit-merit-item">
              <div class="merit-num">
                <span>Merit 01</span>
              </div>
              <div class="merit-content">
                <h4>日払いOK！即日現金GET</h4>
                <p>急な出費があってもその日に稼いでその日にお給料を受け取ることができるので安心です。</p>
              </div>
            </div>
            
            <div class="recruit-merit-item">
              <div class="merit-num">
                <span>Merit 02</span>
              </div>
              <div class="merit-content">
                <h4>ノルマ・ペナルティ一切なし</h4>
                <p>当店では売上のノルマやペナルティは一切ありません。自分のペースで無理なく働けます。</p>
              </div>
            </div>
            
            <div class="recruit-merit-item">
              <div class="merit-num">
                <span>Merit 03</span>
              </div>
              <div class="merit-content">
                <h4>未経験者大歓迎</h4>
                <p>経験者はもちろん、未経験からスタートするスタッフも多数活躍中！丁寧に指導します。</p>
              </div>
            </div>
          </div>
        </div>
        
        <div class="recruit-details">
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">募集職種</h3>
            <p>キャスト</p>
          </div>
          
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">給与</h3>
            <p>時給1,800円～<br>
            ※研修期間（2週間）は時給1,600円<br>
            ※各種バック・手当あり</p>
          </div>
          
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">勤務時間</h3>
            <p>20:00～LAST<br>
            ※週1日、1日3時間～OK<br>
            ※シフト自由</p>
          </div>
          
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">待遇</h3>
            <p>・日払いOK<br>
            ・まかない付き<br>
            ・送迎あり<br>
            ・ドレス貸出あり<br>
            ・ヘアメイクサポートあり<br>
            ・各種イベント・レク充実</p>
          </div>
          
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">応募資格</h3>
            <p>18歳以上（高校生不可）<br>
            ※未経験者歓迎<br>
            ※経験者優遇</p>
          </div>
          
          <div class="recruit-detail-item">
            <h3 class="recruit-detail-title">応募方法</h3>
            <p>お電話またはLINEにてお気軽にお問い合わせください。<br>
            ※面接は随時実施しています。</p>
          </div>
        </div>
      </section>
      
      <section class="recruit-section">
        <h2 class="section-title gold">よくある質問<span class="sub">FAQ</span></h2>
        
        <div class="faq-list">
          <div class="faq-item">
            <div class="faq-question">
              <span class="faq-icon">Q</span>
              <p>未経験でも大丈夫ですか？</p>
            </div>
            <div class="faq-answer">
              <span class="faq-icon">A</span>
              <p>はい、全く問題ありません！当店のスタッフの約70%は未経験からのスタートです。研修期間中はマンツーマンで丁寧に指導しますので、安心してください。</p>
            </div>
          </div>
          
          <div class="faq-item">
            <div class="faq-question">
              <span class="faq-icon">Q</span>
              <p>お酒が飲めなくても働けますか？</p>
            </div>
            <div class="faq-answer">
              <span class="faq-icon">A</span>
              <p>もちろん大丈夫です！お酒が飲めなくてもお客様との会話を楽しめる方なら問題ありません。実際に飲めないスタッフも多数在籍しています。</p>
            </div>
          </div>
          
          <div class="faq-item">
            <div class="faq-question">
              <span class="faq-icon">Q</span>
              <p>シフトはどのように決まりますか？</p>
            </div>
            <div class="faq-answer">
              <span class="faq-icon">A</span>
              <p>完全自由シフト制です。学校や掛け持ちのお仕事の都合に合わせて、週1日から働けます。LINEでの簡単なシフト提出で大丈夫です。</p>
            </div>
          </div>
          
          <div class="faq-item">
            <div class="faq-question">
              <span class="faq-icon">Q</span>
              <p>面接当日に体験入店はできますか？</p>
            </div>
            <div class="faq-answer">
              <span class="faq-icon">A</span>
              <p>はい、可能です。面接後にそのまま体験入店をしていただくことができます。その場合は、動きやすい服装でお越しください。</p>
            </div>
          </div>
        </div>
      </section>
      
      <section class="recruit-section">
        <h2 class="section-title gold">面接の流れ<span class="sub">FLOW</span></h2>
        
        <div class="flow-steps">
          <div class="flow-step">
            <div class="flow-step-number">STEP 1</div>
            <div class="flow-step-content">
              <h3>お問い合わせ</h3>
              <p>電話またはLINEにてお問い合わせください。簡単な質問にお答えいただいた後、面接日時を決めます。</p>
            </div>
          </div>
          
          <div class="flow-step">
            <div class="flow-step-number">STEP 2</div>
            <div class="flow-step-content">
              <h3>面接</h3>
              <p>当店にて面接を行います。履歴書は不要です。普段着でお越しください。</p>
            </div>
          </div>
          
          <div class="flow-step">
            <div class="flow-step-number">STEP 3</div>
            <div class="flow-step-content">
              <h3>体験入店（希望者のみ）</h3>
              <p>希望される方は、面接後に体験入店していただけます。実際のお店の雰囲気を体験できます。</p>
            </div>
          </div>
          
          <div class="flow-step">
            <div class="flow-step-number">STEP 4</div>
            <div class="flow-step-content">
              <h3>採用</h3>
              <p>その場で採用のご連絡をいたします。必要書類をご案内します。</p>
            </div>
          </div>
          
          <div class="flow-step">
            <div class="flow-step-number">STEP 5</div>
            <div class="flow-step-content">
              <h3>勤務開始</h3>
              <p>シフトを提出していただき、勤務開始となります。初日はスタッフがしっかりサポートします。</p>
            </div>
          </div>
        </div>
      </section>
      
      <section class="recruit-section">
        <h2 class="section-title gold">メッセージ<span class="sub">MESSAGE</span></h2>
        
        <div class="recruit-message-content">
          <p>AJITOは「自分らしく働ける場所」を目指しています。<br>
          ノルマや罰金などは一切なく、あなたのペースで無理なく働けます。<br>
          常連のお客様が多く、落ち着いた雰囲気の中でゆったりと接客できるのが特徴です。</p>
          
          <p>キャストの平均年齢は25歳。学生さんから社会人の方まで、様々なキャストが活躍中です。<br>
          みんな仲が良く、アットホームな雰囲気の中で働けます。</p>
          
          <p>お酒が飲めなくても大丈夫！会話を楽しめる方であれば、経験は問いません。<br>
          まずは気軽に体験入店からスタートしてみませんか？</p>
        </div>
      </section>
      
    <section class="recruit-section">
        <h2 class="section-title gold">お問い合わせ<span class="sub">CONTACT</span></h2>
        
        <div class="recruit-contact">
          <div class="recruit-contact-item">
            <h3 class="recruit-contact-title">CALL</h3>
            <p class="recruit-contact-info"><a href="tel:03-5849-3269">03-5849-3269</a></p>
            <p class="recruit-contact-note">20:00～LASTの間で受付中<br>※担当：採用担当</p>
          </div>
          
          <div class="recruit-contact-item">
            <h3 class="recruit-contact-title">LINE</h3>
            <p class="recruit-contact-info">ID: ajito-kameari</p>
            <p class="recruit-contact-note">24時間受付中<br>※翌営業日以降の返信になる場合があります</p>
          </div>
        </div>
      </section>
    </div>
  </div>
</div>

<?php get_footer(); ?>
