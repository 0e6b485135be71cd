<?php
get_header();
?>
<!-- CONTAIN_START -->
<section id="contain">
    <div class="instead_head"></div>
    <div class="pg_header">
        <div class="pgheader_back" style="background-image: url(<?php echo get_stylesheet_directory_uri(); ?>/images/pg_recruit.jpg);"></div>
        <div class="pgheader_front">
            <h1>RECRIUT</h1>
        </div>
    </div>
    <div class="c_width12">
        <div class="hx4"></div>
        <div class="bread_crumbs">
            <a href="<?php echo get_site_url(); ?>/">TOP</a><img src="<?php echo get_stylesheet_directory_uri(); ?>/images/bread_line.svg"><a href="#">RECRUIT</a>
        </div>
        <div class="hx6"></div>
        <div class="recruit_tabs ptab_btns" data-type="recruit">
            <div class="recruit_tab ptab_btn pxt_active" data-tabid="recruit1">プロジェクトマネージャー</div>
            <div class="recruit_tab ptab_btn" data-tabid="recruit2">サーバーサイドエンジニア</div>
            <div class="recruit_tab ptab_btn" data-tabid="recruit3">クライアントサイドエンジニア</div>
        </div>
        <div class="recruit_spans ptab_spans" data-type="recruit">
            <div class="recruit_span ptab_span pxt_active" data-tabid="recruit1">
                <div class="hx4"></div>
                <div class="just_image io fade upS">
                    <img src="<?php echo get_stylesheet_directory_uri(); ?>/images/recruit01.jpg">
                </div>
                <div class="hx6"></div>
                <div class="recruit_title io fade upS">
                    <h2>JOB INFOMATION</h2>
                    <div class="hx2"></div>
                    <p>募集要項</p>
                </div>
                <div class="hx6"></div>
                <div class="recruit_subtle io fade upS">
                    プロジェクトマネージャー
                </div>
                <div class="hx4"></div>
                <div class="recruit_table io fade upS">
                    <table>
                        <tr>
                            <th>仕事内容</th>
                            <td>
                                当社のプロジェクトマネージャーとして、プロジェクトの企画から実施、完了までの全体を管理します。リーダーシップを発揮し、エンジニアチームと共に品質と納期を達成する業務をお任せします。
                            </td>
                        </tr>
                        <tr>
                            <th>応募資格</th>
                            <td>
                                学歴不問/第二新卒歓迎/ブランクOK<br>
                                ■IT業界での何らかの実務経験をお持ちの方（6か月以上）
                            </td>
                        </tr>
                        <tr>
                            <th>雇用形態</th>
                            <td>
                                正社員<br>
                                ※試用期間3ヶ月あり（期間中の給与・待遇は変わりません）
                            </td>
                        </tr>
                        <tr>
                            <th>勤務地・交通</th>
                            <td>
                                ■勤務地<br>
                                東京本社または日本全国のプロジェクト先
                            </td>
                        </tr>
                        <tr>
                            <th>勤務時間</th>
                            <td>
                                9：30～18：30（実働8時間／休憩1時間）<br>
                                ※配属されるプロジェクトにより異なります。
                            </td>
                        </tr>
                        <tr>
                            <th>給与</th>
                            <td>
                                月給27万円～78万円+賞与<br>
                                ※経験・能力を優遇・考慮し、当社規定により決定します。前職より給与が上がるよう調整します。<br>
                                ※30時間分のみなし残業代が含まれています。超過分は別途支給します。
                            </td>
                        </tr>
                        <tr>
                            <th>休日休暇</th>
                            <td>
                                ＜年間休日124日以上＞<br>
                                ■完全週休2日制（土日）<br>
                                ■祝日 
                            </td>
                        </tr>
                        <tr>
                            <th>福利厚生・待遇</th>
                            <td>
                                ■昇給あり<br>
                                ■各種社会保険完備 <Br>
                                    ■残業手当 
                            </td>
                        </tr>
                    </table>
                </div>
                <div class="hx10"></div>
                <div class="entry_btnrow">
                    <a href="<?php echo get_site_url(); ?>/contact/" class="entry_btn">
                        <span>Entry</span>
                        <svg xmlns="http://www.w3.org/2000/svg" width="13.876" height="11.829" viewBox="0 0 13.876 11.829">
                            <g transform="translate(0 0.707)">
                              <path d="M175.245,27.115l5.208,5.208-5.208,5.208" transform="translate(-167.991 -27.115)" fill="none" stroke="#fff" stroke-width="2"/>
                              <line x2="12.462" transform="translate(0 5)" fill="none" stroke="#fff" stroke-width="2"/>
                            </g>
                        </svg>
                    </a>
                </div>
            </div>
