<!DOCTYPE html>
<html lang="en">
<style>
    html{
        background-image:url("https://ak.picdn.net/shutterstock/videos/1011665087/thumb/1.jpg");
        background-size:cover;
        background-repeat:no-repeat;
    }
</style>
<head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <script src="https://kit.fontawesome.com/b67e368fa6.js" crossorigin="anonymous"></script>
    <link rel="stylesheet" href="./style.css">
	<title>MAYAPADA HEALTHCARE</title>
</head>
<header>
	<body>
    <div class="col-sm-3">
            <div class="thumbnail">
                <img src="img/kesehatan1.jpg" alt="" width="400" height="300"></a>
                <div class="caption">
                    <h2>MAYAPADA HEALTHCARE</h2>
                    <h4>Alamat  :Jl. Mayjen Sungkono No.20, Pakis, Kec. Sawahan, Kota SBY, Jawa Timur 60189</h4>
                    <h4>Posisi  : KEPALA UNIT FARMASI MAYAPADA HOSPITAL SURABAYA</h4>
                    
                    <h4>Deskripsi Pekerjaan  : </h4>
                    <p>- Uraian Tugas :Bertanggung jawab terhadap kegiatan pelayanan farmasi unit rawat jalan</p>
                    <p>- Mengkoordinir, mengatur dan memonitor pelayanan resep pasien di unit rawat jalan</p>
                    <p>- Mengatur dan memonitor penyimpanan obat dan alat kesehatan sesuai dengan ketentuan yang berlaku</p>
                    <p>- Membuat report mingguan, bulanan dan tahunan terkait penggunaan obat dan alat kesehatan di unit rawat jalan</p>
                    
                    <h4>Kualifikasi  : </h4>
                    <p>1. Pendidikan minimal S1 Profesi Apoteker.</p>
                    <p>2. Usia maksimal 35 tahun.</p>
                    <p>3. Pengalaman kerja minimal 3 tahun sebagai Koordinator / Kepala Unit Farmasi di Rumah Sakit</p>
                    <p>4. Memiliki STRA aktif</p>
                    <p>5. Menguasai Ms. Office (word, excel, power point)</p>
                    <p>6. Memiliki kemampuan leadership yang baik</p>
                    <p>7. Dapat bekerja secara individu & tim</p>
                    <p>8. Detail, memiliki komunikasi yang baik & berorientasi pada target kerja dan customer</p>

                    <h4>Cara Melamar  : </h4>
                    <p>Kirim Lamaran Kerja Ke   : l. Mayjen Sungkono No.20, Pakis, Kec. Sawahan, Kota SBY, Jawa Timur 60189</p>
                    <p>atau datang langsung ke MAYAPADA HEALTHCARE Surabaya</p>
                    <p>Minat Hubungi : 082564876900</p>
    </div>
<footer>
	<div>
		<footer style="background :lightseagreen; padding: 1px; color: #white">
    	<p style="text-align:center">Design by: <a class="text-white" href="">Kelompok 9 MI2020B</a></p>
  </div>
</footer>
</body>

</html>