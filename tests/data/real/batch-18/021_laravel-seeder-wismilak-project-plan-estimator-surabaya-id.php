<?php

namespace Database\Seeders;

use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\DB;

class LowonganSeeder extends Seeder
{
    /**
     * Run the database seeds.
     *
     * @return void
     */
    public function run()
    {
        DB::table('lowongan')->insert([
            'perusahaan_id' => 'wismilak',
            'nama_lowongan' => 'Project Plan & Estimator',
            'bentuk_pekerjaan' => 'Full-time',
            'job_desk' => 'Membuat desain dan anggaran biaya suatu pekerjaan sipil dan mengatur jadwal pekerjaan',
            'requirement' => '<p>- Pendidikan min. S1 Teknik Sipil<br />- Menguasai AUTOCAD, SAP STRUKTUR, MS PROJECT<br />- Memiliki pengalaman min. 2 tahun di bidang kerja yang sama</p>',
            'daerah_penempatan' => 'Surabaya'
        ]);
    }
}
