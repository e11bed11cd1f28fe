/// Sentences written for the tests by the project (invented news; the people are invented).
enum Fixtures {
    static let sentences: [String] = [
        "Chủ tịch UBND tỉnh Thanh Hóa Đỗ Minh Tuấn cho biết toàn tỉnh có 27/30 chỉ tiêu đạt và vượt kế hoạch.",
        "Phó Thủ tướng Thường trực Chính phủ làm việc với Ủy ban nhân dân thành phố Hải Phòng ngày 14/10.",
        "Đồng chí Lò Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Điện Biên, phát biểu tại hội nghị.",
        "Tổng kim ngạch xuất khẩu đạt khoảng 405,5 tỷ USD, tăng 14,3% so với năm 2023.",
        "Thượng tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Quốc phòng, thăm và làm việc tại Quân khu 9.",
        "Tòa án nhân dân TP. Hồ Chí Minh tuyên phạt bị cáo 12 năm tù theo Điều 174 Bộ luật Hình sự.",
        "Kỳ họp thứ 10 Quốc hội khóa XV đã thông qua Luật Đất đai năm 2024 với 432/470 đại biểu tán thành.",
        "Theo Nghị định 168/2024/NĐ-CP, mức phạt tối đa là 40 triệu đồng đối với ô tô.",
        "Hiệu trưởng Trường Đại học Bách khoa Hà Nội cho biết năm nay trường tuyển hơn 9.000 sinh viên.",
        "Sở Tài chính tỉnh Nghệ An đã giải ngân được 3.250 tỷ đồng, đạt 78,5% kế hoạch vốn năm 2025.",
        "Đại hội đại biểu Đảng bộ tỉnh Quảng Ninh lần thứ XVI, nhiệm kỳ 2025-2030, khai mạc sáng 3/10.",
        "Ngoại trưởng Singapore Vivian Balakrishnan hội đàm với Bộ trưởng Bộ Ngoại giao Việt Nam.",
        "Giám đốc Công an tỉnh Lâm Đồng cho biết trong 6 tháng, lực lượng đã triệt phá 18 đường dây ma túy.",
        "Tập đoàn Điện lực Việt Nam đưa vào vận hành 3 nhà máy với tổng công suất gần 1.500 MW.",
        "Bà Hoàng Thị Hoà, nguyên Phó Chủ tịch HĐND tỉnh, được bầu giữ chức Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.",
        "Dân số trung bình cả nước năm 2025 ước đạt 101,3 triệu người, tăng 0,98% so với năm trước.",
        "Ủy ban Kiểm tra Trung ương đề nghị Bộ Chính trị thi hành kỷ luật 2 tổ chức đảng và 5 đảng viên.",
        "Chính phủ đặt mục tiêu tăng trưởng GDP từ 8 đến 10% trong giai đoạn 2026 – 2030.",
        "Khoảng hai mươi mốt xã đã hoàn thành tiêu chí nông thôn mới nâng cao trong quý III.",
        "Thủ tướng yêu cầu Bộ Xây dựng hoàn thành tuyến cao tốc dài 120 km trước ngày 30/6/2026.",
    ]
}
