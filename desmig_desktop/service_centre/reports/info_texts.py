"""The words of the safe-migration information sheets, as a village officer hands them out (UU No. 18 Tahun 2017
tentang Pelindungan Pekerja Migran Indonesia). Each sheet is a title, a lead paragraph and sections of points;
`{village}` and `{regency}` are filled in from the village profile when the sheet is printed. No telephone
numbers: people are sent to the centre at the balai desa, to Disnaker and to BP2MI/KP2MI in person."""

from __future__ import annotations

from dataclasses import dataclass

from desmig_desktop.core.i18n import N_


@dataclass(frozen=True)
class Section:
    heading: str
    points: tuple[str, ...]
    intro: str = ""
    numbered: bool = False


@dataclass(frozen=True)
class Sheet:
    title: str
    lead: str
    sections: tuple[Section, ...]


ASK_FIRST = N_("Sebelum mendaftar atau membayar apa pun, datanglah dulu ke Pusat Layanan Migrasi {village} di balai "
               "desa. Layanan ini gratis.")
WHERE_TO_TURN = Section(N_("Bila ada masalah, keluarga dapat melapor ke:"), (
    N_("Pusat Layanan Migrasi {village} (balai desa): pengaduan dicatat dan dibantu dirujuk."),
    N_("Dinas Tenaga Kerja {regency}."),
    N_("BP2MI/KP2MI, melalui kantor BP3MI (Balai Pelayanan Pelindungan PMI) di provinsi."),
    N_("KBRI/KJRI (Perwakilan Republik Indonesia) di negara tempat bekerja."),
))

MIGRASI_AMAN = Sheet(
    N_("Bekerja ke Luar Negeri dengan Aman dan Resmi"),
    N_("Bekerja ke luar negeri adalah hak setiap warga. Supaya aman, berangkatlah melalui jalur resmi sesuai "
       "Undang-Undang Nomor 18 Tahun 2017 tentang Pelindungan Pekerja Migran Indonesia (PMI)."),
    (
        Section(N_("Syarat menjadi PMI (Pasal 5 UU 18/2017)"), (
            N_("Berumur paling sedikit 18 tahun. Jangan pernah menuakan umur di KTP, KK, atau paspor."),
            N_("Memiliki kompetensi (keterampilan) untuk pekerjaan yang dituju, dengan sertifikat."),
            N_("Sehat jasmani dan rohani, dibuktikan dengan pemeriksaan kesehatan dan psikologi."),
            N_("Terdaftar dan punya nomor kepesertaan jaminan sosial (BPJS Ketenagakerjaan)."),
            N_("Memiliki dokumen lengkap yang dipersyaratkan (lihat lembar \u201cDokumen yang Harus Disiapkan\u201d)."),
        )),
        Section(N_("Langkah berangkat yang resmi"), (
            N_("Cari informasi lowongan yang resmi di Pusat Layanan Migrasi desa atau di Disnaker."),
            N_("Daftar sebagai pencari kerja dan buat kartu AK-1 (kartu kuning) di Disnaker."),
            N_("Daftar di Disnaker atau LTSA (Layanan Terpadu Satu Atap) melalui P3MI (Perusahaan Penempatan PMI) "
               "yang punya izin resmi, atau melalui program pemerintah (G-to-G)."),
            N_("Ikuti pelatihan, uji kompetensi, pemeriksaan kesehatan dan psikologi, dan Orientasi Pra "
               "Pemberangkatan (OPP)."),
            N_("Baca dan tanda tangani perjanjian penempatan dan perjanjian kerja sebelum berangkat."),
            N_("Laporkan rencana keberangkatan ke Pemerintah Desa, dan pamit kepada keluarga dengan alamat "
               "majikan yang jelas."),
        ), numbered=True),
        Section(N_("Pegang teguh"), (
            N_("Jangan pernah membayar calo. Menurut UU 18/2017 PMI tidak boleh dibebani biaya "
               "penempatan: minta rincian biaya tertulis dan tanyakan kebenarannya ke Disnaker."),
            N_("Perjanjian kerja harus dalam bahasa yang Anda pahami. Jangan tanda tangani kertas kosong atau "
               "surat yang belum Anda baca."),
            N_("Simpan fotokopi atau foto semua dokumen, dan tinggalkan satu salinan pada keluarga di desa."),
            N_("Paspor dan dokumen adalah milik Anda: jangan serahkan kepada majikan atau agen untuk disimpan."),
            N_("Jangan berangkat dengan visa turis, visa ziarah, atau umrah untuk bekerja."),
        )),
        WHERE_TO_TURN,
    ),
)

DOKUMEN = Sheet(
    N_("Dokumen yang Harus Disiapkan"),
    N_("Dokumen berikut wajib ada sebelum berangkat bekerja ke luar negeri (UU 18/2017 dan persyaratan "
       "Disnaker). Petugas Pusat Layanan Migrasi membantu memeriksa kelengkapannya. Urus sendiri dokumen Anda; jangan titipkan "
       "kepada calo."),
    (
        Section(N_("Dokumen diri"), (
            N_("KTP elektronik dan Kartu Keluarga (Disdukcapil)."),
            N_("Akta kelahiran atau ijazah terakhir."),
            N_("Surat keterangan status perkawinan; yang sudah menikah melampirkan fotokopi buku nikah."),
            N_("Surat izin suami/istri, orang tua, atau wali yang diketahui kepala desa."),
            N_("Kartu AK-1 (kartu kuning) dari Disnaker: bawa KTP, KK, pas foto, dan ijazah terakhir."),
        )),
        Section(N_("Dokumen keberangkatan"), (
            N_("Sertifikat kompetensi kerja dari lembaga pelatihan dan uji kompetensi yang resmi."),
            N_("Surat keterangan sehat dan psikologi dari sarana kesehatan yang ditunjuk."),
            N_("Paspor dari kantor imigrasi."),
            N_("Visa kerja (bukan visa turis atau visa kunjungan)."),
            N_("Perjanjian penempatan dengan P3MI yang berizin."),
            N_("Perjanjian kerja dengan pemberi kerja, dibaca dan dipahami sebelum ditandatangani."),
            N_("Kartu kepesertaan BPJS Ketenagakerjaan: perlindungan bila terjadi kecelakaan kerja atau meninggal "
               "dunia, sebelum, selama, dan sesudah bekerja."),
        )),
        Section(N_("Cara menyimpan dokumen"), (
            N_("Periksa nama, tanggal lahir, dan NIK sama di semua dokumen. Data yang diubah-ubah adalah tanda "
               "bahaya."),
            N_("Buat fotokopi atau foto setiap dokumen. Satu salinan untuk keluarga, satu untuk Anda bawa."),
            N_("Catat alamat majikan, nama P3MI, dan alamat KBRI/KJRI di negara tujuan pada buku kecil."),
        )),
    ),
)

WASPADA_CALO = Sheet(
    N_("Waspada Calo dan Penempatan Tidak Resmi"),
    N_("Menurut UU 18/2017 orang perseorangan dilarang menempatkan PMI; pelakunya dapat dipidana penjara dan "
       "denda. Calo sering datang sebagai kenalan, tetangga, "
       "atau saudara sendiri."),
    (
        Section(N_("Tanda-tanda calo"), (
            N_("Menjanjikan berangkat cepat tanpa pelatihan, tanpa pemeriksaan kesehatan, atau tanpa ke Disnaker."),
            N_("Meminta uang di muka, atau menawarkan \u201cuang saku\u201d yang nanti dipotong dari gaji."),
            N_("Menjanjikan gaji yang jauh lebih tinggi dari biasanya."),
            N_("Menyuruh menuakan umur, mengganti nama, atau membuat KTP dan paspor di luar daerah asal."),
            N_("Memberangkatkan dengan visa turis, visa ziarah, atau umrah."),
            N_("Tidak mau menyebut nama perusahaan (P3MI) atau tidak bisa menunjukkan izinnya."),
            N_("Menahan KTP, ijazah, atau paspor Anda."),
        )),
        Section(N_("Yang harus dilakukan"), (
            N_("Tanyakan ke Disnaker {regency} apakah P3MI itu punya izin dan lowongannya benar."),
            N_("Jangan menyerahkan uang atau dokumen asli kepada siapa pun di luar kantor resmi."),
            N_("Laporkan tawaran yang mencurigakan ke Pusat Layanan Migrasi {village}. Identitas pelapor dijaga."),
        )),
        WHERE_TO_TURN,
    ),
)

HAK_PMI = Sheet(
    N_("Hak dan Kewajiban Pekerja Migran Indonesia"),
    N_("Setiap calon PMI dan PMI dilindungi negara sebelum bekerja, selama bekerja, dan sesudah bekerja "
       "(UU 18/2017). Kenali hak Anda, dan kewajiban yang menyertainya."),
    (
        Section(N_("Hak PMI (Pasal 6 UU 18/2017)"), (
            N_("Memilih pekerjaan sesuai kompetensi, dan memperoleh informasi yang benar tentang pasar kerja, tata "
               "cara penempatan, dan kondisi kerja di luar negeri."),
            N_("Memperoleh upah sesuai standar upah di negara tujuan dan/atau kesepakatan dalam perjanjian kerja."),
            N_("Memperoleh penjelasan hak dan kewajiban dalam perjanjian kerja, serta salinan dokumen dan "
               "perjanjian kerjanya."),
            N_("Menguasai dokumen perjalanan (paspor) selama bekerja."),
            N_("Memperoleh akses berkomunikasi dengan keluarga, dan menjalankan ibadah sesuai agama."),
            N_("Memperoleh pelayanan yang manusiawi, tanpa diskriminasi, serta pelindungan dan bantuan hukum."),
            N_("Berserikat dan berkumpul di negara tujuan sesuai peraturan yang berlaku."),
        )),
        Section(N_("Kewajiban PMI"), (
            N_("Menaati peraturan di dalam negeri dan di negara tujuan, dan menghormati adat istiadat setempat."),
            N_("Melaksanakan pekerjaan sesuai perjanjian kerja."),
            N_("Melaporkan kedatangan, keberadaan, dan kepulangan kepada KBRI/KJRI di negara tujuan."),
        )),
        Section(N_("Jaminan sosial"), (
            N_("PMI wajib ikut BPJS Ketenagakerjaan: Jaminan Kecelakaan Kerja (JKK) dan Jaminan Kematian (JKM), "
               "dan boleh menambah Jaminan Hari Tua (JHT)."),
            N_("Simpan nomor kepesertaan dan beri tahu keluarga, supaya klaim dapat diurus bila terjadi musibah."),
        )),
        Section(N_("Untuk keluarga di desa"), (
            N_("Catat alamat dan nomor telepon majikan serta P3MI. Hubungi PMI secara teratur."),
            N_("Bila tidak ada kabar lebih dari tiga bulan, gaji tidak dibayar, atau ada kekerasan: segera lapor ke "
               "Pusat Layanan Migrasi {village}."),
        )),
    ),
)

SHEETS = {"migrasi_aman": MIGRASI_AMAN, "dokumen": DOKUMEN, "waspada_calo": WASPADA_CALO, "hak_pmi": HAK_PMI}
