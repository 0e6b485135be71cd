@extends('layouts.apputama')
@section('main')
<div class="home-blog-area my-5">
    <div class="container">
        <blockquote class="generic-blockquote">
            <h1 class="my-3">Lowongan Kerja</h1>
            <img src="{{url('assets/utama/gallery/loker.jpg')}}" alt="">
            <div class="my-3">
                <h2>Staf Admin</h2>
                <h3>Kualifikasi :</h3>
                <ol class="ordered-list">
                    <li>Pria / Wanita</li>
                    <li>Pendidikan D3 / Mhs sem.akhir</li>
                    <li>Menguasai Internet dan Sosial Media</li>
                    <li>Dapat Bekerja Individual dan dengan team</li>
                    <li>Komunikatif, Jujur, Disiplin dan Tanggungjawab</li>
                    <li>Diutamakan Memahami CMS WordPress</li>
                    <li>Domisili Jogja</li>
                </ol>
                <p>
                    Bila berminat silahkan kirim CV, Surat lamaran pekerjaan,
                    FC Ijazah, FC KTP, & Foto Terbaru
                    Via Email : bookwisata@gmail.com (Subject : Staf Admin)
                </p>
            </div>
        </blockquote>
    </div>
</div>
@endsection
