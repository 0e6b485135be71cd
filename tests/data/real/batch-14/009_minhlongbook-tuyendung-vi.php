<div class="container">
    <div class="chir_breadcrumb">
        <a href="">Trang chủ</a>
        <span>/Tuyển dụng </span>
    </div>
    <div class="about-page">
        <div class="about__heading">
            <h3>Tuyển dụng</h3>
        </div>
        <div class="content-page">
        <p><strong>TUYỂN NHÂN VIÊN TRUYỀN THÔNG</strong></p>

        <p>Do nhu cầu mở rộng quy mô sản xuất, Minh Long Book cần tuyển thêm nhân lực cho vị trí sau:</p>

        <p><strong>1. Nhân viên truyền thông</strong></p>
        <p>- Số lượng cần tuyển: 05 người</p>
        <p>- Hình thức: Full time/Part time</p>

        <p><strong>2. Mô tả công việc:</strong></p>
        <p>- Lên kế hoạch truyền thông cho các sản phẩm của Minh Long Book</p>
        <p>- Biên tập tin bài, quản trị nội dung các website, mạng xã hội của Minh Long Book</p>
        <p>- Tổ chức các sự kiện hội sách, tọa đàm...</p>
        <p>- Thực hiện các công việc khác khi có yêu cầu</p>

        <p><strong>3. Yêu cầu:</strong></p>
        <p>- Có kiến thức tổng quát về PR, Marketing Online</p>
        <p>- Có khả năng viết và biên tập nội dung</p>
        <p>- Có kinh nghiệm quản trị website, mạng xã hội</p>
        <p>- Có khả năng chụp ảnh và sử dụng Photoshop</p>
        <p>- Có kinh nghiệm tổ chức sự kiện là một lợi thế</p>
        <p>- Thân thiện, hòa đồng, có khả năng làm việc nhóm và độc lập</p>

        <p><strong>4. Quyền lợi được hưởng:</strong></p>
        <p>- Mức lương: Full time 6-8 triệu/ Part time (3-4 triệu)</p>
        <p>- Tham gia BHXH, BHYT, BHTN theo quy định của Nhà nước và Công ty</p>
        <p>- Được nghỉ phép theo quy định của Luật Lao động và của công ty</p>
        <p>- Nghỉ mát trong/ngoài nước hàng năm, team building, dã ngoại định kỳ</p>
        <p>- Có cơ hội chủ động phát huy năng lực cá nhân</p>

        <p><strong>5. Thông tin chung:</strong></p>
        <p>- Nơi làm việc: Văn phòng công ty tại LK 02.03, khu đô thị Green Pearl, 378 Minh Khai, Hai Bà Trưng, Hà Nội.</p>
        <p>- Hình thức làm việc: Full time/Part time</p>
        <p>- Thời gian làm việc: Full time từ 8h00 đến 17h30 (từ thứ 2 đến thứ 7).</p>
        <p>- Part time từ 8h00-12h00 hoặc 13h30 đến 17h30 (từ thứ 2 đến thứ 7).</p>

        <p><strong>6. Yêu cầu hồ sơ:</strong></p>
        <p>- Đơn xin việc ghi rõ lý do, mục tiêu nghề nghiệp</p>
        <p>- Các bằng cấp có liên quan</p>
        <p>- Hồ sơ gửi về mail: <a href="mailto:truyenthong@minhlongbook.com.vn">truyenthong@minhlongbook.com.vn</a></p>
        <p>(Ghi rõ tiêu đề: [Vị trí ứng tuyển]_[Hình thức]_[Họ tên])</p>
        <img src="https://file.hstatic.net/1000373675/file/55672295_2146378238783307_490578109511237632_n_3c8930a5e4744ad7a1d1f087e07a7063_2048x2048.jpg" data-mce-src="https://file.hstatic.net/1000373675/file/55672295_2146378238783307_490578109511237632_n_3c8930a5e4744ad7a1d1f087e07a7063_2048x2048.jpg">


        </div>
    </div>
</div>
