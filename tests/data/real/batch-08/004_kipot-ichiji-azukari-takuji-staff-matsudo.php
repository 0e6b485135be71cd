<?php get_header(); ?>

<main class="md_main page" role="main">
    <?php if ( have_posts() ) while ( have_posts() ) : the_post(); ?>
    <div class="md_page__head">
        <h1 class="fz_28 fw700 md_title"><?php the_title();?></h1>
    </div>

    <div class="md_pCommon recruit">
        <div class="l_row mx_1100 pd_side5">
            <ul class="pRecruit">
                <li>
                    <h2 class="fz_24 fw700 pRecruit_ttl">キポットプレイス　スタッフ募集<em>一時預かり託児スタッフ（無資格者勤務可）</em></h2>
                    <div class="fz_14 pRecruit_summary">
                        <p>弊社は企業・団体のセミナー、イベント時の一時預かり保育をメイン事業としている会社です。<br>毎日の業務ではなく、委託スタッフとして登録後、自分の都合に応じて仕事を選んでいただけます。<br>主な勤務地は埼玉県内ですが、都内を含む関東圏内での勤務となります</p>
                        <p>これまでのお取引企業様(敬称略)<br>三井不動産商業マネジメント株式会社、株式会社リクルートコミュニケーションズ、コクヨ株式会社、ユナイテッド・シネマ株式会社、株式会社ポラス住宅、ポラテック株式会社、株式会社POLA、非営利株式会社Polaris、埼玉県、春日部市他</p>
                    </div>
                    <section class="pRecruit_section">
                        <h3 class="fz_20 fw700 pRecruit_sub__ttl">募集内容</h3>
                        <dl class="fz_15 pRecruit_detail">
                            <div class="wrap">
                                <dt>仕事内容</dt>
                                <dd>生後6か月～小学生までのお子さまと2，3時間程度遊びながらお預かりするお仕事です。<br>安心・安全、子どもの心理などを学ぶ研修は随時行います。</dd>
                            </div>
                            <div class="wrap">
                                <dt>勤務地</dt>
                                <dd>松戸市松戸新田30番地 松戸南部市場</dd>
                            </div>
                            <div class="wrap">
                                <dt>勤務時間</dt>
                                <dd>5月12日(日)9:30～12:30の3時間の勤務。<br>スタッフ6名で15～18人のお子さんをお預かりする一時預かり託児業務です。</dd>
                            </div>
                            <div class="wrap">
                                <dt>給料</dt>
                                <dd>3時間 5400円(交通費込)</dd>
                            </div>
                            <div class="wrap">
                                <dt>待遇</dt>
                                <dd>保険完備</dd>
                            </div>
                            <div class="wrap">
                                <dt>休日</dt>
                                <dd>委託制</dd>
                            </div>
                            <div class="wrap">
                                <dt>応募資格</dt>
                                <dd>有資格者歓迎(保育士、幼稚園教諭、チャイルドマインダー) <br>無資格者も勤務可能(研修あり)</dd>
                            </div>
                            <div class="wrap">
                                <dt>採用人数</dt>
                                <dd>3 名</dd>
                            </div>
                            <div class="wrap">
                                <dt>応募するには</dt>
                                <dd>※【求人Free】 の応募エントリー必要　<br>エントリーシートにてお申し込みください。追ってご連絡いたします。</dd>
                            </div>
                            <div class="wrap">
                                <dt>面接日</dt>
                                <dd>随時</dd>
                            </div>
                            <div class="wrap">
                                <dt>採用担当者</dt>
                                <dd>木ノ本</dd>
                            </div>
                            <div class="wrap">
                                <dt>担当者からひと言</dt>
                                <dd>子どもの笑顔がみたいから・・・をスローガンに、子どもの笑顔を見るにはまずママを笑顔にしたいと日々お客様、スタッフの笑顔を見ることを考え事業展開しています。あなたも一緒に笑顔になりましょう!</dd>
                            </div>
                            <div class="wrap">
                                <dt>連絡先</dt>
                                <dd>TEL: 048-700-3124　または　TEL: 080-3936-6498</dd>
                            </div>
                            <div class="wrap">
                                <dt>その他</dt>
                                <dd>
                                    <ul class="fz_13 tag">
                                        <li>すぐに働ける（急募）</li>
                                        <li>未経験者歓迎</li>
                                        <li>中高年歓迎</li>
                                        <li>年齢不問</li>
                                        <li>土日祝のみ可</li>
                                        <li>週１勤務可</li>
                                        <li>副業可</li>
                                        <li>面接随時</li>
                                        <li>時給1000円以上</li>
                                        <li>資格を活かせる</li>
                                        <li>転勤なし</li>
                                        <li>ノルマなし</li>
                                        <li>服装・髪型自由</li>
                                        <li>女性中心職場</li>
                                        <li>禁煙職場</li>
                                        <li>活気のある職場</li>
                                    </ul>
                                </dd>
                            </div>
                        </dl>
                    </section>
                    <section class="pRecruit_section">
                        <h3 class="fz_20 fw700 pRecruit_sub__ttl">応募方法</h3>
                        <div class="fz_14 pRecruit_summary">
                            <p>Lorem ipsum dolor sit amet, consectetur adipisicing elit. Nobis atque aut, aliquid esse harum, quis necessitatibus neque doloribus eius a qui veritatis eveniet tempore laudantium excepturi nesciunt impedit nemo rem distinctio. Officia quibusdam veniam ex odio eaque non facere reprehenderit alias, cum incidunt corporis, nobis aperiam nihil amet laudantium aut inventore tempore in! Delectus doloribus, voluptas animi dignissimos, voluptatem minima. Officiis ratione porro, esse, odit, laboriosam blanditiis repudiandae, nam eum eligendi perspiciatis suscipit. Facilis reprehenderit distinctio excepturi sunt magni veniam, repellat minima adipisci similique consectetur ea. Nemo unde distinctio est velit officiis veniam rem in ut eligendi impedit beatae sed facere, nam ab dolore</p>
                        </div>
                    </section>
                </li>
            </ul>
            <?php the_content(); ?>
        </div>
    </div>
<?php endwhile; ?>

</main><!-- contents_wrap -->

<?php get_footer(); ?>
