<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="28"/>
        <source>Tambah anggota %1</source>
        <translation>Add member to %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="37"/>
        <source>Ketik nama atau NIK orang yang sudah terdaftar…</source>
        <translation>Type the name or NIK of a registered person…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="46"/>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="47"/>
        <source>Jabatan</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="50"/>
        <source>Tanggal masuk</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="71"/>
        <source> — sudah anggota</source>
        <translation> — already a member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="78"/>
        <source>Orang harus sudah terdaftar di data penduduk.</source>
        <translation>The person must already be registered as a resident.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="80"/>
        <source>Tidak ada orang yang cocok. Daftarkan dulu di halaman Penduduk.</source>
        <translation>No matching person. Register them first on the People page.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="82"/>
        <source>Menampilkan %1 hasil pertama: ketik lebih lengkap.</source>
        <translation>Showing the first %1 results: type more.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="84"/>
        <source>%1 orang cocok.</source>
        <translation>%1 people match.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="94"/>
        <source>Pilih orang dari hasil pencarian (ketik nama atau NIK).</source>
        <translation>Pick a person from the search results (type a name or NIK).</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="125"/>
        <source>Tambah bantuan untuk %1</source>
        <translation>Add aid for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="129"/>
        <source>Jenis bantuan</source>
        <translation>Kind of aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="131"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="133"/>
        <source>Nama pemberi</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="134"/>
        <source>mis. Dana Desa 2017, BRI Unit Watumalang</source>
        <translation>e.g. Dana Desa 2017, BRI Unit Watumalang</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="135"/>
        <source>Tanggal terima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="136"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="137"/>
        <source>mis. Rp8.000.000 dibagi 4 kelompok</source>
        <translation>e.g. Rp8.000.000 split over 4 groups</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="144"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="145"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="152"/>
        <source>Rincian</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="191"/>
        <source>Tambah bantuan</source>
        <translation>Add aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="198"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="199"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="200"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="201"/>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="210"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="202"/>
        <source>Rincian</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="203"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="207"/>
        <source>Inventaris peralatan</source>
        <translation>Equipment inventory</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="215"/>
        <source>Ubah kondisi</source>
        <translation>Change condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="208"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="209"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="211"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="230"/>
        <source>Total bantuan %1 (modal uang %2)</source>
        <translation>Total aid %1 (cash capital %2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="235"/>
        <source>%1 barang perlu perhatian (rusak atau hilang).</source>
        <translation>%1 items need attention (broken or lost).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="236"/>
        <source>Semua peralatan dalam kondisi baik.</source>
        <translation>All equipment is in good condition.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desmig_desktop/app.py" line="99"/>
        <source>Desa demo</source>
        <translation>Demo village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="100"/>
        <source>Membuat desa demo Kuripan (sekali saja, beberapa detik)…</source>
        <translation>Creating the Kuripan demo village (only once, a few seconds)…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="122"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="220"/>
        <source>Basis data %1 tidak bisa dibuka: %2</source>
        <translation>The database %1 cannot be opened: %2</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="89"/>
        <source>Kehadiran: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="95"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="98"/>
        <source>Spasi mencentang anggota yang terpilih.</source>
        <translation>Space ticks the selected member.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="70"/>
        <source>Catat produksi %1</source>
        <translation>Record production for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="74"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="77"/>
        <source>Tanggal produksi</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="78"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="116"/>
        <source>Jumlah hasil</source>
        <translation>Quantity made</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="79"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="118"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="87"/>
        <source>Centang semua</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="88"/>
        <source>Hapus centang</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="95"/>
        <source>Anggota yang ikut</source>
        <translation>Members who took part</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="96"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="144"/>
        <source>Ubah jabatan %1</source>
        <translation>Change role of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="147"/>
        <source>Jabatan</source>
        <translation>Job</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="168"/>
        <source>Kondisi %1</source>
        <translation>Condition of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="171"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="94"/>
        <source>Catat biaya lain %1</source>
        <translation>Record other cost for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="97"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="98"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="99"/>
        <source>mis. kemasan dan label, transportasi</source>
        <translation>e.g. packaging and labels, transport</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="100"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="106"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="70"/>
        <source>Tulis tanggal seperti 22/11/2026, atau kosongkan.</source>
        <translation>Type a date like 22/11/2026, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="71"/>
        <source>Tulis tanggal seperti 22/11/2026.</source>
        <translation>Type a date like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="79"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="94"/>
        <source>Kosongkan tanggal</source>
        <translation>Clear the date</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="131"/>
        <source>Catat juga di data penduduk: %1 pada %2</source>
        <translation>Also record in the register: %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="103"/>
        <source>Akhiri keanggotaan %1</source>
        <translation>End membership of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="104"/>
        <source>Akhiri keanggotaan</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="107"/>
        <source>Tanggal keluar</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="108"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="109"/>
        <source>(pilih alasan)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="110"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="111"/>
        <source>wajib bila alasan &apos;Lainnya&apos;, mis. menikah ke luar desa</source>
        <translation>required when the reason is &apos;Other&apos;, e.g. married out of the village</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="115"/>
        <source>Tambah pameran/bazar</source>
        <translation>Add exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="118"/>
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="119"/>
        <source>mis. Pameran Produk Desmigratif Wonosobo</source>
        <translation>e.g. Desmigratif Product Exhibition Wonosobo</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="120"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="122"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="123"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="124"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="125"/>
        <source>Kelompok yang ikut</source>
        <translation>Groups taking part</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="37"/>
        <source>Ekspor daftar penduduk</source>
        <translation>Export the person list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="43"/>
        <source>Yang diekspor: %1 orang yang tampil sekarang (pencarian, saringan dan urutan berlaku).</source>
        <translation>Exported: the %1 people shown now (search, filters and sort order apply).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="50"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="51"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="53"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="56"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="61"/>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="62"/>
        <source>Tampilkan NIK lengkap (jangan untuk dikirim)</source>
        <translation>Show full NIK (not for sending)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="68"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="68"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="78"/>
        <source>Simpan daftar sebagai</source>
        <translation>Save the list as</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="79"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="91"/>
        <source>Tulis nama berkas tujuan.</source>
        <translation>Type the name of the file to write.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="100"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="100"/>
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../desmig_desktop/ui/widgets.py" line="40"/>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="33"/>
        <source>Selamat datang di Desmig Desktop</source>
        <translation>Welcome to Desmig Desktop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="38"/>
        <source>Profil desa</source>
        <translation>Village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="39"/>
        <source>Basis data ini masih kosong. Isi profil desa Anda sekali saja; semua data penduduk akan disimpan atas nama desa ini. Ingin melihat-lihat dulu? Buka desa demo (Desa Kuripan) — datanya fiktif dan disimpan di berkas terpisah.</source>
        <translation>This database is still empty. Fill in your village profile once; all residents will be registered under this village. Want to look around first? Open the demo village (Desa Kuripan) — its data is fictitious and kept in a separate file.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="43"/>
        <source>mis. 33.07.09.2001</source>
        <translation>e.g. 33.07.09.2001</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="50"/>
        <source>satu nama dusun per baris</source>
        <translation>one dusun name per line</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="61"/>
        <source>Kode desa (Kemendagri)</source>
        <translation>Village code (Kemendagri)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="61"/>
        <source>Nama desa</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="62"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="62"/>
        <source>Kabupaten</source>
        <translation>Kabupaten (regency)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="63"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="63"/>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="64"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="70"/>
        <source>Buka desa demo</source>
        <translation>Open the demo village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="72"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="74"/>
        <source>Buat desa</source>
        <translation>Create village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="98"/>
        <source>Nama desa wajib diisi.</source>
        <translation>The village name is required.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="168"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="168"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="189"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="23"/>
        <source>Ubah kelompok</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="23"/>
        <source>Tambah kelompok produksi</source>
        <translation>Add production group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="27"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="28"/>
        <source>mis. Kelompok Produksi Salak</source>
        <translation>e.g. Salak Production Group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="29"/>
        <source>Komoditas</source>
        <translation>Commodity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="30"/>
        <source>mis. Olahan salak pondoh</source>
        <translation>e.g. Processed salak pondoh</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="31"/>
        <source>Tanggal berdiri</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="32"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="33"/>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="37"/>
        <source>Izin PIRT</source>
        <translation>PIRT permit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="39"/>
        <source>Nomor PIRT</source>
        <translation>PIRT number</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="40"/>
        <source>mis. P-IRT 2063307010123-22</source>
        <translation>e.g. P-IRT 2063307010123-22</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="41"/>
        <source>Tanggal terbit PIRT</source>
        <translation>PIRT issued on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="42"/>
        <source>Aturan bagi hasil</source>
        <translation>Profit-sharing rule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="44"/>
        <source>Jadwal bagi hasil</source>
        <translation>Profit-sharing schedule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="46"/>
        <source>Bagi hasil setiap</source>
        <translation>Share out every</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="49"/>
        <source> kali produksi</source>
        <translation> production runs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="51"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="31"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="33"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="34"/>
        <source>Komoditas</source>
        <translation>Commodity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="37"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="39"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="40"/>
        <source>Laba</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="41"/>
        <source>Kas</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_model.py" line="42"/>
        <source>Bagi hasil</source>
        <translation>Profit sharing</translation>
    </message>
</context>
<context>
    <name>GroupTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="26"/>
        <source>Tersimpan, dengan peringatan</source>
        <translation>Saved, with warnings</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="52"/>
        <source>kas kelompok</source>
        <translation>group cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="65"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="65"/>
        <source>Pelatihan</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="66"/>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="66"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="67"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="67"/>
        <source>Bagi Hasil</source>
        <translation>Profit Sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="103"/>
        <source>Berhenti sejak %1</source>
        <translation>Stopped since %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="108"/>
        <source>PIRT: %1</source>
        <translation>PIRT: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="112"/>
        <source>%1 anggota aktif</source>
        <translation>%1 active members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="114"/>
        <source>berdiri %1</source>
        <translation>founded %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="116"/>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="71"/>
        <source>Cari nama kelompok atau komoditas…</source>
        <translation>Search group name or commodity…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="76"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="77"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="78"/>
        <source>Berhenti</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="81"/>
        <source>Tambah kelompok</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="82"/>
        <source>Tambah kelompok produksi baru (Ctrl+N)</source>
        <translation>Add a new production group (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="83"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="84"/>
        <location filename="../../desmig_desktop/production/ui/page.py" line="186"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="98"/>
        <source>Pilih kelompok di atas untuk melihat anggota, pelatihan, bantuan, produksi, penjualan dan bagi hasilnya.</source>
        <translation>Pick a group above to see its members, trainings, aid, production, sales and profit sharing.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="136"/>
        <source>%1 kelompok</source>
        <translation>%1 groups</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="139"/>
        <source>Waktunya bagi hasil</source>
        <translation>Time to share profits</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="186"/>
        <source>Aktifkan</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="59"/>
        <source>Cari No. KK atau nama anggota keluarga…</source>
        <translation>Search a family card number (No. KK) or a member’s name…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="63"/>
        <source>Atau pilih orang di halaman Penduduk lalu klik «Lihat keluarga».</source>
        <translation>Or pick a person on the People page and click «Show family».</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="77"/>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="82"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="82"/>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="82"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="83"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="83"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="90"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="90"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="90"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="90"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="91"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="91"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="104"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="105"/>
        <source>Ubah anggota</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="152"/>
        <source>Tidak ada keluarga yang cocok.</source>
        <translation>No matching family.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="169"/>
        <source>Belum ada keluarga yang dipilih</source>
        <translation>No family selected yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="175"/>
        <source>Keluarga %1</source>
        <translation>Family of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="182"/>
        <source>L</source>
        <comment>laki-laki</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="182"/>
        <source>P</source>
        <comment>perempuan</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="190"/>
        <source>Sudah pindah keluar atau meninggal</source>
        <translation>Moved away or deceased</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="53"/>
        <source>Impor data penduduk</source>
        <translation>Import residents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="58"/>
        <source>Pilih berkas CSV atau Excel (.xlsx) dengan satu orang per baris. Semua baris diperiksa dulu; data baru disimpan sesudah Anda menekan «Simpan».</source>
        <translation>Choose a CSV or Excel (.xlsx) file with one person per row. Every row is checked first; data is saved only after you press «Save».</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="62"/>
        <source>berkas .csv atau .xlsx</source>
        <translation>.csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="63"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="64"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="80"/>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="121"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="82"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="84"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="111"/>
        <source>Pilih berkas penduduk</source>
        <translation>Choose a residents file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="112"/>
        <source>Data penduduk (*.csv *.xlsx)</source>
        <translation>Residents (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="155"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="168"/>
        <source>Berkas tidak ditemukan: pilih berkas .csv atau .xlsx yang ada.</source>
        <translation>File not found: choose an existing .csv or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="171"/>
        <source>Memeriksa %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="184"/>
        <source>%1 baris diperiksa: %2 kesalahan. Tidak ada yang disimpan; perbaiki berkas lalu periksa lagi.</source>
        <translation>%1 rows checked: %2 errors. Nothing was saved; correct the file and check it again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="188"/>
        <source>Berkas ini tidak berisi baris data.</source>
        <translation>This file has no data rows.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="190"/>
        <source>%1 baris diperiksa: tidak ada kesalahan (%2 peringatan). Tekan «Simpan» untuk menyimpan.</source>
        <translation>%1 rows checked: no errors (%2 warnings). Press «Save» to save them.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="192"/>
        <source>Simpan %1 baris</source>
        <translation>Save %1 rows</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="207"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="215"/>
        <source>%1 baris disimpan: %2 orang, %3 keluarga baru, %4 riwayat migrasi.</source>
        <translation>%1 rows saved: %2 people, %3 new families, %4 migration records.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="225"/>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="233"/>
        <source>Dibatalkan: tidak ada yang disimpan.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="236"/>
        <source>Impor gagal, tidak ada yang disimpan: %1</source>
        <translation>Import failed, nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="67"/>
        <source>Nama barang/uang</source>
        <translation>Item/cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="67"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="67"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="68"/>
        <source>Nilai (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="68"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="82"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="114"/>
        <source>Rincian ke-%1: jumlah harus angka bulat, mis. 1.</source>
        <translation>Item %1: the quantity must be a whole number, e.g. 1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="117"/>
        <source>Rincian ke-%1: nilai harus angka Rupiah, mis. 2.000.000.</source>
        <translation>Item %1: the value must be an amount in Rupiah, e.g. 2.000.000.</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="31"/>
        <source>Peristiwa — %1</source>
        <translation>Life event — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="36"/>
        <source>Orang yang pindah keluar atau meninggal tetap ada di riwayat, tetapi tidak lagi dihitung di daftar dan rekap sesudah tanggal itu.</source>
        <translation>People who moved away or died stay in the history, but are no longer counted in the list and recaps after that date.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="39"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="42"/>
        <source>mis. pindah ke Kabupaten Banyumas</source>
        <translation>e.g. moved to Banyumas regency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="51"/>
        <source>Peristiwa</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="52"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="53"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="57"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="57"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="67"/>
        <source>Pilih jenis peristiwa.</source>
        <translation>Choose the kind of event.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="85"/>
        <source>Rekap &amp; Ekspor</source>
        <translation>Recap &amp; Export</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="85"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="160"/>
        <source>Desmig Desktop — Desa %1</source>
        <translation>Desmig Desktop — Village of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="161"/>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="162"/>
        <source>Kab. %1</source>
        <translation>Kab. %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="163"/>
        <source>Desa %1</source>
        <translation>Village %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="164"/>
        <source>Petugas: %1</source>
        <translation>Officer: %1</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="34"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="35"/>
        <source>Ubah jabatan</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="36"/>
        <source>Akhiri keanggotaan</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="40"/>
        <source>Tampilkan yang sudah keluar</source>
        <translation>Show members who left</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="46"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="47"/>
        <source>Jabatan</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="48"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="57"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="49"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="58"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="51"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="55"/>
        <source>Anggota yang keluar dan alasannya</source>
        <translation>Members who left and why</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="59"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="60"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="83"/>
        <source>Retensi %1: %2 dari %3 anggota awal tahun masih aktif (%4%).</source>
        <translation>Retention %1: %2 of the %3 members at the start of the year are still active (%4%).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="87"/>
        <source>Retensi %1: belum ada anggota pada awal tahun.</source>
        <translation>Retention %1: no members at the start of the year.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="88"/>
        <source>%1 anggota aktif. </source>
        <translation>%1 active members. </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="93"/>
        <source>Belum ada anggota yang keluar.</source>
        <translation>No member has left yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="96"/>
        <source>Kelompok sudah berhenti: aktifkan lagi dulu.</source>
        <translation>The group has stopped: reactivate it first.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="52"/>
        <source>mis. Rp8.000.000</source>
        <translation>e.g. Rp8.000.000</translation>
    </message>
</context>
<context>
    <name>PersonActivityDialog</name>
    <message>
        <location filename="../../desmig_desktop/ui/activity.py" line="41"/>
        <source>Kegiatan %1</source>
        <translation>Activities of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="32"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="33"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="44"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="55"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="34"/>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="35"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="36"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="37"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="39"/>
        <source>Belum pernah menjadi anggota kelompok produksi.</source>
        <translation>Never a member of a production group.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="40"/>
        <source>Sosialisasi</source>
        <translation>Socialisation</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="41"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="48"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="42"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="50"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="43"/>
        <source>Topik</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="45"/>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="52"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="46"/>
        <source>Belum tercatat hadir di sosialisasi.</source>
        <translation>No socialisation attendance recorded.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="47"/>
        <source>Pelatihan</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="49"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="51"/>
        <source>Penyelenggara</source>
        <translation>Provider</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="53"/>
        <source>Belum pernah mengikuti pelatihan.</source>
        <translation>Has not attended any training.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="54"/>
        <source>Bagi hasil</source>
        <translation>Profit sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="56"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="57"/>
        <source>Ikut produksi</source>
        <translation>Runs joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="58"/>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="59"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="59"/>
        <source>Dibatalkan</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="60"/>
        <source>Belum pernah menerima bagi hasil.</source>
        <translation>Has not received any profit share.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/activity.py" line="55"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="22"/>
        <source>Anggota aktif %1.</source>
        <translation>Active member of %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="23"/>
        <source>Bukan anggota aktif kelompok produksi.</source>
        <translation>Not an active member of a production group.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/person_activity.py" line="24"/>
        <source>%1 sosialisasi, %2 pelatihan, bagi hasil diterima %3.</source>
        <translation>%1 socialisation(s), %2 training(s), profit shares received %3.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="74"/>
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="74"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="89"/>
        <source>16 angka sesuai KTP/KK</source>
        <translation>16 digits as on the KTP/KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="94"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="106"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="108"/>
        <source>16 angka; kosongkan bila belum ada KK</source>
        <translation>16 digits; leave empty if there is no KK yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="123"/>
        <source>mis. Jl. Salak No. 3</source>
        <translation>e.g. Jl. Salak No. 3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="139"/>
        <source>Data diri</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="143"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="143"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="143"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="144"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="144"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="145"/>
        <source>Hubungan keluarga</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="145"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="146"/>
        <source>Status kawin</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="146"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="147"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="151"/>
        <source>Keluarga (Kartu Keluarga)</source>
        <translation>Family (family card, KK)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="154"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="160"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="161"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="162"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="163"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="165"/>
        <source>Ketik No. KK: bila keluarganya sudah terdaftar, kepala keluarga dan alamatnya muncul di sini. No. KK baru membuat keluarga baru saat disimpan.</source>
        <translation>Type the No. KK: if the family is registered, its head and address appear here. A new No. KK creates a new family when you save.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="179"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="179"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="269"/>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="272"/>
        <source>RW/RT %1</source>
        <translation>RW/RT %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="273"/>
        <source>(belum ada anggota)</source>
        <translation>(no members yet)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="274"/>
        <source>Kepala keluarga: %1</source>
        <translation>Head of family: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="279"/>
        <source>No. KK ini belum terdaftar: keluarga baru dibuat saat disimpan. Isi dusun, RW/RT dan alamatnya.</source>
        <translation>This No. KK is not registered yet: a new family is created when you save. Fill in its dusun, RW/RT and address.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="286"/>
        <source>Tanpa KK: orang ini disimpan tanpa keluarga.</source>
        <translation>No KK: this person is saved without a family.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="71"/>
        <source>Cari nama, NIK atau No. KK…</source>
        <translation>Search name, NIK or No. KK…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="76"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="79"/>
        <source>Semua PMI</source>
        <translation>All migrant workers</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="87"/>
        <source>Semua jenis kelamin</source>
        <translation>Both sexes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="91"/>
        <source>Tampilkan yang pindah/meninggal</source>
        <translation>Show moved away/deceased</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="97"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="98"/>
        <source>Daftarkan orang baru (Ctrl+N)</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="99"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="100"/>
        <source>Ubah data orang yang dipilih (Enter atau klik dua kali)</source>
        <translation>Edit the selected person (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="101"/>
        <source>Riwayat migrasi</source>
        <translation>Migration history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="102"/>
        <source>Peristiwa</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="103"/>
        <source>Catat lahir, pindah datang, pindah keluar atau meninggal</source>
        <translation>Record a birth, moving in, moving away or a death</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="104"/>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="105"/>
        <source>Kelompok, sosialisasi, pelatihan dan bagi hasil orang ini</source>
        <translation>This person&apos;s groups, socialisation, trainings and profit shares</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="107"/>
        <source>Lihat keluarga</source>
        <translation>Show family</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="108"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="109"/>
        <source>Ekspor orang yang tampil sekarang (pencarian dan saringan berlaku)</source>
        <translation>Export the people shown now (search and filters apply)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="160"/>
        <source>Semua dusun</source>
        <translation>All dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="188"/>
        <source>menghitung…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="190"/>
        <source>%1 orang</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="263"/>
        <source>Data %1 tersimpan.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="265"/>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="310"/>
        <source>%1 orang diekspor ke %2</source>
        <translation>%1 people exported to %2</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="58"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="58"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="58"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="58"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="58"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="59"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="59"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="61"/>
        <source>Sudah pindah keluar atau meninggal</source>
        <translation>Moved away or deceased</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="62"/>
        <source>L</source>
        <comment>laki-laki</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="62"/>
        <source>P</source>
        <comment>perempuan</comment>
        <translation>F</translation>
    </message>
</context>
<context>
    <name>Pillar</name>
    <message>
        <location filename="../../desmig_desktop/activities/pillar.py" line="10"/>
        <source>Kegiatan pemberdayaan</source>
        <translation>Empowerment activities</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/pillar.py" line="10"/>
        <location filename="../../desmig_desktop/production/pillar.py" line="13"/>
        <source>Usaha Produktif</source>
        <translation>Productive business</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/pillar.py" line="10"/>
        <source>Registri desa</source>
        <translation>Village register</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/pillar.py" line="14"/>
        <source>Penduduk</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/pillar.py" line="15"/>
        <source>Keluarga</source>
        <translation>Families</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="59"/>
        <source>Riwayat migrasi — %1</source>
        <translation>Migration history — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="71"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="129"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="71"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="71"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="130"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="71"/>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="71"/>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="72"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="130"/>
        <source>P3MI</source>
        <translation>P3MI agency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="90"/>
        <source>pilih atau ketik negara</source>
        <translation>choose or type a country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="94"/>
        <source>mis. penata laksana rumah tangga</source>
        <translation>e.g. domestic worker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="96"/>
        <source>nama perusahaan penempatan (P3MI)</source>
        <translation>name of the placement agency (P3MI)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="103"/>
        <source>Hilang kontak (keluarga tidak bisa menghubungi)</source>
        <translation>Lost contact (the family cannot reach them)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="105"/>
        <source>wajib untuk keberangkatan di bawah umur yang sudah terjadi</source>
        <translation>required for an under-age departure that already happened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="108"/>
        <source>mis. tidak lulus medical</source>
        <translation>e.g. failed the medical check</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="129"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="130"/>
        <source>Jabatan</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="131"/>
        <source>Jalur</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="131"/>
        <source>Catatan keberangkatan</source>
        <translation>Departure note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="132"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="134"/>
        <source>Tanggal daftar</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="134"/>
        <source>Tanggal berangkat</source>
        <translation>Departed on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="135"/>
        <source>Tanggal pulang</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="135"/>
        <source>Alasan pulang</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="136"/>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="137"/>
        <source>Tanggal batal berangkat</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="138"/>
        <source>Alasan batal berangkat</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="146"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="240"/>
        <source>Riwayat baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="147"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="305"/>
        <source>Hapus riwayat</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="148"/>
        <source>Catat batal berangkat</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="149"/>
        <source>Calon PMI ini mundur: isi tanggal dan alasan batal berangkat dulu</source>
        <translation>This prospective worker withdrew: fill in the withdrawal date and reason first</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="150"/>
        <source>Simpan riwayat</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="152"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="218"/>
        <source>Ubah riwayat</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="259"/>
        <source>Tanggal belum lengkap: tulis seperti 22/11/2026, atau kosongkan.</source>
        <translation>Incomplete date: type it like 22/11/2026, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="306"/>
        <source>Hapus riwayat migrasi ini? Gunakan hanya untuk data yang salah ketik.</source>
        <translation>Delete this migration record? Use this only for data entered by mistake.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="308"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="309"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="40"/>
        <source>Ubah produk</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="40"/>
        <source>Tambah produk</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="44"/>
        <source>Nama produk</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="45"/>
        <source>mis. Dodol salak</source>
        <translation>e.g. Salak dodol</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="46"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="47"/>
        <source>mis. bungkus, kg, lembar</source>
        <translation>e.g. pack, kg, sheet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="48"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="58"/>
        <source>Harga jual</source>
        <translation>Selling price</translation>
    </message>
</context>
<context>
    <name>ProductionTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="131"/>
        <source>Produk dan stok</source>
        <translation>Products and stock</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="137"/>
        <source>Tambah produk</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="138"/>
        <source>Ubah produk</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="132"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="141"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="133"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="134"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="139"/>
        <source>Riwayat produksi</source>
        <translation>Production history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="147"/>
        <source>Catat produksi</source>
        <translation>Record production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="140"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="142"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="143"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="144"/>
        <source>Yang ikut</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="163"/>
        <source>%1 orang: %2</source>
        <translation>%1 people: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="170"/>
        <source>%1 kali produksi, biaya bahan %2.</source>
        <translation>%1 production runs, material cost %2.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="178"/>
        <source>Tambah produk dulu.</source>
        <translation>Add a product first.</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="93"/>
        <source>Rekap untuk Disnaker</source>
        <translation>Recap for the district labour office (Disnaker)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="94"/>
        <source>Jumlah calon PMI, PMI aktif, PMI purna dan keluarganya per periode, dengan daftar namanya. NIK dan No. KK disamarkan kecuali Anda memintanya.</source>
        <translation>Numbers of prospective, active and returned migrant workers and their families per period, with the register of names. NIK and No. KK are masked unless you ask otherwise.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="104"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="105"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="106"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="116"/>
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="132"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="135"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="136"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="143"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="144"/>
        <source>Tampilkan NIK lengkap (jangan untuk dikirim)</source>
        <translation>Show full NIK (not for sending)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="148"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="152"/>
        <source>Simpan ke folder</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="156"/>
        <source>Buat rekap</source>
        <translation>Make recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="161"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="172"/>
        <source>Impor data penduduk</source>
        <translation>Import residents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="175"/>
        <source>Baca daftar penduduk dari berkas CSV atau Excel. Semua baris diperiksa dulu; tidak ada yang disimpan sebelum Anda setuju, dan tidak ada bila ada kesalahan.</source>
        <translation>Read a list of residents from a CSV or Excel file. Every row is checked first; nothing is saved before you agree, and nothing at all if there is an error.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="177"/>
        <source>Impor data penduduk…</source>
        <translation>Import residents…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="196"/>
        <source>Pilih folder untuk rekap</source>
        <translation>Choose a folder for the recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="203"/>
        <source>Pilih minimal satu format: Excel atau PDF.</source>
        <translation>Choose at least one format: Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="211"/>
        <source>Membuat rekap</source>
        <translation>Making the recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="211"/>
        <source>Menghitung dan menulis rekap %1…</source>
        <translation>Counting and writing the recap %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="220"/>
        <source>Rekap selesai. Berkas disimpan di:</source>
        <translation>Recap done. Files saved in:</translation>
    </message>
</context>
<context>
    <name>ReverseShareDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="64"/>
        <source>Batalkan bagi hasil %1</source>
        <translation>Cancel profit sharing %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="65"/>
        <source>Batalkan bagi hasil</source>
        <translation>Cancel profit sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="68"/>
        <source>Uang %1 dianggap kembali ke kas kelompok. Setelah dibatalkan, periode ini dapat dibagi ulang.</source>
        <translation>The %1 is treated as returned to the group cash. Once cancelled, this period can be shared out again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="70"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="71"/>
        <source>mis. salah catat penjualan</source>
        <translation>e.g. sales recorded wrongly</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="36"/>
        <source>Catat penjualan %1</source>
        <translation>Record a sale for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="39"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="41"/>
        <source>%1 (stok %2 %3)</source>
        <translation>%1 (stock %2 %3)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="43"/>
        <source>Tanggal jual</source>
        <translation>Sold on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="44"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="81"/>
        <source>Jumlah terjual</source>
        <translation>Quantity sold</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="45"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="83"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="47"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="48"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="50"/>
        <source>Pameran/bazar</source>
        <translation>Exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="51"/>
        <source>(tidak di pameran/bazar)</source>
        <translation>(not at an exhibition/bazaar)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="54"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="36"/>
        <source>Catat penjualan</source>
        <translation>Record sale</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="37"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="129"/>
        <source>Hapus penjualan</source>
        <translation>Delete sale</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="48"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="75"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="85"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="49"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="50"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="77"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="51"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="52"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="53"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="54"/>
        <source>Pameran/bazar</source>
        <translation>Exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="74"/>
        <source>Biaya lain</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="80"/>
        <source>Catat biaya</source>
        <translation>Record cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="76"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="84"/>
        <source>Pameran dan bazar</source>
        <translation>Exhibitions and bazaars</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="91"/>
        <source>Tambah kegiatan</source>
        <translation>Add event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="86"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="87"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="88"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="98"/>
        <source>%1 penjualan, total %2</source>
        <translation>%1 sales, total %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="101"/>
        <source>Menurut saluran: %1</source>
        <translation>By channel: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="102"/>
        <source>Belum ada penjualan.</source>
        <translation>No sales yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="105"/>
        <source>Biaya lain (%1)</source>
        <translation>Other costs (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="117"/>
        <source>Tambah produk dan catat produksinya dulu di tab Produksi.</source>
        <translation>Add a product and record its production first on the Production tab.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="127"/>
        <source>Hapus penjualan %1 %2 tanggal %3 (%4)? Stok bertambah lagi.</source>
        <translation>Delete the sale of %1 %2 on %3 (%4)? The stock goes up again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="129"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="43"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="45"/>
        <source>Petugas dan bahasa</source>
        <translation>Officer and language</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="56"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="62"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="63"/>
        <source>Bahasa baru berlaku sesudah aplikasi ditutup dan dibuka lagi. Nama petugas langsung dipakai di catatan perubahan (audit).</source>
        <translation>A new language applies after the app is closed and opened again. The officer name is used in the change log (audit) at once.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="66"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="74"/>
        <source>Profil desa</source>
        <translation>Village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="80"/>
        <source>Kode Kemendagri</source>
        <translation>Kemendagri code</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="80"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="81"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="81"/>
        <source>Kabupaten</source>
        <translation>Kabupaten (regency)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="82"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="82"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="92"/>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="94"/>
        <source>Simpan profil desa</source>
        <translation>Save village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="123"/>
        <source>Nama petugas wajib diisi.</source>
        <translation>The officer name is required.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="130"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="132"/>
        <source>Buka ulang aplikasi untuk memakai bahasa baru.</source>
        <translation>Restart the app to use the new language.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="140"/>
        <source>Profil desa tersimpan.</source>
        <translation>Village profile saved.</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="82"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="83"/>
        <source>Ikut produksi</source>
        <translation>Runs joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="85"/>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="116"/>
        <source>Usulan bagi hasil (belum disimpan)</source>
        <translation>Proposed profit sharing (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="118"/>
        <source>Sejak bagi hasil terakhir</source>
        <translation>Since the last share-out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="119"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="141"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="200"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="141"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="142"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="142"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="143"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="201"/>
        <source>Laba</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="143"/>
        <source>Biaya lain</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="144"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="202"/>
        <source>Dibagikan</source>
        <translation>Shared out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="144"/>
        <source>Sisa pembulatan ke kas</source>
        <translation>Rounding remainder to group cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="134"/>
        <source>Pembulatan</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="133"/>
        <source>Setiap bagian dibulatkan ke bawah ke kelipatan ini; sisanya masuk kas kelompok.</source>
        <translation>Each share is rounded down to a multiple of this; the rest goes to the group cash.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="145"/>
        <source>Ditahan di kas (menutup rugi)</source>
        <translation>Kept in cash (covering losses)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="145"/>
        <source>Kas akhir periode</source>
        <translation>Cash at end of period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="173"/>
        <source>Cetak usulan (PDF)</source>
        <translation>Print proposal (PDF)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="174"/>
        <source>Cetak usulan untuk dibahas dalam rapat anggota sebelum difinalkan</source>
        <translation>Print the proposal for the members’ meeting before it is finalised</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="176"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="334"/>
        <source>Finalkan bagi hasil</source>
        <translation>Finalise profit sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="192"/>
        <source>Riwayat bagi hasil</source>
        <translation>Profit-sharing history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="194"/>
        <source>Batalkan</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="195"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="360"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="203"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="220"/>
        <source>Dibatalkan %1: %2</source>
        <translation>Cancelled %1: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="221"/>
        <source>Final %1</source>
        <translation>Final %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="228"/>
        <source>Aturan: %1.</source>
        <translation>Rule: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="231"/>
        <source>setiap %1 kali produksi</source>
        <translation>every %1 production runs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="232"/>
        <source>Jadwal: %1.</source>
        <translation>Schedule: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="233"/>
        <source>Kas kelompok sekarang %1.</source>
        <translation>Group cash now %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="235"/>
        <source>Sudah waktunya bagi hasil: %1.</source>
        <translation>Time to share profits: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="259"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="280"/>
        <source>%1 kali</source>
        <translation>%1 times</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="281"/>
        <source>%1 kepada %2 anggota</source>
        <translation>%1 to %2 members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="316"/>
        <source>Pilih bagi hasil untuk melihat rinciannya.</source>
        <translation>Pick a share-out to see its details.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="318"/>
        <source>Rincian %1: penjualan %2, biaya bahan %3, biaya lain %4, sisa ke kas %5.</source>
        <translation>Details %1: sales %2, material cost %3, other costs %4, rest to cash %5.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="330"/>
        <source>Finalkan bagi hasil %1 periode %2?

%3 dibagikan kepada %4 anggota; sisa %5 tetap di kas.
Bagi hasil yang sudah final tidak dapat diubah, hanya dibatalkan dengan alasan.</source>
        <translation>Finalise the profit sharing of %1 for the period %2?

%3 is shared out to %4 members; the rest, %5, stays in the cash.
A final share-out cannot be changed, only cancelled with a reason.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="334"/>
        <source>Ya, finalkan</source>
        <translation>Yes, finalise</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="350"/>
        <source>Simpan PDF bagi hasil</source>
        <translation>Save the profit-sharing PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="351"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="363"/>
        <source>Isi profil desa dulu: kop surat PDF memakai nama desa.</source>
        <translation>Fill in the village profile first: the PDF letterhead uses the village name.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="373"/>
        <source>PDF tidak dapat disimpan: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="375"/>
        <source>PDF bagi hasil disimpan di %1</source>
        <translation>Profit-sharing PDF saved to %1</translation>
    </message>
</context>
<context>
    <name>StopGroupDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="102"/>
        <source>Hentikan %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="102"/>
        <source>Hentikan kelompok</source>
        <translation>Stop group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="106"/>
        <source>Tanggal berhenti</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="107"/>
        <source>Alasan berhenti</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="108"/>
        <source>mis. bahan baku mahal, anggota kembali merantau</source>
        <translation>e.g. raw materials too expensive, members went abroad again</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="31"/>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="36"/>
        <source>Judul pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="37"/>
        <source>mis. Pelatihan pengolahan salak</source>
        <translation>e.g. Salak processing training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="38"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="40"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="42"/>
        <source>Nama penyelenggara</source>
        <translation>Organiser name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="43"/>
        <source>mis. BLK Wonosobo (wajib bila &apos;Lainnya&apos;)</source>
        <translation>e.g. BLK Wonosobo (required for &apos;Other&apos;)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="44"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="45"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="46"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="47"/>
        <source>mis. Balai Desa Kuripan</source>
        <translation>e.g. Kuripan village hall</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="48"/>
        <source>Kelompok diundang</source>
        <translation>Groups invited</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="52"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="113"/>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="114"/>
        <source>Ubah kehadiran</source>
        <translation>Edit attendance</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="120"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="121"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="122"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="123"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="124"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="125"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="142"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="156"/>
        <source>Pilih pelatihan untuk melihat siapa yang hadir.</source>
        <translation>Pick a training to see who attended.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="159"/>
        <source>Hadir dari kelompok ini: %1</source>
        <translation>Present from this group: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="159"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../desmig_desktop/ui/workers.py" line="105"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/workers.py" line="117"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="93"/>
        <source>%1: tulis angka Rupiah, mis. 8000000 atau Rp8.000.000.</source>
        <translation>%1: type an amount in Rupiah, e.g. 8000000 or Rp8.000.000.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="97"/>
        <source>%1: tulis angka bulat, mis. 25.</source>
        <translation>%1: type a whole number, e.g. 25.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="226"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="236"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
</TS>
