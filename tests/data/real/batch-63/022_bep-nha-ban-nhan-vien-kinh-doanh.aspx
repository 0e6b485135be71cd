<%@ Page Language="C#" AutoEventWireup="true" MasterPageFile="~/AboutUs.Master" CodeBehind="TuyenDung.aspx.cs"
         Inherits="MinhPham.Web.BepNhaBan.TuyenDung" %>
   
<asp:Content ID="Content2" ContentPlaceHolderID="ContentPlaceHolder1" runat="server">
    <link rel="stylesheet" type="text/css" media="screen" href="/StyleLibrary/RootStyles/Css/AboutUs.css" />
    <div class="ve-chung-toi" id="TextHTML-Module">
        <div class="title">
            <span>Thông tin tuyển dụng</span></div>
        <div class="defaultContent TextHTML-content">
            <div>
                <img src="/StyleLibrary/RootStyles/Images/header/BNB.png">
                <strong><span style="font-size: 16px;">Công ty TNHH TM & DV Bếp Nhà Bạn không ngừng
                            mở rộng để phục vụ khách hàng được tốt hơn. Để thực hiện việc đó, chúng tôi tuyển
                            dụng vị trí sau:</span></strong></div>
            <br>
            <p>
                <b><span>Nhân viên kinh doanh:</span> </b>
            </p>
            <p>
                <b><span>Yêu cầu:</span> </b>
            </p>
            <p>
                <span>- Tốt nghiệp trung học phổ thông trở lên.
                    <br>
                    - Có khả năng tiếp cận, giao tiếp và thuyết phục khách hàng.
                    <br>
                    - Nhanh nhẹn, nhiệt tình, chịu được áp lực công việc, áp lực doanh số.
                    <br>
                    - Có khả năng lập kế hoạch kinh doanh, marketing.
                    <br>
                    - Không yêu cầu kinh nghiệm.
                    <br>
                    - Ưu tiên ứng viên có xe máy. </span>
            </p>
            <p>
                <b><span>Số lượng: </span></b><span>08 người</span>
            </p>
            <p>
                <b><span>Công ty hỗ trợ nơi ở miễn phí cho các bạn ở xa.</span></b>
            </p>
            <br />
            <p>
                Ứng viên nộp hồ sơ trực tiếp về Công ty, hoặc qua email theo địa chỉ sau :
            </p>
            <p>
                Công ty TNHH TM & DV Bếp Nhà Bạn 103 Ngô Quyền - Quảng Yên - Quảng Ninh
            </p>
            <p>
                Điện thoại : 033.370.66.00 Hoặc : Mr. Dũng 0934.222.086
            </p>
            <p>
                Email : info@bepnhaban.vn</p>
            <br />
        </div>
    </div>
</asp:Content>