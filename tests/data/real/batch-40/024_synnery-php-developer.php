<?php
$arrPostion = array();

/**
 * PHP Developer
 */
$arrPostion[] = array(
    'postion'       => 'PHP Developer',
    'subpostion'    => '(รับแบบ WFH ด้วย)',
    'salary'        => '35,000 - 60,000',
    'vacancies'     => 1,
    'experience'    => '2 ปีขึ้นไป',
    'jobdesc'   => '
    <ul class="ss-list-01 style-03 mt-2">
        <li class="color-black fw-400 mt-4">
            พัฒนา หรือแก้ไขงาน Web Application, Website, Intranet ด้วย PHP, PHP Codeigniter 4 เชื่อมฐานข้อมูลด้วย SQL Server, MySQL ผ่าน Git
        </li>
        <li class="color-black fw-400 mt-4">
            ปรับแก้ไข HTML page พร้อมเพิ่มลูกเล่น Java Script ต่างๆ ตาม Design ผ่าน Git
        </li>
        <li class="color-black fw-400 mt-4">
            ตอบคำถาม หรือให้คำปรึกษา ผ่าน Line Group Support ให้กับผู้ใช้งานเกี่ยวกับการใช้งานของระบบ
        </li>
        <li class="color-black fw-400 mt-4">
            แก้ไขงาน Hot fix/Bug และปัญหาต่างๆ ที่เกิดขึ้นในระบบตามที่ผู้ใช้งานแจ้งเข้ามา ให้แล้วเสร็จตาม SLA ของบริษัท
        </li>
        <li class="color-black fw-400 mt-4">
            บริหารจัดการแผนงานและ Workload ให้ Out Soruce ที่ช่วยในการแก้ไขปัญหาต่างๆ ให้ไปตาม SLA ของบริษัท
        </li>
        <li class="color-black fw-400 mt-4">
            ติดต่อประสานให้คำปรึกษา คำแนะนำ ติดตาม ตรวจสอบ และอธิบายรายละเอียดงานให้กับ Outsource
        </li>
    </ul>
    ',
    'jobspec'   => '
    <ul class="ss-list-01 style-03 mt-2">
        <li class="color-black fw-400 mt-4">
            ประสบการณ์ และผลงานในการพัฒนาระบu Web Site, Web Apps
        </li>
    </ul>    
    ',
);
