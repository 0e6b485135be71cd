export const job = [
  // * PT. Asia Pramulia
  {
    id: 2,
    name: "PT Asia Pramulia",
    companyURL: "/company-list/pt-asia-pramulia",
    image: "/images/vacancy/company_list/Logo Aspra.jpg",
    deskripsiPerusahaan:
      "PT. Asia Pramulia (ASPRA) is a manufacturing company specializing in plastic packaging with Stretch Blow Moulding process and Injection Moulding process. Our company has been established for more than 30 years supported by reliable human resources, efficient machinery and quality raw materials.\n\nWith expansion and management of professional development efforts, PT. Asia Pramulia Company has many certification including ISO 9001:2015 for Quality Management System and “HALAL” Certified to guarantee all of our product safe for food and halal.",
    daftarURL: "https://forms.gle/9vUfxconUQTHmVVG7",
    tipe: "Full Time",
    divisi: "Marketing",
    jabatan: "Staff Desain",
    deskripsiPekerjaan:
      "- Membuat desain produk untuk instagram, website, dan blog\n- Melakukan dokumentasi kegiatan perusahaan\n- Bekerjasama dengan departemen terkait desain foto maupun video",
    kriteria:
      "- Pria/Wanita\n- Lulusan min D3/S1 desain kreatif, multimedia, dan sejenisnya\n- Berusia maksimal 27 tahun\n- Memiliki pengalaman min 1 tahun dibidang yang sama\n- Fresh Graduate dipersilahkan melamar\n- Memiliki kemampuan komunikasi yang baik\n- Menguasai aplikasi grafis seperti Adobe Illustrator, Photoshop, Premiere Pro, dan sejenisnya.\n- Memiliki kemampuan di bidang photography product, videography dan video editing\n- Sehat jasmani dan rohani",
    daerahPenempatan: "Surabaya",
  },
