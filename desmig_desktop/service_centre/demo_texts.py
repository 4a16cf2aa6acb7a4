"""Invented texts of the service centre's demo (plain data, stored as an officer would type them): complaint
descriptions, follow-up lines and outcomes per category, outsiders of the guest book, vacancies."""

from __future__ import annotations

# category -> (descriptions, follow-up actions, outcomes)
COMPLAINTS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "putus_kontak": (
        ("Sudah lebih dari tiga bulan tidak ada kabar; nomor WhatsApp tidak aktif.",
         "Keluarga tidak bisa menghubungi sejak pindah majikan; kiriman uang juga berhenti."),
        ("Menghubungi P3MI untuk menanyakan alamat majikan.", "Meminta keluarga mengumpulkan nomor kontak teman sekerja.",
         "Mengirim data PMI ke BP2MI melalui Disnaker."),
        ("PMI sudah menelepon keluarga; ponselnya rusak dan sudah diganti.",
         "Kontak pulih lewat teman sekerja; PMI dalam keadaan sehat."),
    ),
    "gaji": (
        ("Gaji tiga bulan terakhir belum dibayar majikan.", "Gaji dipotong jauh melebihi potongan yang disepakati."),
        ("Meminta salinan perjanjian kerja kepada keluarga.", "Menghubungi P3MI untuk klarifikasi pembayaran gaji."),
        ("Gaji yang tertunggak sudah dibayar penuh.", "Potongan dikembalikan setelah mediasi P3MI."),
    ),
    "kekerasan": (
        ("PMI mengaku dipukul dan dikurung oleh majikan.",),
        ("Melaporkan kepada KBRI melalui Disnaker.", "Mendampingi keluarga membuat kronologi."),
        ("PMI dipindahkan ke penampungan KBRI lalu ke majikan baru.",),
    ),
    "sakit_meninggal": (
        ("PMI dirawat di rumah sakit setelah kecelakaan kerja.", "PMI sakit berat dan minta dipulangkan."),
        ("Menanyakan klaim BPJS Ketenagakerjaan kepada P3MI.", "Membantu keluarga menyiapkan surat keterangan ahli waris."),
        ("Biaya perawatan ditanggung asuransi; PMI sudah pulih dan bekerja lagi.",),
    ),
    "dokumen_overstay": (
        ("Paspor ditahan majikan dan izin tinggal hampir habis.", "Visa kerja belum diperpanjang agensi."),
        ("Meminta P3MI mengurus perpanjangan izin kerja.", "Menghubungi KBRI tentang paspor yang ditahan."),
        ("Paspor sudah dikembalikan dan izin kerja diperpanjang.",),
    ),
    "hukum": (
        ("PMI ditahan polisi setempat karena tuduhan pencurian di rumah majikan.",),
        ("Meminta pendampingan hukum dari KBRI.", "Mengumpulkan dokumen identitas untuk KBRI."),
        ("Tuduhan dicabut; PMI dibebaskan dan kembali bekerja.",),
    ),
    "phk": (
        ("PMI di-PHK sebelum kontrak selesai tanpa pesangon.", "PMI akan dipulangkan karena pabrik tutup."),
        ("Menghubungi P3MI tentang hak sisa kontrak.", "Mencatat rencana kepulangan dan kebutuhan penjemputan."),
        ("P3MI menempatkan PMI pada majikan baru.", "Sisa gaji dan tiket pulang dibayar perusahaan."),
    ),
    "calo": (
        ("Keluarga dimintai uang Rp15.000.000 oleh sponsor untuk biaya keberangkatan.",
         "Sponsor menjanjikan kerja di luar negeri tanpa pelatihan dan tanpa P3MI."),
        ("Memberi penjelasan migrasi aman kepada keluarga.", "Melaporkan nama sponsor kepada Disnaker."),
        ("Keluarga batal membayar; calon didaftarkan melalui P3MI resmi.",),
    ),
    "lainnya": (
        ("Keluarga menanyakan cara mengirim dokumen kepada PMI.", "Keluarga meminta bantuan mengurus surat kuasa."),
        ("Menjelaskan prosedur kepada keluarga.",),
        ("Keluarga sudah mendapat penjelasan dan surat yang dibutuhkan.",),
    ),
}
REFERRAL_BY_CATEGORY = {"putus_kontak": "bp2mi", "gaji": "disnaker", "kekerasan": "kbri", "sakit_meninggal": "bp2mi",
                        "dokumen_overstay": "kbri", "hukum": "kbri", "phk": "disnaker", "calo": "polisi",
                        "lainnya": "disnaker"}

OUTSIDER_VILLAGES = ("Sumberejo", "Karangsari", "Tegalrejo", "Kaliwungu", "Sidomulyo", "Gununglurah")
OUTSIDER_AREAS = ("330701", "330703", "330708", "330710", "330712")  # other kecamatan of the kabupaten
VISIT_NOTES = {
    "info_kerja": ("Menanyakan lowongan pabrik di Taiwan.", "Menanyakan kerja perawat lansia di Hong Kong.",
                   "Menanyakan program G-to-G ke Korea Selatan.", ""),
    "migrasi_aman": ("Diberi lembar informasi migrasi aman.", "Menanyakan ciri-ciri P3MI resmi.", ""),
    "ak1": ("Membawa berkas AK-1.", "Menanyakan syarat kartu kuning.", ""),
    "dokumen": ("Mengurus surat izin keluarga.", "Menanyakan syarat paspor.", ""),
    "pengaduan": ("Melapor tentang anggota keluarga di luar negeri.",),
    "konsultasi": ("Konsultasi usaha sepulang dari luar negeri.", "Menanyakan pengiriman uang.", ""),
}
REJECT_REASONS = ("Data KTP tidak sama dengan KK: perbaiki dulu di Dukcapil.",
                  "Ijazah tidak terbaca: ajukan lagi dengan salinan yang dilegalisir.")
CANCEL_REASON = "Memilih bekerja di desa"

# (scope, country, position, employer, requirements, sex, age_min, age_max, education_min, source, days valid)
VACANCIES = (
    ("luar_negeri", "Taiwan", "Operator pabrik elektronik", "PT Duta Wahana Mandiri",
     "Sehat, tinggi minimal 150 cm, tidak buta warna", None, 18, 35, "smp", "Disnaker Kab. Wonosobo", 60),
    ("luar_negeri", "Hong Kong", "Penata laksana rumah tangga", "PT Cahaya Bumi Serayu",
     "Bisa memasak, bersedia merawat anak", "P", 21, 40, "smp", "BP2MI (SISKOP2MI)", 45),
    ("luar_negeri", "Korea Selatan", "Pekerja manufaktur (G-to-G)", "",
     "Lulus ujian EPS-TOPIK", None, 18, 39, "sma", "BP2MI (SISKOP2MI)", 30),
    ("luar_negeri", "Malaysia", "Pekerja perkebunan sawit", "PT Mulia Tenaga Utama",
     "Sehat jasmani, terbiasa kerja lapangan", "L", 21, 45, None, "Disnaker Kab. Wonosobo", -20),
    ("dalam_negeri", "", "Penjaga toko oleh-oleh", "UD Carica Dieng",
     "Jujur, bisa menghitung", None, 18, 30, "sma", "Papan pengumuman desa", 40),
    ("dalam_negeri", "", "Buruh petik teh", "Kebun Teh Sindoro Asri",
     "Bersedia kerja pagi", None, 18, 50, None, "Papan pengumuman desa", -60),
)
