
<div class="tuyendung" style="border: 1px solid #ddd; margin: 10px; padding: 10px;">
    <h2 style="text-align: center;">THÔNG BÁO TUYỂN DỤNG</h2>
    <h3>Cửa hàng thực phẩm sạch YORI</h3>
    <p>Tuyển dụng vị trí : Nhân viên giao hàng</p>
    <p>Số lượng: 4 người</p>
    <h4>Mô tả công việc:</h4>
    <p>- Lấy hàng từ địa chỉ được giao và giao hàng trong khu vực được phân công <br>
       - Xếp, dỡ hàng hóa, chở hàng đúng quy cách <br> 
       - Bảo quản tốt hàng hóa khi giao <br> 
       - Giao hàng cho khách hàng đảm bảo chất lượng hàng hóa, kịp thời về thời gian đúng địa điểm. <br> 
       - Cập nhật tiến độ giao hàng, các tình huống phát sinh nhanh chóng cho quản lý trực tiếp và các bộ phận liên quan để xử lý. <br> 
       - Ghi chép nhật ký giao hàng</p>
    <h4>Yêu cầu công việc</h4>
    <p> - Giới tính: Nam <br> 
        - Có giấy phép lái xe máy hoặc ô tô tùy vào từng vị trí <br>
        - Sức khỏe tốt, nhanh nhẹn <br>
        - Đã tiêm đủ 2 mũi vacxin phòng COVID <br>
        - Trung thực, thật thà, có trách nhiệm với công việc <br> 
        - Thông thạo đường xá quận Liên Chiểu.</p>
    <h4>Quyền lợi được hưởng</h4>
    <p>- Được đóng BHXH, BHYT, BH thất nghiệp theo quy định của nhà nước. <br>
    - Được hưởng chế độ chăm sóc sức khỏe toàn diện. <br>
    - Được hưởng các quyền lợi khác theo chính sách của cửa hàng</p>
    <h4>Mức lương Nhân viên giao hàng</h4>
    <p>Mức lương cố định : 8.000.000vnđ/tháng </p>
    <p>Trợ cấp ăn trưa : 600.000vnđ/tháng</p>
    <p>trợ cấp xăng xe : 2.000.000vnđ/tháng</p>
    
    <p>
<h4>Hồ sơ bao gồm:</h4>
- Sơ yếu lí lịch có dán ảnh 4×6 (không quá 06 tháng) <br>
- Bản sao giấy khai sinh, các văn bằng, chứng chỉ. <br>
- Giấy khám sức khỏe không quá 01 tháng. <br>
- Chứng minh thư, hộ khẩu photo công chứng. <br>
<h4> - Hồ sơ ghi rõ vị trí dự tuyển gửi trực tuyến qua địa chỉ congpt0989842523@gmail.com. <br> 
    - Hoặc nộp trực tiếp tại cửa hàng: 54 Nguyễn Lương Bằng - Hòa Khánh Bắc -Liên Chiểu-TP.Đà Nẵng.</h4>
Hạn nộp hồ sơ: 30/12/2021.</p>
</div>
