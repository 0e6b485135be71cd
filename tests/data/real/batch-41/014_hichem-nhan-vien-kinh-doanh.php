<?php include 'templates/header.php'; ?>

<!-- //////////////////////////////////////////////////////////// -->

<div class="art-breadcrumbs art-breadcrumbs-2">
	<div class="container-fluid">
		<div class="row">
			<div class="col-xl-12 col-lg-12 col-md-12 col-sm-12 col-12">
				<div class="breadcrumbs-content">
					<div class="image-box breadcrumb-image">
						<img src="assets/images/bg-recruitment-breadcrumb.jpg" alt="Breadcrumb">
					</div>
					<!-- <div class="title-box title-breadcrumb">
						<h1 class="title">Sản phẩm</h1>
					</div> -->
				</div>				
			</div>
		</div>
	</div>

	<div class="container">
		<div class="row">
			<div class="col-xl-12 col-lg-12 col-md-12 col-sm-12 col-12">
				<div class="breadcrumbs-content">
					<div class="content-box content-breadcrumb">
						<ul class="breadcrumb-box">
							<li>
								<a href="index.php" title="Trang chủ">Trang chủ</a>
							</li>
							<li>
								<span>Tuyển dụng</span>
							</li>
						</ul>
					</div>
				</div>
			</div>
		</div>
	</div>
</div> <!--breadcrumbs-->

<!-- //////////////////////////////////////////////////////////// -->

<main class="main-site page-site recruitments-site">
	<div class="main-container">
		
		<article class="art-recruitments art-recruitment-details">
			<div class="container">
				<div class="row">
					<div class="col-xl-3 col-lg-4 col-md-12 col-sm-12 col-12">
						<aside class="att-sidebars">
							<div class="sidebars-box">
								<div class="sidebars-content">
									<article class="sidebar-box art-categories">
										<div class="categories-box">
											<div class="title-box title-categories title-sidebar">
												<h3 class="title"><span>Danh mục tuyển dụng</span></h3>
											</div>

											<div class="categories-content">
												<ul>
													<li>
														<a href="recruitments.php">
															Kế toán tổng hợp
														</a>
													</li>
													<li>
														<a href="recruitments.php">
															Nhân viên kinh doanh
														</a>
													</li>
													<li>
														<a href="recruitments.php">
															Nhân viên marketing
														</a>
													</li>
													<li>
														<a href="recruitments.php">
															Trưởng phòng kinh doanh
														</a>
													</li>
													<li>
														<a href="recruitments.php">
															Chuyên viên  nhân sự
														</a>
													</li>
												</ul>
											</div>
										</div>
									</article>

									<article class="sidebar-box art-fanpage">
										<div class="fanpage-box">
											<div class="title-fanpage title-box title-sidebar">
												<h3 class="title"><span>Fanpage</span></h3>
											</div>
											<div class="fanpage-content">
												<div class="connection-mxh">
													<div class="facebook-fanpage">
														<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Ffacebook&tabs=timeline&width=270&height=275&small_header=true&adapt_container_width=true&hide_cover=false&show_facepile=true&appId=897190940472200" width="270" height="275" style="border:none;overflow:hidden" scrolling="no" frameborder="0" allowTransparency="true" allow="encrypted-media"></iframe>
													</div>
												</div>
											</div>
										</div>
									</article>
								</div>
							</div>
						</aside>
					</div>

					<div class="col-xl-9 col-lg-8 col-md-12 col-sm-12 col-12">
						<div class="recruitment-details-box">
							<div class="recruitment-details-content">
								<div class="recruitment-detail-box">
									<div class="title-box title-recruitment-detail">
										<div class="recruitment-office">
											<label>VP Miền Trung</label>
										</div>
										<h1 class="title">Tuyển dụng Nhân viên kinh doanh đi làm ngay.</h1>
										<div class="recruitment-information">
											<ul>
												<li>Mức lương : 1000$ - 1500$</li>
												<li>Địa điểm : Đà Nẵng</li>
												<li>Ngày cập nhật : 02/08/2020</li>
											</ul>
										</div>
									</div>

									<div class="recruitment-detail-content">
										<h4>Mô tả công việc:</h4>
										<p>Quản lý nhân sự, đảm bảo chỉ tiêu, tiến độ và chất lượng các dự án khách hàng và dự án công ty</p>
										<p>Làm việc với khách hàng để giải quyết, nắm bắt yêu cầu khách hàng</p>
										<p>Kết hợp, hợp tác cùng các phòng ban, bộ phận khác</p>
										<p>Đào tạo nhân sự phát triển theo chiến lược phát triển doanh nghiệp</p>
										<p>Trình bày, đề xuất các biện pháp cải thiện, thúc đẩy hoạt động của phòng web</p>
										<p>Đảm bảo đạt được các mục tiêu nhân sự theo các giai đoạn phát triển theo kỳ vọng của BGD</p>
										<p>Báo cáo công việc với BGD theo yêu cầu</p>
										<p>Công việc chuyên môn khác theo yêu cầu của BGĐ</p>

										<h4>Yêu cầu cầu công việc</h4>
										<p>Có kinh nghiệm 1 năm làm quản lý nhóm hoặc phòng sản xuất và kinh doanh website</p>
										<p>Có kinh nghiệm làm việc với framework Laravel và cms Wordpress</p>
										<p>Có kinh nghiệm quản lý dự án website, ước lượng chi phí và thời gian xây dựng website</p>
										<p>Có kinh nghiệm, kỹ năng trao đổi với khách hàng</p>

										<h4>Quyền lợi được hưởng</h4>
										<p>Thu nhập: thỏa thuận, từ 1000$ - 1500$</p>
										<p>Cơ chế thưởng rõ ràng, chế độ BHXH đầy đủ cho nhân viên chính thức.</p>
										<p>Cơ hội thăng tiến rộng mở</p>
										<p>Được làm việc trong môi trường 9x năng động, thân thiện, cởi mở.</p>
										<p>Được tham gia summer trip, spring trip, teambuilding hàng quý do Tập đoàn tổ chức.</p>

										<h4>Liên hệ:</h4>
										<p>Mrs Linh - 0942069002</p>
										<p>Gửi CV về email: support@hichemvn.com</p>

										<div class="button">
											<a href="recruitment-form.php" class="btn btn-recruitment">Ứng tuyển</a>
										</div>
									</div>
								</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</article> <!-- art-recruitments -->

	</div>
</main> <!-- main-site -->

<!-- //////////////////////////////////////////////////////////// -->

<?php include 'templates/footer.php'; ?>