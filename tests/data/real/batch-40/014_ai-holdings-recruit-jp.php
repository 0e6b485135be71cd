<?php get_header('under'); ?>
    <section id="under-eye-catch" class="news-bg">
        <div class="wrapper">
            <div class="page-title">
                <h1>求人情報</h1>
                <h1>recruit</h1>
            </div>
        </div>
    </section>
    <div class="main-container">
        <section id="philosophy-catch" class="recruit-catch">
            <h2>僕らは徹底的に一緒に走ってくれるメンバーを想う組織です。<br><br>過去の失敗や経歴などは一切問わずこれから人生を変えていくために頑張る人を応援します。<br><br>チャンスを掴みたい 一流のビジネスマンになりたい そのような想いのある人を歓迎します。</h2>
        </section>
        <div class="recruit-detail-wrap">
                <div class="clearfix wrapper">
                    <div class="recruit-element">
                        <h5>勤務地</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>東京都目黒区東山2-3-5 ビラアペックスタワー6F</p>
                    </div>
                    <div class="recruit-element">
                        <h5>選考方法</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>面接有り 必要書類（履歴書・職務経歴書)
                        </p>
                    </div>
                    <div class="recruit-element">
                        <h5>勤務時間</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>10:00～19:00 ※シフト希望の方も相談可能</p>
                    </div>
                    <div class="recruit-element">
                        <h5>必要資格</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>やる気のある方。</p>
                    </div>
                    <div class="recruit-element">
                        <h5>時給</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>１０００円～スタート<br><br><br>※評価に応じて時給アップあり。</p>
                    </div>
                    <div class="recruit-element">
                        <h5>仕事内容</h5>
                        <div class="line-wrap clearfix">
                            <div class="line1"></div>
                            <div class="line2"></div>
                        </div>
                        <p>・各種サービスのユーザーサポート
                            <br><br><br>・購入前ユーザー様に対するサポート
                            <br><br><br> ・商品企画・運用
                        </p>
                    </div>
                </div>
                <a href="<?php echo esc_url( get_home_url() ); ?>/contact.html">お問い合わせ</a>
            </div>
    </div>
<?php get_footer(); ?>
