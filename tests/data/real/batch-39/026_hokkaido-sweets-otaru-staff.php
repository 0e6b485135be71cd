<?php get_header();?>
<div class="fp-product__contents l-contents--c">
    <h2><img src="https://hokkaido-sweets.co.jp/cms-admin/wp-content/themes/hokkaido-sweets/assets/images/recruitment/recruitment_title.png" alt="採用情報"></h2>
    <div class="col nb">
        <dl>
            <dt>【雇用形態】</dt>
            <dd>正社員　※試用期間6ヵ月（労働条件は変わらず）</dd>
        </dl>
        <dl>
            <dt>【職種】</dt>
            <dd>店舗販売スタッフ<br>製造スタッフ</dd>
        </dl>
        <dl>
            <dt>【給与】</dt>
            <dd>・基本給 200,000円（月額）<br>・賞与あり（年二回）<br>※個人査定、会社業績による（前年度実績平均0.8ヵ月）</dd>
        </dl>
        <dl>
            <dt>【就業時間】</dt>
            <dd>・シフト制<br>・9:00～19:00の間の実働8時間（休憩60分）<br>・時間外労働あり（前年度実績月平均4時間程度）<br>※見込み残業はありません。時間外労働手当は1分単位で支給</dd>
        </dl>
        <dl>
            <dt>【休日等】</dt>
            <dd>・週休二日制<br>・年間休日日数104日間<br>※6か月経過後の年次有給休暇日数10日</dd>
        </dl>
        <dl>
            <dt>【加入保険】</dt>
            <dd>・各種社会保険完備（雇用保険、労災保険、健康保険、厚生年金保険）</dd>
        </dl>
        <dl>
            <dt>【各種手当】</dt>
            <dd>・交通費全額支給<br>・制服貸与<br>・社員割引制度有</dd>
        </dl>
        <dl>
            <dt>【勤務地】</dt>
            <dd>・sweets garden Prateria（販売店舗）<br>住所：小樽市堺町5－29（最寄り駅「南小樽駅」から徒歩約10分）<br>・製造工場<br>住所：小樽市堺町2－15（最寄り駅「小樽駅」から徒歩約10分）</dd>
        </dl>
        <dl>
            <dt>【必須スキル】</dt>
            <dd>高卒以上</dd>
        </dl>
        <dl>
            <dt>【職務内容】</dt>
            <dd>-店舗販売スタッフ-<br>
                スイーツショップの店頭販売員業務<br>
                （ソフトクリームやケーキの提供、レジ操作、商品発注業務、店舗清掃及び機械洗浄等）<br>
                厨房の菓子製造の補助業務<br>
                （焼き菓子の梱包作業、簡単な仕込みの補助作業、厨房の清掃等）<br>
                ※厨房の補助業務は専門的技術が必要な作業はありません。<br><br>
                -製造スタッフ-<br>生菓子及び焼き菓子の製造業務<br>
                シフトにより店舗販売業務の一部ヘルプも有り<br><br>
                未経験者、第二新卒の方、歓迎します。</dd>
        </dl>
    </div>
    <div class="col nb">
        <dl>
            <dt>【選考】</dt>
            <dd>電話応募→書類選考→面接→適性試験（SPI）<br>※応募希望の方はまずはお電話にてご連絡下さい。<br>0134-64-6122（採用担当者：吉田宛）</dd>
        </dl>
    </div>
    <div class="col">
        <p>【お店からのメッセージ】<br>会社は創業より40年の歴史があります。<br>スイーツ事業は前身である「Sapporo Sweets Garden PALOM」から合わせて10年の実績<br>業界にありがちな見込み残業や長時間労働のない、長く安心して働いて頂ける職場です。<br>未経験からの採用実績も多数御座います。ご不明な点がありましたらお電話にてお問合せ下さい。
        </p>
    </div>
</div>

<style>
    @charset "utf-8";

    h2 {
        margin: 0 auto 50px;
        display: flex;
        justify-content: center;
    }

    .col {
        padding: 30px 5px;
        border-top: 1px solid #707070;
        border-bottom: 1px solid #707070;
        color: #707070;
    }

    .nb {
        border-bottom: 0;
    }

    dl {
        display: flex;
        width: 100%;
        margin: 1em 0;
    }

    dt {
        width: 15%;
    }

    dd {
        width: 85%;
        box-sizing: border-box;
        margin-left: 2em;
    }

    @media (max-width: 767px) {
        dl {
            flex-direction: column;
        }

        dt,
        dd {
            width: 100%;
            margin-left: 0;
        }
    }

</style>

<?php get_footer();?>
