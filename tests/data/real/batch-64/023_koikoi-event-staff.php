<!DOCTYPE html>
<html lang="ja">
<head>
    <meta charset="UTF-8" />
    <title>スタッフ募集 - こいこい街コン</title>
    <?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/outputHead.php") ?>
</head>
<body>

<?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/pageTop.php") ?>

<div id="topContainer">
    <div id="pageHeader">
        <?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/pageHeader.php") ?>
    </div>
    
    <div id="mainVisual">
        <?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/ani/globalMenu.php") ?>
        <?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/ani/globalMenu_mb.php") ?>
    </div>

    <div id="mainContainer">
        <div id="mainContent">
            <div class="event_freeArea">
                <div class="event_freeArea_inner">
                    <h2 class="text-center mb-4">スタッフ募集</h2>
                    
                    <div class="recruit-intro mb-5 text-center">
                        <p class="lead">
                            こいこい街コンでは、一緒にイベントを盛り上げてくれる<br>
                            スタッフを募集しています！
                        </p>
                    </div>

                    <div class="job-description mb-5">
                        <h3>お仕事内容</h3>
                        <ul class="job-list">
                            <li>街コンイベントの運営サポート</li>
                            <li>参加者の受付・案内</li>
                            <li>会場セッティング</li>
                            <li>参加者のグループ分け・進行管理</li>
                            <li>イベント中の参加者サポート</li>
                            <li>片付け・撤収作業</li>
                        </ul>
                    </div>

                    <div class="requirements mb-5">
                        <h3>応募資格</h3>
                        <ul class="requirement-list">
                            <li>18歳以上の方（高校生不可）</li>
                            <li>明るく元気な対応ができる方</li>
                            <li>土日祝日に勤務可能な方（シフト制）</li>
                            <li>責任感を持って業務に取り組める方</li>
                            <li>コミュニケーション能力のある方</li>
                        </ul>
                    </div>

                    <div class="benefits mb-5">
                        <h3>待遇・福利厚生</h3>
                        <div class="benefit-grid">
                            <div class="benefit-item mb-3">
                                <h4>給与</h4>
                                <p>時給1,200円〜1,500円（経験・能力により優遇）<br>
                                交通費全額支給</p>
                            </div>
                            <div class="benefit-item mb-3">
                                <h4>勤務時間</h4>
                                <p>1日4〜8時間程度（イベントにより異なる）<br>
                                主に土日祝日の昼〜夜</p>
                            </div>
                            <div class="benefit-item mb-3">
                                <h4>研修制度</h4>
                                <p>未経験者歓迎！丁寧な研修があるので安心です<br>
                                研修期間中も時給保証</p>
                            </div>
                            <div class="benefit-item mb-3">
                                <h4>その他</h4>
                                <p>昇給制度あり<br>
                                正社員登用制度あり<br>
                                イベント参加割引あり</p>
                            </div>
                        </div>
                    </div>

                    <div class="merit mb-5">
                        <h3>こんな方にオススメ</h3>
                        <ul class="merit-list">
                            <li>イベント運営に興味がある方</li>
                            <li>人と接することが好きな方</li>
                            <li>新しい出会いや経験を求めている方</li>
                            <li>週末を有効活用したい方</li>
                            <li>将来イベント業界で働きたい方</li>
                        </ul>
                    </div>

                    <div class="voice mb-5">
                        <h3>先輩スタッフの声</h3>
                        <div class="voice-item mb-4">
                            <h4>Aさん（20代女性・勤続1年）</h4>
                            <p>「最初は緊張しましたが、先輩スタッフが優しく教えてくれたので、すぐに慣れました。参加者の方から『楽しかった！』と言われると、とてもやりがいを感じます。」</p>
                        </div>
                        <div class="voice-item mb-4">
                            <h4>Bさん（30代男性・勤続2年）</h4>
                            <p>「副業として始めましたが、今では生活の一部になっています。様々な人と出会えて、自分自身も成長できる素晴らしい仕事です。」</p>
                        </div>
                    </div>

                    <div class="application mb-5">
                        <h3>応募方法</h3>
                        <ol class="application-steps">
                            <li>下記の応募フォームまたはメールにて必要事項を記入</li>
                            <li>書類選考（履歴書不要）</li>
                            <li>面接（オンライン面接も可）</li>
                            <li>採用決定</li>
                            <li>研修スタート</li>
                        </ol>
                    </div>

                    <div class="contact-form mb-5">
                        <h3>応募フォーム</h3>
                        <div class="text-center">
                            <p>下記ボタンより応募フォームにアクセスしてください。</p>
                            <a href="//koikoi.co.jp/ikoiko/contact.php?type=recruit" class="btn btn-primary btn-lg mt-3">
                                応募フォームへ
                            </a>
                        </div>
                    </div>

                    <div class="contact-info text-center">
                        <h3>お問い合わせ</h3>
                        <p>
                            ご不明な点がございましたら、お気軽にお問い合わせください。<br>
                            メール: recruit@koikoi.co.jp<br>
                            電話: 0120-XXX-XXX（平日10:00〜18:00）
                        </p>
                    </div>

                    <div class="cta-section text-center mt-5">
                        <div class="mt-4">
                            <a href="//koikoi.co.jp/ikoiko/">
                                <img src="/ikoiko/img/kotei/5-1.png" alt="TOPページへ戻る" class="img-fluid" />
                            </a>
                        </div>
                    </div>
                </div>
            </div>
        </div>

        <div id="sideContent">
            <?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/sideContent.php") ?>
        </div>
    </div>
</div>

<?php include("/home/users/1/lolipop.jp-30251d4519441da4/web/ikoiko/widgets/footer.php") ?>

</body>
</html>