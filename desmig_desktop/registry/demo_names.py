"""Name lists and vocabularies of the demo village (Desa Kuripan, Kec. Watumalang, Kab. Wonosobo).

Everything here is plain data, and the two shapes the demo's households are made of (`Member`, `Home`).
Every name is invented from these lists: the demo's production groups have the sizes of Tabel 1 of the
Kuripan study (2017), never its participants' names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from desmig_desktop.registry.rules import PlacementInput

VILLAGE_CODE = "3307092001"
VILLAGE_NAME = "Kuripan"
KECAMATAN = "Watumalang"
KABUPATEN = "Wonosobo"
PROVINSI = "Jawa Tengah"
HEAD_OF_VILLAGE = "Sugeng Hartono"
VILLAGE_ADDRESS = "Jl. Raya Watumalang, Desa Kuripan, Kec. Watumalang, Kab. Wonosobo 56352"
NIK_AREA = "330709"  # Kec. Watumalang

# The six dusun of the study, each with two RW (numbered across the village) and its RT count.
DUSUN_LAYOUT: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("Banjaran", ((1, 5), (2, 5))),
    ("Sigaok", ((3, 5), (4, 4))),
    ("Kuripan", ((5, 5), (6, 5))),
    ("Bedali", ((7, 4), (8, 5))),
    ("Temanggung", ((9, 5), (10, 4))),
    ("Lenggerang", ((11, 5), (12, 4))),
)  # 6 dusun, 12 RW, 56 RT



@lru_cache(maxsize=8)
def second_words(pool: tuple[str, ...]) -> tuple[str, ...]:
    """The last words of the list's multi-word names, in list order (deterministic)."""
    return tuple(dict.fromkeys(n.split()[-1] for n in pool if " " in n))


def _free(names: str) -> tuple[str, ...]:
    """Split a name list."""
    return tuple(n.strip() for n in names.split(",") if n.strip())


# Women born before 1986, 1986-2008, and from 2009.
WOMEN_OLD = _free(
    "Sarinah, Suminah, Tumini, Sukinem, Wartini, Sukarti, Rusmini, Parmi, Marsini, Sutini, Wagiyem, Tukinah,"
    "Suparmi, Karsini, Ngatinah, Rasmi, Warsini, Jumiah, Sumirah, Kasmirah, Darmi, Sainah, Ngadiyem, Sukiyem,"
    "Tarsini, Muryati, Paijem, Partini, Rukmini, Sri Wahyuni, Sri Rahayu, Siti Aminah, Siti Fatimah, Sri Lestari,"
    "Endang Sulistyowati, Tri Wahyuni, Sri Mulyani, Umi Kulsum, Khotimah, Musrifah, Istiqomah, Sunarti, Kusmiyati,"
    "Sumiyem, Lasmi, Tasripah, Wasini, Karsinah, Marsinah, Sutarmi, Wakiyah, Rubiyah, Supini, Sri Sumarsih,"
    "Siti Khomsatun, Mujiyati, Sri Suyatmi, Kasiyah, Ngadinah, Tumirah"
)
WOMEN_YOUNG = _free(
    "Dwi Lestari, Nur Aini, Siti Nurhayati, Eka Wulandari, Rina Susanti, Fitri Hidayati, Yuli Astuti,"
    "Desi Ratnasari, Wulan Sari, Dewi Safitri, Ani Rahmawati, Puji Astuti, Lina Marlina, Rini Astuti, Tri Yuliani,"
    "Novi Andriani, Umi Latifah, Anisa Fitriani, Ika Purwanti, Siti Mukaromah, Lilis Suryani, Ratna Dewi,"
    "Nining Setyowati, Heni Kurniasih, Eni Widayati, Sri Utami, Ayu Lestari, Indah Permatasari, Laila Nurjanah,"
    "Rohmah, Muslimah, Nurul Hidayah, Evi Susilowati, Yuni Setyaningsih, Mei Lestari, Tika Rahayu, Sri Wahyuningsih,"
    "Siti Rokhayah, Maya Anggraini, Dian Purnamasari, Riska Amalia, Yeni Kurniawati, Nur Khasanah, Isti Nurjanah,"
    "Sofiatun, Titin Sumarni, Erna Wati, Sulis Setyawati, Endah Lestari, Diah Ayu Pratiwi"
)
GIRLS = _free(
    "Aisyah Putri, Nayla Azzahra, Zahra Ramadhani, Salsabila, Keisha Aulia, Alya Nur Fadila, Naura Khairunnisa,"
    "Putri Anggraini, Dinda Ayu, Citra Kirana, Fika Aprilia, Nabila Syifa, Intan Permata, Rara Ayuningtyas,"
    "Shafa Kamila, Aulia Rahma, Hana Safitri, Dewi Anjani, Nur Azizah, Tiara Maharani, Alifah Nur Laili,"
    "Anindya Putri, Syifa Nurul Izza, Khansa Aqila, Elisa Nur Fitria"
)
MEN_OLD = _free(
    "Slamet, Sutrisno, Paijo, Mulyadi, Sukardi, Sumarno, Wagiman, Tukiman, Parjo, Sarmin, Karso, Ngadiman,"
    "Sukirno, Suparman, Sugeng, Sarno, Tarno, Bejo, Kasmo, Warsito, Darsono, Marsudi, Ahmad Sodiq,"
    "Muhammad Rofii, Abdul Rohman, Sunaryo, Rusdi, Jumadi, Wahyudi, Supriyadi, Sugiyono, Mujiono, Kusnadi,"
    "Rohadi, Samiun, Paiman, Tugiman, Poniman, Kartono, Suyatno, Giyanto, Daryono, Maryono, Sutarno, Mustofa,"
    "Ngatimin, Wakidi, Sarjono, Tumin, Rasman"
)
MEN_YOUNG = _free(
    "Agus Setiawan, Budi Santoso, Eko Prasetyo, Joko Susilo, Andi Saputra, Heri Susanto, Dedi Kurniawan,"
    "Arif Rahman, Teguh Wibowo, Rudi Hartono, Bambang Irawan, Yusuf Efendi, Fajar Nugroho, Hadi Purnomo,"
    "Nur Hidayat, Wawan Kurniawan, Imam Santoso, Dwi Cahyono, Ari Wibowo, Riyanto, Sugeng Riyadi, Taufik Hidayat,"
    "Muhammad Arifin, Slamet Riyadi, Purwanto, Sigit Pamungkas, Edi Susanto, Rahmat Hidayat, Khoirul Anam,"
    "Ahmad Mujib, Tri Handoko, Yoga Saputro, Dani Setiawan, Ilham Maulana, Rohmadi"
)
BOYS = _free(
    "Rizky Pratama, Aditya Saputra, Muhammad Fauzan, Dimas Arya, Bagas Prasetyo, Rafi Ramadhan, Fahri Maulana,"
    "Galih Saputro, Yoga Pratama, Naufal Hakim, Alif Nur Rohman, Akbar Maulana, Farel Ardiansyah, Raka Aditya,"
    "Satria Wibowo, Arkan Ramadhan, Zidan Alfarizi, Hafiz Nur Ikhsan, Daffa Pratama, Rendi Saputra"
)

BIRTH_PLACES = (("Wonosobo", 88), ("Temanggung", 4), ("Banjarnegara", 4), ("Magelang", 2), ("Kendal", 2))

# Destinations with realistic weights (Wonosobo sends mostly to Malaysia, Hong Kong and Taiwan).
COUNTRY_WEIGHTS = (("Malaysia", 34), ("Hong Kong", 26), ("Taiwan", 22), ("Singapura", 9), ("Arab Saudi", 5),
                   ("Korea Selatan", 4))
# Before the 2015 moratorium on informal work in the Middle East, Saudi Arabia took more.
COUNTRY_WEIGHTS_EARLY = (("Malaysia", 32), ("Hong Kong", 22), ("Taiwan", 16), ("Singapura", 8),
                         ("Arab Saudi", 19), ("Korea Selatan", 3))

MEN_COUNTRIES = (("Malaysia", 45), ("Taiwan", 28), ("Korea Selatan", 17), ("Arab Saudi", 4), ("Singapura", 6))
# Departure years of the PMI abroad now: mostly 2023-2026.
AKTIF_DEPARTURE_YEARS = ((2013, 4), (2014, 8), (2015, 18), (2016, 32), (2017, 38))  # of those abroad at the end of 2017
NEW_DEPARTURE_YEARS = ((2018, 6), (2019, 7), (2020, 2), (2021, 2), (2022, 8), (2023, 15), (2024, 20), (2025, 24),
                       (2026, 16))  # first departures after 2017

JOB_PLRT = "Penata laksana rumah tangga"
JOB_CARE = "Perawat lansia"
JOB_FACTORY = "Operator pabrik"
JOB_PLANTATION = "Pekerja perkebunan"
JOB_CREW = "Anak buah kapal (ABK)"
JOB_BUILDING = "Pekerja konstruksi"
INFORMAL_JOBS = frozenset({JOB_PLRT, JOB_CARE})  # work in a private household
# Jobs by (sex, country), with weights; the key (sex, "") is for any other country.
JOBS = {
    ("P", "Hong Kong"): ((JOB_PLRT, 85), (JOB_CARE, 15)),
    ("P", "Taiwan"): ((JOB_CARE, 60), (JOB_PLRT, 15), (JOB_FACTORY, 25)),
    ("P", "Malaysia"): ((JOB_PLRT, 62), (JOB_FACTORY, 28), (JOB_PLANTATION, 10)),
    ("P", "Korea Selatan"): ((JOB_FACTORY, 1),),
    ("P", ""): ((JOB_PLRT, 92), (JOB_CARE, 8)),
    ("L", "Malaysia"): ((JOB_PLANTATION, 55), (JOB_BUILDING, 30), (JOB_FACTORY, 15)),
    ("L", "Taiwan"): ((JOB_FACTORY, 50), (JOB_CREW, 50)),
    ("L", "Korea Selatan"): ((JOB_FACTORY, 75), (JOB_CREW, 25)),
    ("L", ""): ((JOB_BUILDING, 1),),
}

# Fictitious P3MI (placement agencies).
AGENCIES = (
    "PT Arta Karya Sejahtera", "PT Duta Wahana Mandiri", "PT Cahaya Bumi Serayu", "PT Sindoro Jaya Abadi",
    "PT Mulia Tenaga Utama", "PT Karya Insani Sentosa", "PT Dieng Mitra Perkasa", "PT Bintang Anugerah Kerja",
)

# Why people came home: after a full contract (two years or more), or early.
RETURN_REASONS_LONG = (("Kontrak selesai", 80), ("Ingin membuka usaha di desa", 9), ("Masalah keluarga", 5),
                       ("Sakit", 3), ("Menikah", 3))
RETURN_REASONS_SHORT = (("Masalah keluarga", 30), ("Sakit", 25), ("PHK", 25), ("Majikan meninggal", 12),
                        ("Menikah", 8))
REASON_DEPORTED = "Dideportasi (dokumen tidak lengkap)"

PHONE_PREFIXES = ("0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857", "0858", "0877", "0878",
                  "0895", "0896")

OCCUPATIONS_ADULT_MAN = (("Petani", 45), ("Buruh Tani/Perkebunan", 25), ("Wiraswasta", 10), ("Pedagang", 6),
                         ("Buruh Harian Lepas", 10), ("Sopir", 4))
OCCUPATIONS_ADULT_WOMAN = (("Mengurus Rumah Tangga", 55), ("Petani", 20), ("Buruh Tani/Perkebunan", 12),
                           ("Pedagang", 8), ("Wiraswasta", 5))
# Schooling of adults by birth year (born before the first number), with weights.
ADULT_EDUCATION = (
    (1965, (("tidak_sekolah", 20), ("sd", 70), ("smp", 10))),
    (1985, (("sd", 50), ("smp", 35), ("sma", 15))),
    (1995, (("sd", 20), ("smp", 45), ("sma", 33), ("diploma", 2))),
    (9999, (("smp", 30), ("sma", 62), ("diploma", 4), ("s1", 4))),
)
OCCUPATION_ABROAD = "Pekerja Migran Indonesia"
OCCUPATION_STUDENT = "Pelajar/Mahasiswa"
OCCUPATION_NONE = "Belum/Tidak Bekerja"


@dataclass
class Member:
    name: str
    sex: str
    birth: date
    rel: str
    marital: str | None = None
    education: str | None = None
    occupation: str = ""
    phone: str = ""
    birth_place: str = "Wonosobo"
    placements: list[PlacementInput] = field(default_factory=list)
    events: list[tuple[str, date, str]] = field(default_factory=list)
    fixed: bool = False  # a migrant, or a Tabel 1 Keluarga PMI: never made a migrant later
    given: str = ""  # the list name the full name was made from (keeps names in one family distinct)
    nik: str = ""


@dataclass
class Home:
    dusun: int
    rw: int
    rt: int
    members: list[Member] = field(default_factory=list)
    no_kk: str = ""
