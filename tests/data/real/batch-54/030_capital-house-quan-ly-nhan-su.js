var info_congty = [
    {
        ten_baidang: "Quản lý nhân sự",
        ten_cty: "Tập đoàn Capital House",
        vi_tri_tuyen_dung: "Nhân viên",
        muc_luong: "8 - 12 triệu",
        nam_kinhnghiem_yc: " ",
        dia_diem: "Hà Nội",
        han_nop: "31/05/2019",
        nganh_nghe: "Nhân sự ",
        mo_ta_cv:
            "I. Công tác chuyên môn\n" +
            "\n" +
            "1. Chiến lược:\n" +
            "- Căn cứ trên chiến lược của Công ty/Tập đoàn, thực hiện chiến lược nguồn nhân lực phù hợp.\n" +
            "\n" +
            "2. Tư vấn\n" +
            "- Cung cấp cho Ban lãnh đạo Công ty và các Công ty con các ý kiến tư vấn/phản biện về công tác quản trị Hành chính - Nhân sự.\n" +
            "\n" +
            "3. Hệ thống chính sách, quy trình về Quản trị Hành chính - Nhân sự\n" +
            "- Thường xuyên cập nhật thông tin pháp luật, thị trường, các xu hướng từ đó nghiên cứu và đề xuất các thay đổi phù hợp trong hệ thống chính sách, quy trình về Quản trị Hành chính - Nhân sự của Công ty.\n" +
            "- Hỗ trợ các công ty con xây dựng, cập nhật, điều chỉnh hệ thống văn bản Quản trị HC - NS của đơn vị thông qua việc cung cấp các ý kiến tư vấn/thẩm định và/hoặc định hướng.\n" +
            "- Thực hiện các biện pháp đảm bảo sự tuân thủ trong phạm vi toàn Công ty.\n" +
            "\n" +
            "4. Quản lý hoạt động của Phòng HC - NS.\n" +
            "- Thu hút và tuyển dụng nhân tài;\n" +
            "- Thanh toán lương, thưởng và đãi ngộ;\n" +
            "- Đào tạo và phát triển đội ngũ;\n" +
            "- Quản lý thành tích;\n" +
            "- Triển khai các hoạt động gắn kết;\n" +
            "- Xử lý hài hòa các quan hệ lao động trong Công ty. Giải đáp thắc mắc và giải quyết xung đột.\n" +
            "- Lập và kiểm soát ngân sách nhân sự.\n" +
            "- Triển khai công tác hành chính, hậu cần (văn thư lưu trữ, quản lý con dấu, mua sắm trang thiết bị, quản lý tài sản, an toàn - vệ sinh lao động, lễ tân, tổ chức sự kiện, hội họp ...)\n" +
            "- Đảm bảo công bằng- minh bạch- tuân thủ trong các hoạt động của Phòng HC-NS.5. Văn hóa doanh nghiệp.\n" +
            "- Tham mưu cho Ban lãnh đạo Công ty trong công tác xây dựng và phát triển văn hóa doanh nghiệp.\n" +
            "- Thực hiện truyền thông các giá trị cốt lõi của Tập đoàn đến toàn thể người lao động.\n" +
            "- Truyền tải tinh thần của các giá trị cốt lõi vào nội dung các văn bản của hệ thống chính sách nhân sự cũng như các hoạt động nhân sự hàng ngày.\n" +
            "\n" +
            "II. Công tác quản trị nhân sự\n" +
            "\n" +
            "1. Tuyển dụng và bố trí nhân sự đúng người đúng việc và tối ưu hóa hiệu quả sử dụng nguồn nhân lực; đề xuất điều chuyển cho phù hợp với năng lực và phẩm chất.\n" +
            "\n" +
            "2. Thiết lập các mục tiêu công việc của các Ban/phòng, phân công, giao việc, hướng dẫn, kiểm sát kết quả thực hiện của CBNV trong phạm vi quản lý.\n" +
            "\n" +
            "3. Phối hợp với Bộ phận Nhân sự - Đào tạo để xác định các nhu cầu đào tạo, đánh giá sau đào tạo đảm bảo CBNV quản lí trực thuộc được đào tạo và phát huy đầy đủ năng lực.\n" +
            "\n" +
            "4. Xây dựng lộ trình phát triển cho CBNV tiềm năng và trực tiếp huấn luyện các kỹ năng, nghiệp vụ cần thiết.\n",

        yeu_cau_cv: ". Yêu cầu bắt buộc:\n" +
            "\n" +
            "- Trình độ chuyên môn: Tốt nghiệp đại học; ưu tiên chuyên ngành Quản trị nhân sự, Luật …\n" +
            "\n" +
            "-  Hiểu biết các quy định về luật lao động, thuế TNCN, luật bảo hiểm xã hội\n" +
            "\n" +
            "2. Yêu cầu công việc:\n" +
            "\n" +
            "- Kinh nghiệm: tối thiểu 05 năm làm việc trong lĩnh vực BĐS trong đó ít nhất 1-2 năm ở vị trí tương đương\n" +
            "\n" +
            "- Có kinh nghiệm BSC, KPIs\n" +
            "\n" +
            "- Có khả năng vận dụng các quy định Nhà nước về luật lao động, luật thuế TNCN, luật Bảo hiểm xã hội.\n" +
            "\n" +
            "- Chủ động, quyết đoán, sáng tạo trong công việc.\n" +
            "\n" +
            "- Khả năng làm việc độc lập và tư duy cao.\n" +
            "\n" +
            "- Chịu được áp lực công việc và làm việc với cường độ cao."
    },
];