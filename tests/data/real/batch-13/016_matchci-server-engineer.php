<?php
$this->load->view('common/header');
?><div class="lecturers-layer"><div class="wrapper"><div class="l_layer6">
    <div class="jobTitleArea">
        <div class="unitTitle">
            <div class="iconArea">
                <span class="icon icon--type">中途採用（正社員）</span>
                <h1 class="text--job">サーバーエンジニア&nbsp;/&nbsp;Scope株式会社</h1>
            </div>
            <div class="iconArea">
                <span class="icon icon--feature">試用期間あり</span>
            </div>
            <div class="text">サーバーエンジニア(設計構築)</div>
        </div>
    </div>
    <div class="jobDataArea">
        <div class="wrap">
            <div class="unitContent">
                <div class="unitContent">
                    <dl class="dataSet">
                        <h2 class="item">仕事内容</h2>
                        <dd class="data">
                        サーバーエンジニアして、設計構築の仕事をしていただきます。<br>Windows/Linuxサーバーの設計、構築<br>・webサーバー(Apache,nginx)<br>・データベース(MySQL,MongoDB,PostgreSQL等)<br>・DNSサーバー<br>・プロキシサーバー<br>・ActiveDirectory<br>等<br>※上記の機器全てを網羅している必要はございません。また、上記以外のスキルも歓迎です。
                        </dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">応募資格・条件</h2>
                        <div class="iconArea"></div>
                        <dd class="data">経験者のみ募集</dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">勤務地</h2>
                        <dd class="data">取引先企業<br>※リモートワークの場合は下記オフィスにて勤務可能です。<br><br>●日比谷オフィス<br>東京都千代田区内幸町2-1-1&nbsp;飯野ビルディング9階<br><br>●六本木オフィス<br>東京都港区六本木7-14-23 ラウンドクロス六本木 4F・5F<br><br>●新宿オフィス<br>東京都新宿区西新宿7-1-12<br><br>●三田オフィス<br>東京都港区芝5-29-20<br><br>●内幸町オフィス<br>東京都港区西新橋1-18-6<br><br>●渋谷オフィス<br>東京都渋谷区渋谷1-12-2<br></dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">アクセス</h2>
                        <dd class="data">
                            取引先企業<br>※リモートワークの場合の各オフィスのアクセスは下記の通りです。<br><br>●日比谷オフィス<br>霞ケ関駅&nbsp;C4出口&nbsp;直結<br>虎ノ門駅&nbsp;9番出口&nbsp;徒歩3分<br>内幸町駅&nbsp;A6出口&nbsp;直結(日比谷シティ経由)<br>桜田門駅&nbsp;4番出口&nbsp;徒歩10分<br>ゆりかもめ新橋駅&nbsp;徒歩10分<br><br>●六本木オフィス<br>都営大江戸線 &nbsp;六本木駅&nbsp;7番出口&nbsp;徒歩2分<br>東京メトロ日比谷線&nbsp;六本木駅&nbsp;4d出口&nbsp;徒歩2分<br><br>●新宿オフィス<br>都営大江戸線&nbsp;新宿西口駅&nbsp;D5出口&nbsp;徒歩1分<br>JR線/京王線/京王新線/小田急電鉄/東京メトロ丸の内線/都営地下鉄新宿線/大江戸線&nbsp;新宿駅&nbsp;西口&nbsp;徒歩5分<br>西武新宿線&nbsp;西武新宿駅&nbsp;徒歩5分<br><br>●三田オフィス<br>都営三田線/浅草線&nbsp;三田駅&nbsp;A3出口&nbsp;徒歩3分<br>JR線&nbsp;田町駅&nbsp;三田口&nbsp;徒歩5分<br><br>●内幸町オフィス<br>都営三田線&nbsp;内幸町駅&nbsp;A3出口&nbsp;徒歩2分<br>東京メトロ銀座線&nbsp;虎ノ門駅&nbsp;1番出口&nbsp;徒歩5分<br>JR線/都営浅草線/東京メトロ銀座線&nbsp;新橋駅&nbsp;徒歩6分<br>東京メトロ丸ノ内/千代田/日比谷線&nbsp;霞ケ関駅&nbsp;C3出口&nbsp;徒歩7分<br><br>●渋谷オフィス<br>東京メトロ銀座線／半蔵門線／副都心線&nbsp;渋谷駅&nbsp;B3出口&nbsp;徒歩1分<br>JR線&nbsp;渋谷駅&nbsp;宮益坂口&nbsp;徒歩4分<br>
                        </dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">勤務時間</h2>
                        <div class="iconArea"><span class="icon icon--feature">完全土日祝休み</span></div>
                        <dd class="data">9:00&nbsp;～&nbsp;18:00&nbsp;or&nbsp;10:00&nbsp;～&nbsp;19:00<br>●実働8時間・休憩1時間<br>●残業は月平均20時間程度を想定</dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">給与</h2>
                        <dd class="data">
                            月給　350,000円　～　600,000円　（※想定年収　4,200,000円　～　7,200,000円）<br>※試用期間は6ヶ月で、その間の雇用形態は契約社員です。そのほかの条件に変更はありません。<br>※上記額にはみなし残業代（月20時間分、47,300～81,100円分）を含みます。<br>※超過分は全額支給します。
                        </dd>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">休日休暇</h2>
                        <div class="iconArea"><span class="icon icon--feature">完全週休2日制</span><br><span class="icon icon--feature">年間休日120日以上</span><br><span class="icon icon--feature">夏季休暇</span><br><span
                                        class="icon icon--feature">年末年始休暇</span></div><br>
                    </dl>
                    <dl class="dataSet">
                        <h2 class="item">福利厚生</h2>
                        <div class="iconArea"><span class="icon icon--feature">雇用保険</span><br><span
                                        class="icon icon--feature">労災保険</span><br><span
                                        class="icon icon--feature">厚生年金</span><br><span
                                        class="icon icon--feature">健康保険</span><br><span
                                        class="icon icon--feature">交通費支給あり</span>
                                </div><br>
                    </dl>
                </div>
            </div>
        </div>
    </div>
    <div class="btnArea">
        <div class="more"><a href="<?php echo base_url() ?>?type=6#entry">エントリーへ<svg t="1628573299469" class="icon" viewBox="0 0 1024 1024"
                    version="1.1" xmlns="http://www.w3.org/2000/svg" p-id="1985" width="200" height="200">
                    <path
                        d="M106.666667 512A405.333333 405.333333 0 1 0 512 106.666667 405.333333 405.333333 0 0 0 106.666667 512z m358.186666-168.533333l170.666667 149.333333a25.450667 25.450667 0 0 1 0 38.4l-170.666667 149.333333a25.557333 25.557333 0 1 1-33.706666-38.4l148.693333-130.133333-148.693333-130.133333a25.557333 25.557333 0 1 1 33.706666-38.4z"
                        fill="#646464" p-id="1986"></path>
                </svg></a></div>
    </div></div>
</div></div><?php
$this->load->view('common/footer');
?>