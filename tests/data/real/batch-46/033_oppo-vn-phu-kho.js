  {
    "logo": "/img/congty/ctOPPO.png",
    "company": "CÔNG TY OPPO VIỆT NAM",
    "title": "Nhân Viên Phụ Kho (Quận Thủ Đức, Quận 9)",
    "salary": "13 triệu VND",
    "location": "Hồ Chí Minh",
    "industry": "other",
    "date": "2025-04-12",
    "time": "3 tháng",
    "rank": "Nhân viên",
    "quantity": "2 người",
    "form": "Toàn thời gian",
    "degree": "Trung học phổ thông",
    "experience": "0 - 1 năm",
    "professional": "Vận chuyển / Giao thông / Kho bãi",
    "description": [
      "Tiếp nhận và soạn hàng, đóng gói, cân trọng lượng và hoàn tất chứng từ giao hàng theo quy trình.",
      "Hỗ trợ bàn giao hàng hóa, chất hàng lên xe tải cho đơn vị vận chuyển.",
      "Sắp xếp hàng hóa và vệ sinh kho, khu vực làm việc sạch sẽ.",
      "Một số công việc từ cấp trên."
    ],
    "requirements": [
      "Từ THPT trở lên.",
      "Nam tuổi từ 18 - 40",
      "Có sức khỏe tốt, trung thực, chịu khó trong công việc",
      "Hòa đồng trong môi trường tập thể",
      "Kỹ năng giao tiếp và ứng xử tốt",
      "Trung thực chịu được áp lực công việc."
    ],
    "benefits": [
      "Tính tăng ca (nếu có).",
      "Lương tháng 13.",
      "Được tham gia BHXH, BHYT, BHTN đầy đủ theo quy định của pháp luật.",
      "Mua sản phẩm công ty với giá ưu đãi."
    ],
    "workplace": "Kho Logistics - quận Tân Bình, TP.HCM",
    "id": "4"
  },
