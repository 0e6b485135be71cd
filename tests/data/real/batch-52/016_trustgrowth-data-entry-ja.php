        <?php elseif($str =="4"): ?>
          <div class="col-xl-12 col-lg-12 col-md-12 col-sm-12 col-12 title-row-3">
            <h3>募集要項</h3>
          </div>
          <div class="col-xl-12 col-lg-12 col-md-12 col-sm-12 col-12 title-row-3-sub">
            <h3>障がい者採用：データ入力（東京本社）</h3>
          </div>
          <table class="table_type1">
              <tbody>
              <tr>
                <th>職種</th>
                <td class="td-blank"></td>
                <td>データ入力</td>
              </tr>
              <tr>
                <th>雇用形態</th>
                <td class="td-blank"></td>
                <td>パート</td>
              </tr>
              <tr>
                <th>勤務地</th>
                <td class="td-blank"></td>
                <td>
                ■東京都新宿区西新宿2-7-1 小田急第一生命ビル13階<br>
                ■アクセス：都営大江戸線「都庁前駅」徒歩2分、各線「新宿駅」徒歩15分
                </td>
              </tr>
              <tr>
                <th>業務内容</th>
                <td class="td-blank"></td>
                <td>
                スタッフ情報・求人情報の入力をお願いします。<br>
                ・Excelおよび社内システムへの入力です。<br>
                ・既存のフォーマットに入力していただきますので、<br>
                ゼロベースから作成する業務はありません。<br>
                ・スピードと正確さが求められる業務です。
                </td>
              </tr>
              <tr>
              <tr>
              <th> 給与</th>
              <td class="td-blank"></td>
              <td>時給 1000円 </td>
              <tr>
                <th>資格</th>
                <td class="td-blank"></td>
                <td>
                ■Excelを使用した実務経験がある方<br>
                ■タッチタイピングが出来る方<br>
                ■障がい者手帳をお持ちの方
                </td>
              </tr>
              <tr>
                <th>勤務時間</th>
                <td class="td-blank"></td>
                <td>
                10:00～16:00（休憩1h）
                </td>
              </tr>
              <tr>
                <th>休日休暇</th>
                <td class="td-blank"></td>
                <td>
                週4日勤務/日祝固定休＋他シフト制<br>
                ※勤務曜日はご相談に応じます<br>
                ■週20時間以内の勤務
                </td>
              </tr>
              <tr>
                <th>保険</th>
                <td class="td-blank"></td>
                <td>
                加入非対称
                </td>
              </tr>
              <tr>
                <th>設備状況</th>
                <td class="td-blank"></td>
                <td>
                エレベーター：有<br>
                階段手すり：有<br>
                段差：有<br>
                建物内車椅子移動：難しい箇所有り<br>
                ドア：手動<br>
                障がい者用トイレ：有（ただし設置は1階のみ）
                </td>
              </tr>
              <tr>
                <th>応募方法</th>
                <td class="td-blank"></td>
                <td>
                履歴書・職務経歴書・障がい者手帳のコピーをご送付下さい。<br>
                書類選考後にご連絡させて頂きます。<br>
                ＜送付先＞<br>
                東京都新宿区西新宿2-7-1 小田急第一生命ビル13階<br>
                株式会社トラストグロース 採用担当
                </td>
              </tr>
              <tr>
                <th>問合せ先</th>
                <td class="td-blank"></td>
                <td>
                採用に関するお問い合わせは以下メールアドレス採用担当までお願い致します<br>
                E-mail：jinji@trust-growth.co.jp
              </tr>
            </tbody>
          </table>
