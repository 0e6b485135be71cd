<section class="job-field-detail-page">
    <div class="container my-3">
        <div class="row justify-content-center">
            <div class="col-md-9 d-flex justify-content-between">
                <button class="btn btn-orange-46 w-max-content col-md-2 disabled">Làm mới</button>
                <a class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/dang-tin?copy=21352320">Sao chép</a><a
                        class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/dang-tin?id=21352320"> Chỉnh sửa</a><a
                        class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/ho-so-da-ung-tuyen?job_id=21352320">Hồ sơ
                    đã nộp</a>
                <button class="btn btn-blue-46 col-md-2">Xóa</button>
            </div>
        </div>
    </div>
    <div class="container">
        <div class="row justify-content-center">
            <div class="col-md-9">
                <div class="main-colm">
                    <div class="detail-01"><h1 class="detail-01-ttl">Nhân Viên Content Marketing Online - Hóc Môn</h1><a
                                class="detail-01-com d-none d-sm-block"
                                href="/tuyen-dung/nha-tuyen-dung/20498736/n-a.html">Công Ty TNHH Công Nghệ Quảng Cáo Lan
                            Anh</a>
                        <div class="detail-01-date d-block d-sm-none">Mã: 20498736 | Lượt xem: 473<br>Ngày làm mới:
                            06/10/2020
                        </div>
                        <div class="d-pc">
                            <div class="cursor-pointer btn btn-pink-56 ex-submit d-block d-sm-none">NỘP HỒ SƠ</div>
                        </div>
                        <div class="row detail-01-row">
                            <div class="col-xs-12 col-sm-9 col-md-9 col-lg-9 detail-01-left break-word"
                                 id="fn-col-left">
                                <div class="jsx-2246677448 detail-01-cnt">
                                    <div class="jsx-2246677448 detail-01-table">
                                        <div class="jsx-2246677448 row detail-01-row-col">
                                            <div class="jsx-2246677448 col-12 col-sm-6 col-md-6 col-lg-6 detail-01-left detail-01-col">
                                                <div class="jsx-2246677448 detail-01-table-td ex-ml"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Mức lương:</label>
                                                    <div class="jsx-2246677448 detail-01-info">7-12 triệu</div>
                                                </div>
                                                <div title="TP.HCM" class="jsx-2246677448 detail-01-table-td ex-addr">
                                                    <label class="jsx-2246677448 detail-01-cnt-lb">Địa điểm:</label>
                                                    <div class="jsx-2246677448 detail-01-info"><a target="_blank"
                                                                                                  title="TP.HCM"
                                                                                                  href="/tuyen-dung/dia-diem/122/tp-hcm.html?province_ids[]=122"
                                                                                                  class="jsx-2246677448 text-join text-main-important">TP.HCM</a>
                                                    </div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-cb"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Cấp bậc:</label>
                                                    <div class="jsx-2246677448 detail-01-info">Nhân viên</div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-ht"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Hình thức làm
                                                        việc:</label>
                                                    <div class="jsx-2246677448 detail-01-info">Toàn thời gian cố định
                                                    </div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-sl"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Số lượng cần
                                                        tuyển:</label>
                                                    <div class="jsx-2246677448 detail-01-info">3</div>
                                                </div>
                                            </div>
                                            <div class="jsx-2246677448 col-12 col-sm-6 col-md-6 col-lg-6 detail-01-right detail-01-col">
                                                <div class="jsx-2246677448 detail-01-table-td ex-han-nop"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Hạn nộp hồ
                                                        sơ:</label>
                                                    <div class="jsx-2246677448 detail-01-info">16-10-2020</div>
                                                </div>
                                                <div title="IT phần cứng/mạng, Marketing - PR, Tiếp thị - Quảng cáo"
                                                     class="jsx-2246677448 detail-01-table-td ex-nn"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb mr-1">Ngành
                                                        nghề:</label>
                                                    <div class="jsx-2246677448 detail-01-info"><a target="_blank"
                                                                                                  title="IT phần cứng/mạng"
                                                                                                  href="/tuyen-dung/217/it-phan-cung-mang.html?field_ids[]=217"
                                                                                                  class="jsx-2246677448 text-join text-main-important">IT
                                                            phần cứng/mạng</a><a target="_blank" title="Marketing - PR"
                                                                                 href="/tuyen-dung/223/marketing-pr.html?field_ids[]=223"
                                                                                 class="jsx-2246677448 text-join text-main-important">Marketing
                                                            - PR</a><a target="_blank" title="Tiếp thị - Quảng cáo"
                                                                       href="/tuyen-dung/224/tiep-thi-quang-cao.html?field_ids[]=224"
                                                                       class="jsx-2246677448 text-join text-main-important">Tiếp
                                                            thị - Quảng cáo</a></div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-kn"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Yêu cầu kinh
                                                        nghiệm:</label>
                                                    <div class="jsx-2246677448 detail-01-info">1 năm</div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-bc"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Yêu cầu bằng
                                                        cấp:</label>
                                                    <div class="jsx-2246677448 detail-01-info">Trung cấp</div>
                                                </div>
                                                <div class="jsx-2246677448 detail-01-table-td ex-gt"><label
                                                            class="jsx-2246677448 detail-01-cnt-lb">Yêu cầu giới
                                                        tính:</label>
                                                    <div class="jsx-2246677448 detail-01-info">Không yêu cầu</div>
                                                </div>
                                            </div>
                                        </div>
                                    </div>
                                </div>
                                <div class="detail-01-row-block">
                                    <div class="detail-01-row-ttl">Mô tả công việc</div>
                                    <div class="detail-01-row-cnt"><p>- Xây dựng, lên ý tưởng sáng tạo nhằm truyền tải
                                            thông điệp quảng cáo về sản phẩm của công ty.<br>- Biên soạn nội dung mô tả
                                            sản phẩm, quảng bá thương hiệu của công ty nhằm thu hút sự chú ý của khách
                                            hàng mục tiêu, tạo sự khác biệt với các đối thủ cạnh tranh.<br>- Đóng góp ý
                                            tưởng cho các chiến dịch marketing.<br>- Hỗ trợ kênh bán hàng trực tuyến
                                            trong việc quảng bá sản phẩm trên mạng xã hội.<br>- Là đầu mối trong việc
                                            xây dựng bộ tài liệu chuẩn đối với sản phẩm của công ty.<br>- Đảm bảo tiến
                                            độ công việc được giao và đúng thời hạn.<br>- Thực hiện các công việc khác
                                            khi được phân công.<br>- Làm việc tại: Khu vực Quận 12 và Hóc Môn.</p></div>
                                </div>
                                <div class="detail-01-row-block">
                                    <div class="detail-01-row-ttl">Quyền lợi được hưởng</div>
                                    <div class="detail-01-row-cnt"><p>- Mức lương hấp dẫn: 7 – 12 triệu (theo năng lực).<br>-
                                            Công việc ổn định, lâu dài, thưởng Lễ, tết, lương tháng thứ 13...<br>- Được
                                            làm việc trong môi trường năng động, sáng tạo, có cơ hội thăng tiến.<br>-
                                            Được hưởng các chế độ đãi ngộ khác theo năng lực và theo quy định của công
                                            ty.<br>- Teambuilding, các hoạt động nhóm, du lịch, tiệc cuối năm....</p>
                                    </div>
                                </div>
                                <div class="detail-01-row-block">
                                    <div class="detail-01-row-ttl">YÊU CẦU CÔNG VIỆC</div>
                                    <div class="detail-01-row-cnt"><p>- Tốt nghiệp Trung cấp trở lên.<br>- Có 1-2 năm
                                            kinh nghiệm làm việc tại vị trí tương đương là một lợi thế.<br>- Thành thạo
                                            tin học, kỹ năng tìm kiếm, tổng hợp thông tin, bài viết.<br>- Có khả năng tư
                                            duy tốt về nội dung, linh hoạt trong xử lý vấn đề.<br>- Biết lắng nghe, kiên
                                            trì học hỏi, cẩn thận, tỉ mỉ trong công việc.</p></div>
                                </div>
                                <div class="detail-01-row-block">
                                    <div class="detail-01-row-ttl">YÊU CẦU HỒ SƠ</div>
                                    <div class="detail-01-row-cnt"><p>- Đơn xin việc.<br>- Sơ yếu lý lịch.<br>- Hộ khẩu,
                                            chứng minh nhân dân và giấy khám sức khỏe.<br>- Các bằng cấp có liên
                                            quan.<br>.</p></div>
                                </div>
                            </div>
                        </div>
                        <div class="jsx-3495269652 contact-01">
                            <div class="jsx-3495269652 contact-01-ttl">THÔNG TIN LIÊN HỆ</div>
                            <div class="jsx-3495269652 contact-01-info">
                                <div class="jsx-3495269652 d-flex">
                                    <div class="jsx-3495269652 w-40 w-max-content-pc"><b class="jsx-3495269652 mr-1 ">Người
                                            liên hệ:</b></div>
                                    <div class="jsx-3495269652 w-60">Mr Đệ</div>
                                </div>
                                <div class="jsx-3495269652 d-flex-mb break-word"><span
                                            class="jsx-3495269652 w-40-mb w-max-content-pc"><b
                                                class="jsx-3495269652 mr-1">Địa chỉ công ty:</b></span><span
                                            class="jsx-3495269652 w-60-mb"></span></div>
                                <div class="jsx-3495269652 d-flex">
                                    <div class="jsx-3495269652 w-40 w-max-content-pc"><b class="jsx-3495269652 mr-1">Hạn
                                            nộp hồ sơ:</b></div>
                                    <div class="jsx-3495269652 w-60">16/10/2020</div>
                                </div>
                                <div class="jsx-3495269652 d-flex">
                                    <div class="jsx-3495269652 w-40 w-max-content-pc"><b class="jsx-3495269652 mr-1">Ngôn
                                            ngữ hồ sơ:</b></div>
                                    <div class="jsx-3495269652 w-60">Tiếng Việt</div>
                                </div>
                            </div>
                        </div>
                        <div class="company-01">
                            <div class="company-01-row">
                                <figure class="company-01-fig"><img
                                            src="https://cdn.mywork.com.vn/company-logo-medium/092020/5094ac698afa19086028b2df9ebcb44e.jpg"
                                            alt="logo"></figure>
                                <div class="company-01-info"><a class="company-01-name"
                                                                href="/tuyen-dung/nha-tuyen-dung/20498736/n-a.html">Công
                                        Ty TNHH Công Nghệ Quảng Cáo Lan Anh</a>
                                    <p><b class="mr-1">Trụ sở:</b>41/21 ấp thới tứ, xã thới tam thôn, hóc môn, tphcm</p>
                                    <p><b class="mr-1">Quy mô công ty:</b>Dưới 20 người</p></div>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <div class="container my-3">
        <div class="row justify-content-center">
            <div class="col-md-9 d-flex justify-content-between">
                <button class="btn btn-orange-46 w-max-content col-md-2 disabled">Làm mới</button>
                <a class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/dang-tin?copy=21352320">Sao chép</a><a
                        class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/dang-tin?id=21352320"> Chỉnh sửa</a><a
                        class="btn btn-blue-46 col-md-2" href="/nha-tuyen-dung/ho-so-da-ung-tuyen?job_id=21352320">Hồ sơ
                    đã nộp</a>
                <button class="btn btn-blue-46 col-md-2">Xóa</button>
            </div>
        </div>
    </div>
</section>