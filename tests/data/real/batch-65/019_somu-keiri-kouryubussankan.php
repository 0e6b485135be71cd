<?php get_header(); ?>

      <div class="title recruit">
        <div class="title-recruit">
          <img src="<?php echo get_template_directory_uri(); ?>/assets/img/recruit/title-recruit.png" alt="">
        </div>
        <div class="title-logo">
          <img src="<?php echo get_template_directory_uri(); ?>/assets/img/recruit/title-logo.png" alt="">
        </div>

      </div>

      <div class="lead recruit">
        <div class="container container--recruit">
          <p class="recruit__text font-size--M">
            太田市との協働で、弊社の資本を投入して交流物産館を建設し、さらに弊社が永年に亘って培った経験と技術、ノウハウを活用して管理運営することにより、地域交流や観光交流など市民の更なる賑わいと新たな雇用創出や消費の拡大など地域経済の活性化を図り太田市の発展のための一翼を担う事業です。
          </p>

          <h3 class="recruit__content-title font-size--LL fw--bold">社員</h3>

          <div class="sp sp--table">
            <table border="1" class="recruit__table font-size--M">
              <tr>
                <th>職種</th>
                <td>総務・経理</td>
              </tr>
              <tr>
                <th>主な業務内容</th>
                <td>
                  ・施設及び設備の維持管理<br />
                  ・売上管理<br />
                  ・集計事務<br />
                  ・入金、支払事務<br />
                  ・庶務全般
                </td>
              </tr>
              <tr>
                <th>採用人数</th>
                <td>1人</td>
              </tr>
              <tr>
                <th>
                  勤務時間<br />
                  （実働時間）
                </th>
                <td>9.15時間（7.45時間）</td>
              </tr>
              <tr>
                <th>
                  勤務時間<br />
                  （交代勤務）
                </th>
                <td>
                  8:45～18:00<br />
                  11:45～21:00<br />
                  ※ 1ヶ月単位のシフト制
                </td>
              </tr>
              <tr>
                <th>休日</th>
                <td>
                  週休2日<br />
                  （毎週水曜日のほかに1日）<br />
                  年末年始
                </td>
              </tr>
              <tr>
                <th>月額給与</th>
                <td>20万円</td>
              </tr>
              <tr>
                <th>通勤手当</th>
                <td>実費支給</td>
              </tr>
              <tr>
                <th>保険加入</th>
                <td>
                  健康保険・厚生年金・<br />
                  雇用保険・労災保険
                </td>
              </tr>
              <tr>
                <th>条件・資格等</th>
                <td>
                  パソコン操作<br />
                  （ワード、エクセル）ができる<br />
                  自動車運転免許
                </td>
              </tr>
            </table>
