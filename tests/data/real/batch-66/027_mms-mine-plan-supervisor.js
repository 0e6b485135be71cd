    {
        title:'Mine Plan Engineering Supervisor',
        job_desc:[
            'Membuat design Pit, Disposal,  Setpond, Jalan'
            ,'Membuat perencanaan penambangan bulanan, 3 MRP, Tahunan'
            ,'Membuat Plan Dewatering, kebutuhan pompa dan perimeter drainage'
            ,'Mengevaluasi, memonitor dan menganalisa performa kontraktor agar mencapai target produksi yang disepakati'
            ,'Berkoordinasi dengan tim operation dan tim geologi apabila ada anomaly model diaktual'
            ,'Membuat daily report dan monthly report'
            ,'Membuat reconcile Model/Plan vs actual'
        ],
        qualification:[
            ,'Usia maksimal 35 tahun, diutamakan Pria'
            ,'Pendidikan minimal S1 diutamakan dari jurusan Teknik Pertambangan / Teknik Geologi'
            ,'Memiliki pengalaman minimal 2 (dua) tahun dibidang dan posisinya'
            ,'Mampu bekerja menggunakan software tambang seperti minescape (open cut & startmodel), Xpac, Spry, Minex'
            ,'Memiliki kemampuan perencanaan & organisasi (Planning & Organization)'
            ,'Memiliki kemampuan memimpin (Leadership skill)'
            ,'Mampu berorientasi pada hal hal detail (detail oriented)'
            ,'Penempatan di site  (Kalimantan Timur & Kalimantan Selatan)'
        ]
    },
