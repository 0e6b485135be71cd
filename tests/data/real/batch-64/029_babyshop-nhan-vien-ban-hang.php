<!DOCTYPE html>
<html>
<head>
	<title>Tuyển dụng </title>
	<meta charset=utf-8>
	<meta name=description content="">
	<meta name=viewport content="width=device-width, initial-scale=1">
	<link rel="stylesheet" type="text/css" href="css/Login.css">
	<style type="text/css">
		#gioithieu{
			width: 74.5%;
			height: 900px;
			float: right;
			position: relative;
		}
	</style>
	<?php include("include/icon.php") ?>
</head>
<body>
	<div id="tong">
		<?php include("include/user_side_bar.php") ?>
		<div id="gioithieu">
			<font size="5px">
				<b>Tuyển Dụng Nhân Viên Bán Hàng</b><br>
				Đăng bởi <font color="#5BC1D4"><b>Admin</b></font> ngày <font color="#5BC1D4"><b>22-10-2019</b></font><br><br><br>
			</font>
			<font size="4px">
				<b>Mô tả công việc</b><br>

				- Nhân viên bán hàng là người chịu trách nhiệm tư vấn, chăm sóc khách hàng tại cửa hàng.<br><br>
				

				<b>Các công việc chính</b><br>
				- Tư vấn, giới thiệu và bán hàng cho khách.<br>
				- Đảm bảo hàng hoá tại bộ phận phải đầy đủ: mã, loại, trưng bày đẹp mắt… Báo cáo ngay với cửa hàng trưởng khi phát hiện ra các hiện tượng mất mát, cố ý phá hoại sản phẩm.<br>
				- Nắm rõ các mặt hàng bán chạy, bán chậm… Báo cáo cho cửa hàng trưởng để nhập hàng đúng nhu cầu của khách hàng.<br>
				- Vệ sinh hàng hoá: vệ sinh sản phẩm, sào, kệ, hằng ngày.<br>
				- Cập nhật những thông tin, thông báo để có kế hoạch tư vấn, giải quyết yêu cầu của khách hợp lý.<br>
				- Làm theo sự phân công của cấp trên.<br><br>
				

				<b>KPI công việc</b><br>
				- Đảm bảo doanh thu.<br>
				- Kiểm soát các tài sản, hàng hóa tại cửa hàng.<br>
				- Đảm bảo thời gian làm việc<br><br>
				
				<b>Yêu cầu công việc</b><br>
				- Tốt nghiệp PTTH, ưu tiên ứng viên có kinh nghiệm bán hàng tại các cửa hàng thời trang.<br>
				- Ngoại hình ưa nhìn.<br>
				- Am hiểu, yêu thích và cập nhật xu hướng thời trang.<br>
				- Nhanh nhẹn, giao tiếp tốt nắm bắt tâm lý khách hàng.<br>
				- Làm việc theo ca<br><br>
				

				<b>Thông tin liên hệ</b><br>

				- Ứng viên quan tâm có thể gửi hồ sơ đến địa chỉ email: hr@babyshop.vn<br>
				- Hotline 028 222 07878 – 0948182119<br>
				- Trụ sở chính: 304-306 Nguyễn Trãi, Phường 8, Quận 5, TPHCM<br>
				- Địa điểm làm việc: Hồ Chí Minh, Biên Hòa, Cần Thơ, Bến Tre, Tiền Giang, Cà Mau, Phan Thiết, Bình Dương, Tây Ninh, Long An
			</font>
			<hr>
		</div>
		<?php include("include/infor.php") ?>

		<?php include("include/move.php")?>
	</div>
</body>
</html>