        INSERT INTO db_website.recruitment_post (
             CompanyName, idLocation, idProgramingLanguages,
            maxSalary, minSalary, phoneNumber, email, content, images, experience
        ) VALUES (
            'null', null, null,
           12000000, 1000000, 'Unknown', 'career@topdev.vn',
            '🎉 [HN - Junior] DEAL ngon từ 12 Mil - 25 Mil tại CÔNG TY CP CÔNG NGHỆ GIÁO DỤC TRƯỜNG HỌC TRỰC TUYẾN ONSCHOOL khi trở thành System Engineer. Gử i ngay CV nếu có từ 1 năm kinh nghiệm nhé các bạn!!! 🎉\n--->  Link JD: https://topdev.vn/s/801MW1ut\n💌 Yêu cầu:\nCó ít nhất từ 1 năm kinh nghiệm vị trí     í ứng tuyển.\nCó hiểu biết về các hệ điều hành máy tính MS Window Server, đặc biệt là Linux Server (Ubuntu, Centos).\n💰 Đãi ngộ:\nMức lương hấp dẫn từ 12.00  00.000 VND - 25.000.000 VND.\nThử việc 2 tháng, hưởng 100% lương cứng.\nChế độ thưởng nóng, thưởng theo dự án + lộ trình review lương, thưởng định kỳ vào thángg 1 và tháng 7,…\nĐóng bảo hiểm đầy đủ theo cơ chế cấp bậc ngay sau khi kết thúc thử việc.\nPhụ cấp máy tính, điện thoại theo đặc thù vị trí tuyển dụng.\nHàng  loạt đãi ngộ đang chờ đợi các bạn.\nĐịa chỉ làm việc：  Quận Thanh Xuân, Thành phố Hà Nội\n– – – – –\n📌 Inbox hoặc cmt lấy JD để tham khảo thêm rất nhi      iều đãi ngộ hấp dẫn khác của công ty nhé!!!\n📌 Nếu các bạn quan tâm, vui lòng gửi CV qua career@topdev.vn với title: [Họ tên] - SE - ONSCHOOL', '[]', '1'      
        );

