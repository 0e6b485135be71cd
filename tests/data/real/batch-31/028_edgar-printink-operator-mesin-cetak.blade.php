<!DOCTYPE html>
<html lang="id">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Detail Lowongan - Operator Mesin Cetak</title>
    <link rel="stylesheet" href="{{ secure_asset('css/styledet.css') }}">

    <script src="https://kit.fontawesome.com/a076d05399.js" crossorigin="anonymous"></script>
</head>
<body>

    <header>
        <h1>Detail Lowongan Kerja</h1>
    </header>

    <section class="job-details-container">
        <div class="job-header">
            <h2>OPERATOR MESIN CETAK</h2>
            <p><strong>PT EDGAR PRINTINK MAESTRO</strong></p>
            <p class="location"><i class="fas fa-location-dot"></i> Jakarta Barat - Jakarta Daks</p>
            <p class="deadline">Tutup: 21-April-2025</p>
        </div>

        <div class="job-details">
            <h3>Detail Lowongan</h3>
            <p>Melaksanakan pekerjaan sesuai dengan surat perintah kerja.</p>
            <p>Melakukan perawatan ringan berkala pada mesin yang menjadi tanggung jawab.</p>
            <p>Melakukan pekerjaan sesuai target harian.</p>
            <p>Mencari warna adukan jika menggunakan warna khusus.</p>
            <p>Bertanggung jawab dengan pekerjaan yang dikerjakan.</p>
        </div>

        <div class="job-criteria">
            <h3>Kriteria Umum</h3>
            <ul>
                <li>Laki-laki</li>
                <li>Usia Maksimal 27 tahun</li>
                <li>Pendidikan terakhir minimal SMA/SMK (Semua Jurusan)</li>
                <li>Tidak diwajibkan memiliki pengalaman bekerja</li>
            </ul>

            <h3>Kriteria Khusus</h3>
            <ul>
                <li>Tuna Daksa</li>
                <li>Belum menikah</li>
                <li>Disabilitas bawah tanpa kursi roda</li>
                <li>Tidak buta warna</li>
                <li>Mampu berpikir analisis, memiliki komunikasi yang baik dan mampu bekerja dalam tim</li>
                <li>Penempatan di Meruya Utara, Jakarta Barat</li>
            </ul>
        </div>

        <div class="job-notes">
            <h3>Catatan Lain</h3>
            <ul>
                <li>Berkas yang harus dilengkapi dalam 1 file PDF:
                    <ul>
                        <li>a. CV</li>
                        <li>b. Surat Lamaran</li>
                    </ul>
                </li>
                <li>Tidak dipungut biaya apapun dalam proses penerimaan karyawan baru.</li>
                <li>Penyandang disabilitas dengan mobilitas mandiri.</li>
                <li>Hanya pelamar yang sesuai dengan kriteria yang akan dipanggil untuk proses selanjutnya.</li>
            </ul>
        </div>

        <button class="apply-btn">KIRIM LAMARAN</button>
    </section>

</body>
</html>
