<?php
/**
 * Template Name: Recruit
 * The main template file
 *
 * This is the most generic template file in a WordPress theme
 * and one of the two required files for a theme (the other being style.css).
 * It is used to display a page when nothing more specific matches a query.
 * E.g., it puts together the home page when no home.php file exists.
 *
 */
get_header();
?>

	<div class="main">
        <div class="page_title01">
                <h2 class="title01">採用情報</h2>
                <p class="sub_title01">RECRUIT</p>
            </div><!--page_title01-->

            <div class="breadcrumb">
                <div class="inner">
                    <ul>
                        <li class="breadcrumb_item"><a href="<?php echo home_url(); ?>/">トップ</a></li>
                        <li class="breadcrumb_item">採用情報</li>
                    </ul>
                </div>
        </div><!--breadcrumb-->

        <section class="recruit_sec01">
            <div class="inner">
                <h3 class="contents_ttl01">募集要項</h3>

                <div class="text_box">
                    <p class="text_box_txt01">挨拶、返事、声掛けの三原則を念頭に働きやすい職場を目指しています。未経験者でもご安心ください。<br>
                        活躍できるように丁寧に親身になりお教えいたします。
                    </p>
                </div>

                <div class="info_wrapper">
                    <table class="table01">
                        <tbody>
                            <tr class="table_row">
                                <th class="table_column_name">業務内容</th>
                                <td class="table_column_detail">営業</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name">雇用形態</th>
                                <td class="table_column_detail">正社員（中途）未経験可</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name recr_padding01">資格</th>
                                <td class="table_column_detail recr_padding01">普通免許</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name recr_padding02">給与</th>
                                <td class="table_column_detail recr_padding02">月給180.00円以上（経験、能力を考慮します）</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name">勤務時間</th>
                                <td class="table_column_detail">8：30~17：30</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name recr_padding04">休日・休暇</th>
                                <td class="table_column_detail recr_padding04">隔週土曜日（7月、8月は毎週土曜日休み）日曜日、祝日、GW、夏季休暇、年末年始休暇</td>
                            </tr>
                            <tr class="table_row">
                                <th class="table_column_name recr_padding03 recr_align">待遇</th>
                                <td class="table_column_detail recr_padding03">昇給年1回、賞与年2回、各種社会保険完備、忘年会、通勤手当、皆勤手当<br>試用期間3ヶ月あり</td>
                            </tr>
                        </table>
                    </table>
                </div>

                <div class="text_box recr_textbox">
                    <h4 class="box_recruit_ttl01">応募方法</h4>
                    <p class="box_recruit_txt01">電話またはメールフォームでご連絡の上、履歴書（写真貼付）を郵送してください。<br>
                        ご応募の秘密は厳守いたします。</p>
                    <div class="text_box_child">
                        <p class="contact_tel_title"><span class="tel_style">Tel</span><a href="tel:+048-996-4331" class="contact_tel">048-996-4331&nbsp;(代)</a></p>
                        <p class="contact_tel_desc">担当 ／ 採用係　履歴書送付先 ／ 〒340-0808  埼玉県八潮市緑町2丁目17番地1</p>
                    </div>
                </div>

                <div class="inner com_button_contact">
                    <a href="./contact.html">お問い合わせ</a>
                </div>
            </div>
        </section><!--recruit_sec01-->
    </div><!--/main-->

<?php

get_footer();
