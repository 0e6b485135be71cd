@extends('layouts.app')

@section('content')
<div class="container">
    <div class="row justify-content-center">
        <div class="col-md-8">
            <div class="card">
                <div class="card-header">{{ __('Program karir') }}</div>
                <div class="col-sm-12 col-md-6 col-lg-4 py-3">
                    <div class="h-100 justify-content-between rs-news-1">
                        <div class="media-box">
                            <a href="https://www.educastudio.com/program/karir/game-programmer">
                                <img src="https://www.educastudio.com/uploads/program/1683180524_20201215_110850.jpg" class="card-img-top">
                            </a>
                        </div>
                        <div class="body-box flex-fill">
                            <div class="title j-text">Game Programmer</div>
                            <div class="meta-date clex">
                                                                                                                            15 Desember 2020 </div>
                                    <div class="j-text"><p>Lowongan Kerja : Game Programmer</p>
    
    <p>Untuk kalian yang memenuhi persyaratan yang tertera dalam postingan lowongan kerja kami, buruan daftarkan diri kalian. Kami akan senang jika kalian dapat bergabung bersama tim solid kami untuk terus berkarya untuk Indonesia yang lebih baik. Untuk informasi detail bisa dilihat pada postingan ini ya.</p>
    
    <p><strong>Kebutuhan dasar:</strong></p>
    
    <ol>
        <li>Lulusan SMK/D3/S1 jurusan RPL/TI/SI</li>
        <li>menguasai salah satu pemrograman (C++ / C# / JavaScript)</li>
        <li>menguasai konsep dan implementasi OOP dan Design Pattern</li>
        <li>mampu bekerja mandiri maupun bersama tim</li>
        <li>berkomitmen penuh terhadap pekerjaan</li>
        <li>memiliki tanggung jawab dan sikap kerja yang baik</li>
        <li>wajib memiliki portofolio games yang sudah selesai</li>
    </ol>
    
    <p><strong>Pekerjaan yang akan dilakukan:</strong></p>
    
    <ol>
        <li>membaca dokumentasi dan briefing dengan sangat baik</li>
        <li>mengkonversi dari game design document ke mekanik game yang siap dimainkan</li>
        <li>mencari dan melakukan bug dan error fixing secara mandiri hingga zero error bug</li>
        <li>mendistribusikan game ke dalam berbagai platform (mobile, pc, web)</li>
    </ol>
    
    <p><strong>Informasi Pekerjaan:</strong></p>
    
    <ol>
        <li>&nbsp;Jam kerja Senin - Jumat, 08:00 - 17:00</li>
        <li>&nbsp;Lokasi kantor Kota Salatiga</li>
    </ol>
    
    <p>Terbuka higga: (31 Desember 2020)</p>
    </div>
                            </div>
                            <div class="text-center py-3">
                                <a href="https://www.educastudio.com/program/karir/game-programmer" class="btn btn-primary">Selengkapnya</a>
                            </div>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </div>
</div>
@endsection
