@extends('front.layouts.front')
@section('content')

  <section class="main-section py-0 ">
    <section class="artical-section py-5">
      <div class="container">
        <div class="box-text ">
          <div class="row g-4">
            <div class="col-12 col-lg-6">
              <div class="d-flex align-items-start gap-2">
                <b>@lang("Address"):</b>
                <span class="text-main-color">مسوق اجهزة تحلية مياه</span>
              </div>
            </div>
            <div class="col-12 col-lg-6">
              <div class="d-flex align-items-start gap-2">
                <b> القسم الرئيسي والفرعي:</b>
                <span class="text-main-color">المبيعات والتسويق - التجزئة والبيع المباشر</span>
              </div>
            </div>
            <div class="col-12 col-lg-6">
              <div class="d-flex align-items-start gap-2">
                <b> مكان الوظيفة اختيار
                  اكثر من مدينة:</b>
                <span class="text-main-color">الرياض - منطقة الرياض</span>
              </div>
            </div>
            <div class="col-12">
              <b>المهام والوصف
                الوظيفي:</b>
              <div class="border bg-light rounded p-3 mt-2">
                - مطلوب مندوب لتسويق وبيع أجهزة تحلية مياه وأجهزة أمنية (كاميرات شبكات سنترالات انتركوم عقود صيانة)
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex align-items-start gap-2">
                <b> نوع التوظيف
                  :</b>
                <span class="text-main-color">
                  دوام كامل
                </span>
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex align-items-start gap-2">
                <b> مقترح الراتب
                  :</b>
                <span class="text-main-color">
                  غير محدد
                </span>
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex align-items-start gap-2">
                <b> الجنس
                  :</b>
                <span class="text-main-color">
                للجنسين
                </span>
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex flex-column gap-2">
                <b> الشروط والمهارة
                  :</b>
                <span class="text-main-color">
                  <ul class="list-unstyled">
                    <li>- لديه سيارة</li>
                    <li>- خبرة في مجال التسويق والمبيعات</li>
                    <li>- خبرة بالانظمة الأمنية والكاميرات</li>
                  </ul>
                </span>
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex flex-column gap-2">
                <b> اللغات المطلوبة
                  :</b>
                <span class="text-main-color">
                  <ul class="list-unstyled">
                    <li>
                      - العربية
                    </li>
                    <li>
                      - الانجليزية
                    </li>
                  </ul>
                </span>
              </div>
            </div>
            <div class="col-12 col-lg-4">
              <div class="d-flex flex-column gap-2">
                <b> البدالت والمميزات
                  :</b>
                <span class="text-main-color">
                <ul class="list-unstyled">
                  <li>- راتب</li>
                  <li>- بدل سيارة</li>
                  <li>- بدل بنزين</li>
                </ul>
                </span>
              </div>
            </div>
          </div>
        </div>
      </div>
      </div>
    </section>
  </section>
@endsection
