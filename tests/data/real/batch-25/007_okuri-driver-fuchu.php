<section id="feed-driver" class="feeddriver common__recruit__section common__jobtype">
  <h2 class="feeddriver__title common__title">
    <img src="<?php echo get_template_directory_uri(); ?>/assets/img/recruit/feed-driver/feeddriver_title.png" alt="送りドライバー">
  </h2>
  <ul class="feeddriver__workingstyle__list common__width common__jobtype__workingstyle__list">
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">募集職種</h3>
      <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
        送りドライバー
      </p>
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">お仕事の内容</h3>
      <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
        営業終了後、キャストやスタッフを安全に家まで送るお仕事です。
      </p>
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">給与</h3>
      <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
        1回あたり<span class="--large">3,500</span>円<br>
      </p>
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">勤務時間</h3>
      <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
        深夜１時過ぎから
      </p>
    </li>
    <li class="feeddriver__workingstyle__item __treatment common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">待遇</h3>
      日払いOK
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">店休日</h3>
      シフト制（応相談）
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">応募資格</h3>
      ・18歳以上<br>
      ・普通自動車運転免許（AT限定可）
    </li>
    <li class="feeddriver__workingstyle__item __location common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">勤務地</h3>
      <div class="grid__container">
        <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
          東京都府中市府中町1-6-1 古沢ビルB1<br>
          京王線「府中駅」徒歩1分
        </p>
        <div class="feeddriver__workingstyle__item__map">
          <a href="<?= MAP_URL_LEGEND ?>" target="_blank" class="feeddriver__workingstyle__item__map__link common__jobtype__workingstyle__item__map__link">
            <div class="common__jobtype__workingstyle__item__map__icon">
              <i class="fa-solid fa-location-dot"></i>
            </div>
            <span>map</span>
          </a>
        </div>
      </div>
      <div class="grid__container">
        <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
          東京都調布市布田１丁目４９−２７ 太陽ビル 1F<br>
          アクセス：京王線「調布駅」 徒歩３分
        </p>
        <div class="feeddriver__workingstyle__item__map">
          <a href="<?= MAP_URL_JEWEL ?>" target="_blank" class="feeddriver__workingstyle__item__map__link common__jobtype__workingstyle__item__map__link">
            <div class="common__jobtype__workingstyle__item__map__icon">
              <i class="fa-solid fa-location-dot"></i>
            </div>
            <span>map</span>
          </a>
        </div>
      </div>
    </li>
    <li class="feeddriver__workingstyle__item common__jobtype__workingstyle__item">
      <h3 class="feeddriver__workingstyle__item__title common__jobtype__workingstyle__item__title">採用までの流れ</h3>
      <p class="feeddriver__workingstyle__item__text common__jobtype__workingstyle__item__text">
        1. 電話、LINE、メールにてお問い合わせください<br>
        2. 面接、体験入店<br>
        3. 採用
      </p>
    </li>
  </ul>
</section>