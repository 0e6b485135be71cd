<?php
/*
Template Name: Recruit Seika Part Page
*/
get_header(); ?>

<main class="recruit-detail-page">
    <div class="recruit-detail-container">
        <div class="recruit-detail-header">
            <h1 class="recruit-detail-title">募集要項</h1>
            <h2 class="recruit-detail-subtitle">生花部 - パート</h2>
        </div>

        <div class="recruit-requirements">
            <div class="requirement-item">
                <h3 class="requirement-label">職種</h3>
                <p class="requirement-value">生花の仕分け、下処理、お花の販売・店舗整理等</p>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">雇用形態</h3>
                <p class="requirement-value">パート</p>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">仕事内容</h3>
                <div class="requirement-value">
                    <p class="sub-label">生花の仕分け、下処理</p>
                    <p>仕入れた生花の仕分け、下処理(長さの調節など)、仕入れ前の桶の掃除や、冷蔵庫の中の新しい生花と古い生花の入れ替え</p>
                    
                    <p class="sub-label">お花の販売・店舗整理等</p>
                    <p>
                        お花の好きな方にオススメ。<br>
                        花束、アレンジメントの作成等丁寧に指導します。<br>
                        街の花屋さんの前を通って「きれいだな」と<br>
                        何気なく思ったことがありませんか？<br>
                        その1本1本がキレイであったり可愛らしい花が、<br>
                        束ねたり器に挿すことで作品になっていきます。<br>
                        お客様の目的によって求められる飾りつけも様々。<br>
                        季節に応じて機会に応じて、花のある思い出を<br>
                        あなたの手で彩ってくださいね。
                    </p>
                </div>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">給与</h3>
                <p class="requirement-value">
                    時給1075円<br>
                    ※研修期間3ヶ月も同条件
                </p>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">勤務地</h3>
                <p class="requirement-value">茨城県那珂市菅谷522</p>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">交通アクセス</h3>
                <p class="requirement-value">JR水郡線「上菅谷」駅徒歩11分</p>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">勤務曜日・時間</h3>
                <div class="requirement-value">
                    <p>9:00～18:00の間で応相談</p>
                    <p>
                        1日4時間～OK、週3～4日程度<br>
                        ・土日勤務可能な方歓迎<br>
                        ・希望時間などで勤務店舗が決定します
                    </p>
                </div>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">資格・経験</h3>
                <div class="requirement-value">
                    <p>お花の知識がない方も歓迎します！</p>
                    <p>未経験者大歓迎！</p>
                    <p>要普通自動車免許［AT限定可能］</p>
                </div>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">待遇</h3>
                <div class="requirement-value">
                    <p>制服貸与、交通費規定内支給(上限2万円)</p>
                    <p>生花の社員割引あり</p>
                </div>
            </div>

            <div class="requirement-item">
                <h3 class="requirement-label">応募方法</h3>
                <div class="requirement-value">
                    <p>採用サイトから「応募する」ボタンをご利用ください。</p>
                    <p>こちらより折り返しご連絡いたします。</p>
                    <p>電話でのご応募もお待ちしております。</p>
                    <p>面接時には履歴書（写真貼付）をお持ちください。</p>
                    
                    <p class="contact-info-label">連絡先住所</p>
                    <p>茨城県日立市鹿島町1-12-6</p>
                    
                    <p class="contact-info-label">連絡先TEL</p>
                    <p>0294-21-1414</p>
                    
                    <p class="contact-info-label">採用担当</p>
                    <p>代表取締役社長　福本 昭介</p>
                </div>
            </div>
        </div>

        <div class="recruit-detail-footer">
            <a href="<?php echo home_url('/recruit'); ?>" class="recruit-back-btn">求人募集トップへ戻る ➜</a>
            <a href="<?php echo home_url('/contact'); ?>" class="recruit-site-btn">採用サイトへ <span class="external-icon"></span></a>
        </div>
    </div>
</main>

<?php get_footer(); ?>
