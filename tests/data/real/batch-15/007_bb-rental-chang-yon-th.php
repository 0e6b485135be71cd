<!doctype html>
<html lang="en">
  <head>
    <!-- START HEADER -->
    <?php include_once('inc/header.php'); ?>
    <!-- END HEADER -->
  </head>

  <body>
  <!-- START NAVBAR -->
    <?php include_once('inc/navbar.php'); ?>
  <!-- END NAVBAR -->

    <div class="wrapper fadeIn animated">
       <!-- CONTENT -->

       <div class="container pb-5">
           <div class="row mx-0 mt-4 justify-content-center">
             <div class="home-font">"บริการดี ตรงต่อเวลา ราคาประหยัด ซื่อสัตย์ต่อลูกค้า "</div>
           </div>
           <div class="row mx-0 tran-bg mt-5">ร่วมงานกับเรา</div>
             <div class="line-h-15">
               <p class="my-3 text-singir">ช่างยนต์ (5 ตำแหน่ง) </p>
                 <p>
                   - เพศชาย ไม่จำกัดอายุ
                 </p>
                 <p>
                   - ช่างบำรุงเครื่องจักร เพื่อให้เครื่องจักรกำเนินการผลิตได้ตลอดเวลา
                 </p>
                 <p>
                   - เปลียนอะไหล่เครื่องจักร ตามแผนหรือตามสถานณ์
                 </p>
                 <p>
                   - ช่างบำรุ่งดูแลอะไหล่และเครื่องมือให้พร้อมใช้งานอยู่เสมอ
                 </p>
             </div>

             <div class="line-h-15 my-5">
               <p class="my-3 text-singir-1">สวัสดิการ</p>
                 <p>
                   ประกันชีวิต
                 </p>
                 <p>
                   ประกันสุขภาพ
                 </p>
                 <p>
                   เงินโบนัสตามผลงาน
                 </p>
                 <p>
                   ประกันสังคม
                 </p>
                 <p>
                   ทำงานสัปดาห์ละ 5 วัน
                 </p>
                 <p>
                   ตามข้อตกลงของบริษัท
                 </p>
             </div>

             <div>
               <hr />
             </div>
       </div>








           <!-- END CONTANER ------>
       </div>
       <!-- END CONTENT ---------->
   </div>

   <!-- START FOOTER -->
   <?php include_once('inc/footer.php'); ?>
   <!-- END FOOTER -->

   <!-- START FOOTER SCRIPT -->
   <?php include_once('inc/footer-script.php'); ?>
   <!-- END FOOOTER SCRIPT -->


 </body>
</html>
