<!DOCTYPE html>
<html lang="en">

<head>
    <meta charset="utf-8">
    <title>สมัครงาน</title>
    <meta content name="author">
    <meta content="Ecata - City Portal" name="description">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta name="HandheldFriendly" content="true">
    <meta name="format-detection" content="telephone=no">
    <meta content="IE=edge" http-equiv="X-UA-Compatible">
    <meta pcontent="ซอสปรุงรส ออร์แกนิค ขนาด 300 มล. ตราเด็กสมบูรณ์">
    <meta property="og:description" content="ซอสปรุงรสคุณภาพชั้นเยี่ยมที่คัดสรรอย่างดี ผลิตจากถั่วเหลือง ข้าวสาลี และวัตถุดิบออแกร์นิค 100 % มั่นใจในคุณภาพและความปลอดภัย ได้รับมาตรฐานออร์แกนิคจากสหภาพยุโรป หมักบ่มด้วยวิธีธรรมชาติรสชาติ นานกว่า 8 เดือน คุณสมบัติ ใช้ส่วนผสมที่่เป็นออแกร์นิค 100% ผ่านการรับรองตามมาตรฐานยุโรป เป็นสูตร 3 no. คือ 1. No Preservative 2. No Artificial Colour 3. No MSG เมนูแนะนำ ใช้ปรุงอาหารได้รสชาติความอร่อยดั้งเดิม กลมกล่อม หอมอร่อย เหมาะสำหรับผู้รักสุขภาพ หรือเมนูอาหารเพื่อสุขภาพ ​​Shelf Life 18 เดือน หลังเปิดแล้วควรเก็บในตู้เย็น">
    <?php include('head-link.php'); ?>
    <!-- ION CSS -->
    <link href="../vendors/ion-rangeslider/css/ion.rangeSlider.css" rel="stylesheet" type="text/css">
    <link href="../vendors/ion-rangeslider/css/ion.rangeSlider.skinHTML5.css" rel="stylesheet" type="text/css">

</head>

<body class="page-blog-grid">
    <div class="page-wrapper">
        <?php include('header.php'); ?>
        <main class="page-main">
            <div class="section-banner">
                <div class="section-banner__bg" style="background-image: url(../assets/img/banner-breadcrumb/job-1.png)">
                    <div class="uk-container">
                        <div class="section-banner__content">
                            <div class="uk-grid uk-child-width-auto@m uk-flex-bottom" data-uk-grid>
                                <div class="uk-width-expand@m">
                                    <div class="section-banner__breadcrumb">
                                        <ul class="uk-breadcrumb">
                                            <li><a href="#">หน้าแรก</a></li>
                                        </ul>
                                    </div>
                                    <div class="section-banner__title">สมัครงาน</div>
                                </div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
            <div class="page-content">
                <div class="uk-container uk-section-large">
                    <div class="uk-grid-small" uk-grid>
                        <div class="uk-width-auto team-item__body">
                            <div class="team-item__name">
                                <h2>Trade Marketing Supervisor</h2>
                            </div>
                            <div class="team-item__position">สำนักงานใหญ่</div>
                        </div>
                        <div class="uk-width-expand">
                            <div class="section-content job-detail">
                                <h3 class="uk-h3">รายละเอียดงาน</h3>
                                <p>1. ติดตามและดำเนินกิจกรรมทางการตลาด รวมถึงรายการส่งเสริมการขายในช่องทางการขายทุกช่องทางตามที่ได้รับมอบหมาย</p>
                                <p>2. วิเคราะห์และประเมินผลกิจกรรมทางการขาย โปรโมชั่นในช่องทางการขายทุกช่องทาง</p>
                                <p>3. ติดตามและดำเนินการร่วมกับผู้บังคับบัญชาให้เป็นไปตามเป้าหมายและนโยบายของบริษัท</p>
                                <p>4. ทำข้อมูลและวิเคราะห์ยอดขายตลาด(ผ่านข้อมูล Nielsen,EYC,B2B)และข้อมูลภายในจากข้อมูล SAP</p>
                                <p>5. ติดตามและดำเนินการจัดทำแผนการจัดเรียงสินค้า (Plan-O-Gram)ตามที่ได้รับมอบหมาย</p>
                                <p>6. ประสานงานตามโครงการต่างๆที่ได้รับมอบหมายเพื่อให้บรรลุวัตถุประสงค์ของบริษัท</p>
                                <hr>
                                <h3 class="uk-h3">คุณสมบัติผู้สมัคร</h3>
                                <p>1. วุฒิการศึกษาขั้นต่ำปริญญาตรี สาขาบริหารธุรกิจระหว่างประเทศหรือและสาขาอื่น ๆ ที่เกี่ยวข้อง</p>
                                <p>2. มีประสบการณ์การทำงานในสาขาเกี่ยวข้อง ไม่น้อยกว่า 3 ปีหรือเทียบเท่า</p>
                                <p>3. ใช้คอมพิวเตอร์และโปรแกรมพื้นฐานได้</p>
                                <p>4. มีพื้นฐานการวิเคราะห์ข้อมูลทางการตลาด</p>
                                <p>5. มีทักษะในการเจรจาและบริหาร</p>
                            </div>
                        </div>
                    </div>
                </div>
                <div class="uk-container-expand block-color">
                    <div class="uk-container uk-section-large">
                        <h3 class="uk-h2">สมัครงานในตำแหน่งนี้</h3>
                        <form>
                            <div class="uk-grid uk-grid-medium uk-child-width-1-2@s" data-uk-grid>
                                <div> <input class="uk-input" type="text" name="first_name" placeholder="ชื่อ" required></div>
                                <div> <input class="uk-input" type="text" name="last_name" placeholder="นามสกุล" required></div>
                                <div> <input class="uk-input" type="text" name="email" placeholder="อีเมล์" required></div>
                                <div> <input class="uk-input" type="text" name="phone" placeholder="เบอร์มือถือ" required></div>
                                <div class="uk-width-1-1"><input class="uk-input" type="text" name="subject" placeholder="ชื่อเรื่อง" required></div>
                                <div class="uk-width-1-1"><textarea class="uk-textarea" rows="10" name="message" placeholder="ข้อความเพิ่มเติม" required></textarea></div>
                                <div class="uk-width-1-1" uk-form-custom>
                                    <div class="uk-inline uk-width-1-1">
                                        <input type="file">
                                        <span class="uk-form-icon-resume">Resume :</span>
                                        <button class="uk-button uk-button-default uk-input" type="button" tabindex="-1">อัพโหลด Resume</button>
                                        <span class="uk-form-icon uk-form-icon-flip" uk-icon="icon: plus"></span>
                                    </div>
                                </div>
                                <hr class="uk-width-1-1">
                                <div class="uk-width-1-1"> <label><input class="uk-checkbox" type="checkbox"> ข้าพเจ้าตกลงและให้ความยินยอมในการเปิดเผยข้อมูลส่วนบุคคลแก่ บริษัท หยั่น หว่อ หยุ่น คอร์ปอเรชั่น กรุ๊ป จำกัด "บริษัท" รวมถึงการเก็บรวบรวม ใช้หรือเปิดเผยข้อมูล
                                        ส่วนบุคคลของข้าพเจ้าที่ให้ไว้ในเว็บไซต์ของบริษัทฯ เพื่อการติดต่อและดำเนินการใดๆ เกี่ยวกับการสมัครงานของบริษัทฯ</label></div>
                                <div class="uk-width-1-1 text-align"><button class="uk-button uk-button-danger uk-button-large" style="height: 50px; padding: 0 5em;" type="submit">สมัครงาน</button></div>
                            </div>
                        </form>
                    </div>
                </div>


            </div>

            <!-- footer -->
            <?php include('footer.php'); ?>
            <!-- /footer -->




            <!-- sing-in  -->
            <?php include('sing-in.php'); ?>
            <!-- script  -->
            <?php include('script.php'); ?>

            <!-- Ion JavaScript -->
            <script src="../vendors/ion-rangeslider/js/ion.rangeSlider.min.js"></script>
            <script src="../dist/js/rangeslider-data.js"></script>

        </main>
    </div>

</body>

</html>