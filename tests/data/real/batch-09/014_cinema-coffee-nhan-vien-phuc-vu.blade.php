@extends('front.layout.master')

@section('content')
    <div class="container-fluid paper-header">
        <div class="container">
            <div class="row">
                <div class="col-12">
                    <h1 class="header-title">
                        Tuyển dụng
                    </h1>
                </div>
            </div>
        </div>
    </div>

    <div class="container mt-4 mb-5">
        <div class="shadow-body">
            <img src="https://cafephim.vn/wp-content/uploads/2016/08/tuyen-dung.jpg"
                 alt="" class="w-100">
        </div>
        <div class="shadow-body p-3 mt-4">
            <div class="subtitle-body">
                Cinema Coffee tuyển nhân viên phục vụ
            </div>
            <br>
            <div>
                <p>
                    ★★★ TUYỂN DỤNG★★★ CINE CAFE thông báo tuyển dụng nhân viên phục vụ
                    <br>
                    ★ Mức lương: Lương cứng 2-3 triệu ( Chưa có thưởng doanh thu)
                    <br>
                    ★ Mô tả
                    <br>
                    – Phục vụ đồ ăn, nước uống theo yêu cầu của khách hàng
                    <br>
                    – Giải đáp các thông tin khách hàng
                    <br>
                    – Các công việc theo sự chỉ đạo của quản lý
                    <br>
                    – Công tác vệ sinh tại cửa hàng
                    <br>
                    – Chi tiết công việc trao đổi trong buổi phỏng vấn
                    <br>
                    <br>
                    ★ Thời gian làm việc: Làm việc theo ca
                    <br>
                    Ca làm việc: 7:30 AM – 3:00 PM; 3:00 PM – 10: PM
                    <br>
                    – Ca làm việc theo sự sắp xếp của quản ly.
                    <br>
                    <br>
                    ★ Kỹ năng:
                    <br>
                    – Đã có kinh nghiệm làm trong các quán café, thức ăn nhanh, cửa hàng thực phẩm.
                    <br>
                    – Nam/nữ trên 18 tuổi
                    <br>
                    – Ngoại hình dễ nhìn
                    <br>
                    – Kỹ năng giao tiếp tốt.
                    <br>
                    – Năng động, trung thực, nhiệt tình và có trách nhiệm với công việc
                    <br>
                    <br>
                    ★ Trình độ: Lao động phổ thông
                    <br>
                    ★ Thời gian thử việc: 2 tuần
                    <br>
                    ★ Thời hạn nộp hồ sơ: 5/9/2015
                    <br>
                    <br>
                    Địa chỉ nhận Hồ sơ: 166 Xã Đàn 2 (đường ven hồ Đắc Di)
                    <br>
                    Điện thoại liên hệ: 0918323555
                    <br>
                    Email: cinecafehn@gmail.com
                </p>
            </div>
        </div>
    </div>
@endsection
