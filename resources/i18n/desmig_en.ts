<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="21"/>
        <source>Tentang Desmig Desktop</source>
        <translation>About Desmig Desktop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="25"/>
        <source>(aplikasi ini: %1)</source>
        <translation>(this application: %1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="27"/>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="28"/>
        <source>Versi skema basis data</source>
        <translation>Database schema version</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="29"/>
        <source>Berkas data</source>
        <translation>Data file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="30"/>
        <source>Lisensi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="30"/>
        <source>belum ditetapkan</source>
        <translation>not yet decided</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="42"/>
        <source>Register dan laporan program Desa Migran Produktif (Desmigratif) untuk petugas desa.</source>
        <translation>Register and reports of the Productive Migrant Village programme (Desmigratif) for village officers.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/about.py" line="47"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="75"/>
        <source>Tambah catatan tindakan</source>
        <translation>Add an action note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="78"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="79"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="80"/>
        <source>Apa yang dilakukan, mis. menelepon P3MI, hasilnya</source>
        <translation>What was done, e.g. phoned the P3MI, and the result</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="85"/>
        <source>Catatan tindakan ditambahkan.</source>
        <translation>Action note added.</translation>
    </message>
</context>
<context>
    <name>AddMemberDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="26"/>
        <source>Tambah anggota %1</source>
        <translation>Add member to %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="36"/>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="37"/>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="40"/>
        <source>Tanggal masuk</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="45"/>
        <source>Anggota ditambahkan ke %1.</source>
        <translation>Member added to %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="33"/>
        <source> — sudah anggota</source>
        <translation> — already a member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="55"/>
        <source>Pilih orang dari hasil pencarian (ketik nama atau NIK).</source>
        <translation>Pick a person from the search results (type a name or NIK).</translation>
    </message>
</context>
<context>
    <name>AidDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="164"/>
        <source>Tambah bantuan untuk %1</source>
        <translation>Add aid for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="164"/>
        <source>Ubah bantuan untuk %1</source>
        <translation>Edit aid for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="170"/>
        <source>Jenis bantuan</source>
        <translation>Kind of aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="172"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="174"/>
        <source>Nama pemberi</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="175"/>
        <source>mis. Dana Desa 2017, BRI Unit Watumalang</source>
        <translation>e.g. Dana Desa 2017, BRI Unit Watumalang</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="176"/>
        <source>Tanggal terima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="177"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="178"/>
        <source>mis. Rp8.000.000 dibagi 4 kelompok</source>
        <translation>e.g. Rp8.000.000 split over 4 groups</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="185"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="186"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="193"/>
        <source>Rincian</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="207"/>
        <source>Bantuan %1 disimpan.</source>
        <translation>Aid %1 saved.</translation>
    </message>
</context>
<context>
    <name>AidTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="248"/>
        <source>Tambah bantuan</source>
        <translation>Add aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="255"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="256"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="257"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="258"/>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="268"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="259"/>
        <source>Rincian</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="260"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="265"/>
        <source>Inventaris peralatan</source>
        <translation>Equipment inventory</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="274"/>
        <source>Ubah kondisi</source>
        <translation>Change condition</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="299"/>
        <source>%Ln barang perlu perhatian (rusak atau hilang).</source>
        <translation>
            <numerusform>%Ln item needs attention (broken or lost).</numerusform>
            <numerusform>%Ln items need attention (broken or lost).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="319"/>
        <source>bantuan %1 tanggal %2 (%3)</source>
        <translation>aid %1 of %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="321"/>
        <source>%Ln rincian: %1</source>
        <translation>
            <numerusform>%Ln item: %1</numerusform>
            <numerusform>%Ln items: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="322"/>
        <source>Bantuan dihapus.</source>
        <translation>Aid deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="266"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="267"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="269"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="285"/>
        <source>Ubah bantuan…</source>
        <translation>Edit aid…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="286"/>
        <source>Hapus bantuan…</source>
        <translation>Delete aid…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="294"/>
        <source>Total bantuan %1 (modal uang %2)</source>
        <translation>Total aid %1 (cash capital %2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="300"/>
        <source>Semua peralatan dalam kondisi baik.</source>
        <translation>All equipment is in good condition.</translation>
    </message>
</context>
<context>
    <name>Ak1</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="59"/>
        <source>Lapor 6 bulanan</source>
        <translation>6-monthly report</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="59"/>
        <source>Perpanjangan</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="61"/>
        <source>hari ini</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="61"/>
        <source>%n hari lagi</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="62"/>
        <source>terlambat %n hari</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ak1Dialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="75"/>
        <source>Pengajuan AK-1</source>
        <translation>AK-1 application</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="84"/>
        <source>Berkas</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="93"/>
        <source>Langkah berikutnya</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="98"/>
        <source>Salin nomor dari kartu yang terbit</source>
        <translation>Copy the number from the card issued</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="100"/>
        <source>Alasan penolakan dari Disnaker</source>
        <translation>Reason for rejection given by Disnaker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="103"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="103"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="104"/>
        <source>Nomor kartu</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="105"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="108"/>
        <source>Simpan langkah</source>
        <translation>Save step</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="119"/>
        <source>Kartu dan laporan 6 bulanan</source>
        <translation>Card and 6-monthly reports</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="127"/>
        <source>Tanggal lapor</source>
        <translation>Report date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="131"/>
        <source>Catat laporan</source>
        <translation>Record report</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="140"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="150"/>
        <source>AK-1 %1</source>
        <translation>AK-1: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="151"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="155"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="157"/>
        <source>Alasan penolakan: %1</source>
        <translation>Reason for rejection: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="161"/>
        <source>Centang setiap berkas yang sudah diperiksa, lalu pilih langkah “Berkas lengkap”.</source>
        <translation>Tick each document once it has been checked, then choose the step “Documents complete”.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="163"/>
        <source>Berkas tidak dapat diubah lagi sesudah pengajuan lengkap.</source>
        <translation>The documents can no longer be changed once the application is complete.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="177"/>
        <source>Nomor kartu %1, terbit %2, berlaku sampai %3.
Berikutnya: %4</source>
        <translation>Card number %1, issued %2, valid until %3.
Next: %4</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="181"/>
        <source>Sudah lapor: %1</source>
        <translation>Reported: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="182"/>
        <source>Belum ada laporan.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="231"/>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="250"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_dialog.py" line="240"/>
        <source>Pengajuan AK-1 %1: %2.</source>
        <translation>AK-1 application of %1: %2.</translation>
    </message>
</context>
<context>
    <name>Ak1Page</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="70"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="71"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="72"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="74"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="75"/>
        <source>Tgl status</source>
        <translation>Status date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="76"/>
        <source>Berkas</source>
        <translation>Papers</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="77"/>
        <source>No. kartu</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="78"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="118"/>
        <source>berkas, pindaian dan laporannya</source>
        <translation>its documents, scans and reports</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="123"/>
        <source>Cari nama, NIK atau nomor kartu…</source>
        <translation>Search name, NIK or card number…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="126"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="129"/>
        <source>Jatuh tempo lapor/perpanjangan (%1 hari)</source>
        <translation>Due for report/renewal (%1 days)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="133"/>
        <source>Ajukan AK-1</source>
        <translation>Apply for AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="134"/>
        <source>Buat pengajuan AK-1 (kartu kuning) untuk warga (Ctrl+N)</source>
        <translation>Start an AK-1 (yellow card) application for a resident (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="135"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="136"/>
        <source>Berkas, langkah dan laporan pengajuan yang dipilih (Enter)</source>
        <translation>Documents, steps and reports of the selected application (Enter)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="137"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="144"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="145"/>
        <source>Ekspor baris yang tampil sekarang ke Excel (pencarian dan saringan berlaku)</source>
        <translation>Export the rows shown now to Excel (search and filters apply)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="159"/>
        <source>Buka pengajuan…</source>
        <translation>Open application…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="161"/>
        <source>Hapus pengajuan…</source>
        <translation>Delete application…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="187"/>
        <source>%Ln pengajuan</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="228"/>
        <source>AK-1</source>
        <translation>AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="272"/>
        <source>pengajuan AK-1 %1</source>
        <translation>AK-1 application of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="273"/>
        <source>Pengajuan AK-1 %1 dihapus.</source>
        <translation>AK-1 application of %1 deleted.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desmig_desktop/app.py" line="106"/>
        <source>Desa demo</source>
        <translation>Demo village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="107"/>
        <source>Membuat desa demo Kuripan (sekali saja, beberapa detik)…</source>
        <translation>Creating the Kuripan demo village (only once, a few seconds)…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="129"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="142"/>
        <source>Berkas basis data %1 belum ada.

Buat basis data desa yang baru dan kosong di sana? Bila nama atau foldernya salah ketik, pilih Batal.</source>
        <translation>The database file %1 does not exist yet.

Create a new, empty village database there? If the name or the folder is mistyped, choose Cancel.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="145"/>
        <source>Buat baru</source>
        <translation>Create new</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="146"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/app.py" line="169"/>
        <source>Basis data %1 tidak bisa dibuka karena kesalahan yang tidak terduga: pilih berkas lain atau pulihkan salinan dari folder backups.</source>
        <translation>The database %1 cannot be opened because of an unexpected error: choose another file or restore a copy from the backups folder.</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="116"/>
        <source>Kehadiran: %1</source>
        <translation>Attendance: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="122"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="125"/>
        <source>Spasi mencentang anggota yang terpilih.</source>
        <translation>Space ticks the selected member.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="130"/>
        <source>Kehadiran %1 disimpan.</source>
        <translation>Attendance of %1 saved.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="76"/>
        <source>Catat produksi %1</source>
        <translation>Record production for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="76"/>
        <source>Ubah produksi %1</source>
        <translation>Edit production of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="82"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="85"/>
        <source>Tanggal produksi</source>
        <translation>Production date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="86"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="118"/>
        <source>Jumlah hasil</source>
        <translation>Quantity made</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="87"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="120"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="104"/>
        <source>Produksi %1 %2 disimpan.</source>
        <translation>Production of %1 %2 saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="89"/>
        <source>Anggota yang ikut</source>
        <translation>Members who took part</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="91"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="108"/>
        <source>Ubah jabatan %1</source>
        <translation>Change role of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="111"/>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="118"/>
        <source>Jabatan %1 sekarang %2.</source>
        <translation>%1’s role is now %2.</translation>
    </message>
</context>
<context>
    <name>ChecklistWidget</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="67"/>
        <source>Lampirkan…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="68"/>
        <source>Pilih berkas pindaian (PDF, JPG atau PNG, paling besar 10 MB)</source>
        <translation>Choose a scanned file (PDF, JPG or PNG, 10 MB at most)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="138"/>
        <source>%1 dari %2 berkas sudah diperiksa.</source>
        <translation>%1 of %2 documents checked.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="151"/>
        <source>Buka %1 dengan penampil sistem</source>
        <translation>Open %1 with the system viewer</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="158"/>
        <source>Hapus pindaian %1</source>
        <translation>Delete scan %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="226"/>
        <source>Pilih berkas pindaian</source>
        <translation>Choose a scanned file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="227"/>
        <source>Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="244"/>
        <source>Pindaian %1 dilampirkan.</source>
        <translation>Scan %1 attached.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="256"/>
        <source>Berkas pindaian tidak ditemukan di folder data desa.</source>
        <translation>The scanned file was not found in the village data folder.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="261"/>
        <source>pindaian %1</source>
        <translation>scan %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/checklist.py" line="266"/>
        <source>Pindaian %1 dihapus.</source>
        <translation>Scan %1 deleted.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="67"/>
        <source>Simpan surat rujukan</source>
        <translation>Save referral letter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="67"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="91"/>
        <source>Ubah kategori/uraian…</source>
        <translation>Edit category/description…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="106"/>
        <source>Catatan tindakan</source>
        <translation>Action notes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="107"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="108"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="109"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="114"/>
        <source>Tambah catatan…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="119"/>
        <source>Cetak surat rujukan…</source>
        <translation>Print referral letter…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="123"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="141"/>
        <source>Pengaduan: %1</source>
        <translation>Complaint: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="141"/>
        <source>(tanpa nama)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="154"/>
        <source>Pengaduan ini sudah selesai.</source>
        <translation>This complaint has been resolved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="155"/>
        <source>Langkah berikutnya:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="184"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="185"/>
        <source>Alamat pelapor</source>
        <translation>Reporter&apos;s address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="186"/>
        <source>Pekerja migran</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="187"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="188"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="189"/>
        <source>P3MI</source>
        <translation>P3MI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="189"/>
        <source>belum disebut</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="190"/>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="191"/>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="191"/>
        <source>belum tercatat</source>
        <translation>not recorded yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="192"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="193"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="193"/>
        <source>%1 · %2 terbuka</source>
        <translation>%1 · open for %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="197"/>
        <source>Dirujuk ke</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="199"/>
        <source>Selesai</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="199"/>
        <source>%1 · setelah %2</source>
        <translation>%1 · after %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="201"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="201"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="202"/>
        <source>Hasil</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="235"/>
        <source>Cetak surat rujukan</source>
        <translation>Print referral letter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="238"/>
        <source>Isi profil desa dulu: kop surat memakai nama desa.</source>
        <translation>Fill in the village profile first: the letterhead uses the village name.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="255"/>
        <source>PDF tidak dapat disimpan: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_detail.py" line="257"/>
        <source>Surat rujukan disimpan di %1</source>
        <translation>Referral letter saved to %1</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="43"/>
        <source>Buat pengaduan</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="43"/>
        <source>Simpan pengaduan</source>
        <translation>Save complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="49"/>
        <source>Ketik nama atau NIK anggota keluarga yang melapor…</source>
        <translation>Type the name or NIK of the family member reporting…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="52"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="56"/>
        <source>Ketik nama atau NIK pekerja migran (calon, aktif, purna)…</source>
        <translation>Type the name or NIK of the migrant worker (prospective, active, returned)…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="59"/>
        <source>Pekerja migran</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="60"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="61"/>
        <source>(pilih kategori)</source>
        <translation>(choose a category)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="62"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="63"/>
        <source>Apa yang terjadi, sejak kapan, apa yang sudah diketahui keluarga</source>
        <translation>What happened, since when, what the family already knows</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="66"/>
        <source>Tanggal pengaduan</source>
        <translation>Complaint date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="87"/>
        <source>Pengaduan disimpan.</source>
        <translation>Complaint saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="93"/>
        <source>Pilih pelapor dari hasil pencarian: hanya warga yang terdaftar di data penduduk desa yang dapat mengadu.</source>
        <translation>Choose the reporter from the search results: only residents registered in the village population data can file a complaint.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_dialog.py" line="96"/>
        <source>Pilih pekerja migran dari hasil pencarian (ketik nama atau NIK).</source>
        <translation>Choose the migrant worker from the search results (type a name or NIK).</translation>
    </message>
</context>
<context>
    <name>ComplaintWords</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="33"/>
        <source>Tindak lanjuti…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="34"/>
        <source>Rujuk…</source>
        <translation>Refer…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="35"/>
        <source>Selesaikan…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="42"/>
        <source>Tindak lanjuti pengaduan</source>
        <translation>Follow up the complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="43"/>
        <source>Rujuk pengaduan</source>
        <translation>Refer the complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="44"/>
        <source>Selesaikan pengaduan</source>
        <translation>Resolve the complaint</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="52"/>
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="58"/>
        <source>Pengaduan putus kontak</source>
        <translation>Lost-contact complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="59"/>
        <source>Ditandai putus kontak</source>
        <translation>Marked as out of contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_words.py" line="60"/>
        <source>Lebih dari 90 hari tanpa kabar</source>
        <translation>No news for more than 90 days</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="76"/>
        <source>Tersimpan, dengan peringatan</source>
        <translation>Saved, with warnings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="88"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="89"/>
        <source>Putus kontak</source>
        <translation>Lost contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="101"/>
        <source>Cari nama pekerja migran, negara, kategori…</source>
        <translation>Search migrant worker&apos;s name, country, category…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="104"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="105"/>
        <source>Masih terbuka</source>
        <translation>Still open</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="110"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="112"/>
        <source>Buat pengaduan…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="113"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="114"/>
        <source>Buka…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="115"/>
        <source>Enter atau klik dua kali</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="116"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="117"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="122"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="123"/>
        <source>Pekerja migran</source>
        <translation>Migrant worker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="124"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="125"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="126"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="127"/>
        <source>Dirujuk ke</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="128"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="129"/>
        <source>Lama</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="144"/>
        <source>Hapus pengaduan…</source>
        <translation>Delete complaint…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="149"/>
        <source>Buka pengaduan…</source>
        <translation>Open complaint…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="195"/>
        <source>%n pengaduan</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="196"/>
        <source>%n masih terbuka</source>
        <translation>
            <numerusform>%n still open</numerusform>
            <numerusform>%n still open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="232"/>
        <source>Pengaduan ini sudah dihapus.</source>
        <translation>This complaint has been deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="245"/>
        <source>pengaduan %1 tentang %2</source>
        <translation>the complaint (%1) about %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="253"/>
        <source>catatan tindakannya</source>
        <translation>its action notes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="255"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="249"/>
        <source>Dipulihkan: %1</source>
        <translation>Restored: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaints_page.py" line="251"/>
        <source>Pengaduan dihapus.</source>
        <translation>Complaint deleted.</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="222"/>
        <source>Kondisi %1</source>
        <translation>Condition of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="225"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="232"/>
        <source>Kondisi %1: %2.</source>
        <translation>Condition of %1: %2.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="37"/>
        <source>Catat kontak: %1</source>
        <translation>Record contact: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="37"/>
        <source>Catat kontak</source>
        <translation>Record contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="40"/>
        <source>Kabar dari %1 (%2) diterima kembali. Tanda putus kontak ditutup pada tanggal ini; pengaduan putus kontak yang masih terbuka mendapat catatan, dan diselesaikan di halaman pengaduannya.</source>
        <translation>News from %1 (%2) has come in again. The lost-contact mark is closed on this date; a lost-contact complaint that is still open gets a note, and is resolved on its complaint page.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="44"/>
        <source>Tanggal kontak</source>
        <translation>Contact date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="48"/>
        <source>Kontak dengan %1 dicatat.</source>
        <translation>Contact with %1 recorded.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="114"/>
        <source>Catat biaya lain %1</source>
        <translation>Record other cost for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="114"/>
        <source>Ubah biaya lain %1</source>
        <translation>Edit other cost of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="119"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="120"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="121"/>
        <source>mis. kemasan dan label, transportasi</source>
        <translation>e.g. packaging and labels, transport</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="122"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="135"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="131"/>
        <source>Biaya %1 disimpan.</source>
        <translation>Cost %1 saved.</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="88"/>
        <source>hh/bb/tttt</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="89"/>
        <source>Tulis tanggal seperti 22/11/2026, atau kosongkan.</source>
        <translation>Type a date like 22/11/2026, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="90"/>
        <source>Tulis tanggal seperti 22/11/2026.</source>
        <translation>Type a date like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="99"/>
        <source>Pilih dari kalender</source>
        <translation>Pick from the calendar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="114"/>
        <source>Kosongkan tanggal</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/dates.py" line="153"/>
        <source>Tanggal %1 tidak ada: tulis seperti 22/11/2026.</source>
        <translation>There is no date %1: write it like 22/11/2026.</translation>
    </message>
</context>
<context>
    <name>DateReasonDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="73"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="74"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="35"/>
        <source>Data terhapus</source>
        <translation>Deleted records</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="39"/>
        <source>Data yang pernah dihapus, yang terbaru di atas. Pulihkan mengembalikan data itu beserta data yang ikut terhapus bersamanya.</source>
        <translation>Records that were deleted, the latest at the top. Restore brings a record back together with the records deleted along with it.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="42"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="43"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="44"/>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="49"/>
        <source>Tidak ada data yang terhapus.</source>
        <translation>There are no deleted records.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="53"/>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="54"/>
        <source>Kembalikan data yang dipilih (Enter)</source>
        <translation>Bring back the selected record (Enter)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="59"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="78"/>
        <source>Tidak bisa dipulihkan</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/deleted_dialog.py" line="82"/>
        <source>{0} dipulihkan: {1}</source>
        <translation>{0} restored: {1}</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="53"/>
        <source>Catat keberangkatan %1</source>
        <translation>Record departure of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="54"/>
        <source>Catat keberangkatan</source>
        <translation>Record departure</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="66"/>
        <source>Tanggal berangkat</source>
        <translation>Departed on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="67"/>
        <source>Jalur keberangkatan</source>
        <translation>Departure route</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="69"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="86"/>
        <source>Dokumen belum lengkap pada tanggal berangkat (kurang %1 dari %2): %3.
Keberangkatan ini hanya dapat dicatat sebagai non-prosedural, dengan catatan apa yang diketahui (siapa yang memberangkatkan, lewat mana).</source>
        <translation>Documents incomplete on the departure date (%1 of %2 missing): %3.
This departure can only be recorded as non-procedural, with a note of what is known (who sent the person, by which route).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="91"/>
        <source>Wajib diisi: siapa yang memberangkatkan, negara dan pekerjaan yang dijanjikan, kontak yang diketahui</source>
        <translation>Required: who sent the person, the country and job promised, any known contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="94"/>
        <source>Semua %1 dokumen keberangkatan sudah lengkap.</source>
        <translation>All %1 departure documents are complete.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="96"/>
        <source>mis. berangkat dari BP3MI Semarang bersama rombongan P3MI</source>
        <translation>e.g. left from BP3MI Semarang with a P3MI group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="103"/>
        <source>Dokumen belum lengkap: pilih &quot;Non-prosedural&quot;, atau lengkapi dokumennya dulu.</source>
        <translation>Documents incomplete: choose &quot;Non-procedural&quot;, or complete the documents first.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="106"/>
        <source>Catatan wajib diisi untuk keberangkatan dengan dokumen belum lengkap.</source>
        <translation>A note is required for a departure with incomplete documents.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="111"/>
        <source>Keberangkatan %1 dicatat.</source>
        <translation>Departure of %1 recorded.</translation>
    </message>
</context>
<context>
    <name>DepositDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="44"/>
        <source>Setor simpanan %1</source>
        <translation>Deposit savings %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="44"/>
        <source>Setor</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="46"/>
        <source>No. anggota %1 · pokok %2 · wajib %3 · sukarela %4</source>
        <translation>Member no. %1 · principal %2 · mandatory %3 · voluntary %4</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="49"/>
        <source>Jenis simpanan</source>
        <translation>Savings type</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="52"/>
        <source>Tanggal setor</source>
        <translation>Deposited on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="53"/>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="76"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="56"/>
        <source>Disetor oleh</source>
        <translation>Deposited by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="57"/>
        <source>kosongkan bila anggota sendiri</source>
        <translation>leave empty if the member brings it</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="58"/>
        <source>Nama yang membawa uang, mis. suami yang menyetor dari kiriman luar negeri</source>
        <translation>Name of the person bringing the money, e.g. a husband depositing a remittance from abroad</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="59"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="71"/>
        <source>Tunggakan simpanan wajib: %1</source>
        <translation>Mandatory savings in arrears: %1</translation>
    </message>
</context>
<context>
    <name>DistrictHome</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="126"/>
        <source>Beranda — Kabupaten %1</source>
        <translation>Home — %1 Regency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="127"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="129"/>
        <source>Laporan bulan %1</source>
        <translation>Reports for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="132"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="142"/>
        <source>Desa sudah melapor</source>
        <translation>Villages reported</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="144"/>
        <source>Desa belum melapor</source>
        <translation>Villages not reported</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="146"/>
        <source>Penduduk pindah antardesa</source>
        <translation>People who moved between villages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="148"/>
        <source>PMI hilang kontak</source>
        <translation>PMI out of contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="151"/>
        <source>Calon PMI</source>
        <translation>Prospective PMI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="151"/>
        <source>PMI aktif</source>
        <translation>Active PMI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="151"/>
        <source>PMI purna</source>
        <translation>Returned PMI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="152"/>
        <source>Keluarga PMI</source>
        <translation>PMI families</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="158"/>
        <source>Per kecamatan</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="164"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="165"/>
        <source>Desa melapor</source>
        <translation>Villages reported</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="165"/>
        <location filename="../../desmig_desktop/district/ui/home.py" line="190"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="178"/>
        <source>Menghitung angka kabupaten…</source>
        <translation>Counting the regency&apos;s figures…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="192"/>
        <source>tingkat pelaporan %1</source>
        <translation>reporting rate %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="194"/>
        <source>, dan %1 lainnya</source>
        <translation>, and %1 more</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="196"/>
        <source>semua desa sudah melapor</source>
        <translation>every village has reported</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="197"/>
        <source>dihitung sekali, di satu desa</source>
        <translation>counted once, in one village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="198"/>
        <source>menurut paket yang sudah masuk</source>
        <translation>from the packages received so far</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/home.py" line="201"/>
        <source>L %1 · P %2</source>
        <translation>M %1 · F %2</translation>
    </message>
</context>
<context>
    <name>DistrictKeyBox</name>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="287"/>
        <source>Kunci Disnaker</source>
        <translation>Disnaker key</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="292"/>
        <source>Paket &quot;Kirim ke Disnaker&quot; dienkripsi untuk kunci publik Disnaker (berkas district-key.pub dari Disnaker), sehingga hanya Disnaker yang bisa membukanya. Tanpa kunci, setiap paket memakai kata sandi sekali pakai.</source>
        <translation>The &quot;Send to Disnaker&quot; package is encrypted for Disnaker&apos;s public key (the district-key.pub file from Disnaker), so only Disnaker can open it. Without the key, every package uses a one-time password.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="299"/>
        <source>Pilih berkas kunci…</source>
        <translation>Choose key file…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="302"/>
        <source>Kunci publik</source>
        <translation>Public key</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="304"/>
        <source>mis. disnaker@wonosobokab.go.id</source>
        <translation>e.g. disnaker@wonosobokab.go.id</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="306"/>
        <source>E-mail Disnaker</source>
        <translation>Disnaker e-mail</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="308"/>
        <source>Simpan e-mail</source>
        <translation>Save e-mail</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="323"/>
        <source>Sidik jari: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="324"/>
        <source>Belum ada: paket memakai kata sandi sekali pakai.</source>
        <translation>None yet: packages use a one-time password.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="346"/>
        <source>Pilih kunci publik Disnaker</source>
        <translation>Choose Disnaker&apos;s public key</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="347"/>
        <source>Kunci publik Disnaker (*.pub);;Semua berkas (*)</source>
        <translation>Disnaker public key (*.pub);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="358"/>
        <source>Berkas %1 terlalu besar untuk kunci publik: pilih district-key.pub dari Disnaker.</source>
        <translation>File %1 is too large for a public key: choose district-key.pub from Disnaker.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="362"/>
        <source>Kunci Disnaker dari %1 tersimpan. Paket berikutnya dienkripsi untuknya.</source>
        <translation>Disnaker key from %1 saved. The next packages are encrypted for it.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="364"/>
        <source>Kunci Disnaker tersimpan.</source>
        <translation>Disnaker key saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="366"/>
        <source>Berkas %1 tidak dipakai: %2</source>
        <translation>File %1 not used: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="371"/>
        <source>Pilih dulu berkas kunci district-key.pub dari Disnaker; alamat e-mailnya disimpan bersama kunci.</source>
        <translation>First choose the district-key.pub key file from Disnaker; the e-mail address is saved with the key.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="375"/>
        <source>Alamat e-mail Disnaker tersimpan.</source>
        <translation>Disnaker e-mail address saved.</translation>
    </message>
</context>
<context>
    <name>DistrictRecapPage</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="80"/>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="145"/>
        <source>Rekap kabupaten</source>
        <translation>Regency recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="81"/>
        <source>Rekap yang sama dengan rekap desa, dijumlah untuk seluruh kabupaten: satu baris per desa, jumlah per kecamatan dan kabupaten. NIK selalu disamarkan. Desa yang paketnya belum masuk tercatat sebagai belum melapor.</source>
        <translation>The same recap as the village recap, summed over the whole regency: one row per village, totals per district and for the regency. NIKs are always masked. Villages whose package has not arrived are listed as not reported.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="90"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="93"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="93"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="94"/>
        <source>CSV (untuk diolah)</source>
        <translation>CSV (for further processing)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="99"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="102"/>
        <source>Simpan ke folder</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="105"/>
        <source>Buat rekap</source>
        <translation>Make recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="109"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="100"/>
        <source>Pilih folder untuk rekap</source>
        <translation>Choose a folder for the recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="129"/>
        <source>Pilih minimal satu format: Excel, PDF atau CSV.</source>
        <translation>Choose at least one format: Excel, PDF or CSV.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="133"/>
        <source>Periode %1 belum dimulai: pilih periode yang sudah berjalan.</source>
        <translation>Period %1 has not started yet: choose a period that has begun.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="145"/>
        <source>Menghitung rekap kabupaten %1…</source>
        <translation>Counting the regency recap %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/recap_page.py" line="154"/>
        <source>Rekap kabupaten selesai. Berkas disimpan di:</source>
        <translation>Regency recap done. Files saved in:</translation>
    </message>
</context>
<context>
    <name>DistrictWindow</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="53"/>
        <source>Desmig Desktop — Disnaker Kabupaten %1</source>
        <translation>Desmig Desktop — Disnaker, %1 Regency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="54"/>
        <source>Desmig Desktop — Disnaker</source>
        <translation>Desmig Desktop — Disnaker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="60"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="60"/>
        <source>Paket masuk</source>
        <translation>Incoming packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="61"/>
        <source>Status pelaporan</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="61"/>
        <source>Penduduk pindah</source>
        <translation>People who moved</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="62"/>
        <source>Rekap kabupaten</source>
        <translation>Regency recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="78"/>
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/window.py" line="82"/>
        <source>Kabupaten %1</source>
        <translation>%1 Regency</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="70"/>
        <source>belum dipilih</source>
        <translation>not chosen yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="77"/>
        <source>belum disebut</source>
        <translation>not named yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="83"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="84"/>
        <source>Rencana</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="86"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="88"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="105"/>
        <source>Tersimpan, dengan peringatan</source>
        <translation>Saved, with warnings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="110"/>
        <source>Cari nama atau negara… (Ctrl+F)</source>
        <translation>Search name or country… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="112"/>
        <source>Berisiko saja</source>
        <translation>At risk only</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="113"/>
        <source>Hanya calon PMI yang berisiko: di bawah 18 tahun, non-prosedural, P3MI belum disebut, atau dokumen belum lengkap pada tanggal berangkat</source>
        <translation>Only prospective PMI at risk: under 18, non-procedural, P3MI not named yet, or documents incomplete on the departure date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="120"/>
        <source>Calon PMI</source>
        <translation>Prospective PMI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="152"/>
        <source>Ubah rencana…</source>
        <translation>Edit plan…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="170"/>
        <source>Catat keberangkatan…</source>
        <translation>Record departure…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="199"/>
        <source>Calon PMI (%1)</source>
        <translation>Prospective PMI (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="224"/>
        <source>Tidak ada calon PMI yang berisiko.</source>
        <translation>No prospective PMI at risk.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="225"/>
        <source>Belum ada calon PMI. Calon PMI dicatat di halaman Penduduk (Riwayat migrasi).</source>
        <translation>No prospective PMI yet. Prospective PMI are recorded on the People page (Migration history).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="230"/>
        <source>%1 tahun</source>
        <translation>%1 years old</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="231"/>
        <source>tujuan %1</source>
        <translation>destination %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="231"/>
        <source>negara tujuan belum diisi</source>
        <translation>destination country not filled in</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="232"/>
        <source>skema %1</source>
        <translation>scheme %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="232"/>
        <source>P3MI: %1</source>
        <translation>P3MI: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="234"/>
        <source>jalur %1</source>
        <translation>route %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="236"/>
        <source>terdaftar %1</source>
        <translation>registered %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="238"/>
        <source>Rencana berangkat: %1</source>
        <translation>Planned departure: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="239"/>
        <source>belum ditentukan</source>
        <translation>not set yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="240"/>
        <source>Berisiko: %1.</source>
        <translation>At risk: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="243"/>
        <source>Dokumen lengkap: %1 dari %2.</source>
        <translation>Documents complete: %1 of %2.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="247"/>
        <source>Dokumen %1 dari %2. Belum ada: %3.</source>
        <translation>Documents %1 of %2. Still missing: %3.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/documents_page.py" line="283"/>
        <source>%1 tercatat berangkat; datanya kini di halaman Penduduk sebagai PMI aktif.</source>
        <translation>%1 recorded as departed; their record is now on the People page as an active PMI.</translation>
    </message>
</context>
<context>
    <name>DusunBox</name>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="117"/>
        <source>Dusun, RW dan RT</source>
        <translation>Dusun, RW and RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="124"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="129"/>
        <source>Tambah dusun…</source>
        <translation>Add dusun…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="130"/>
        <source>Ubah nama…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="131"/>
        <source>Hapus dusun</source>
        <translation>Delete dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="137"/>
        <source>RW / RT dusun terpilih</source>
        <translation>RW / RT of the selected dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="142"/>
        <source>RW </source>
        <translation>RW </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="142"/>
        <source>RT </source>
        <translation>RT </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="146"/>
        <source>Tambah RT</source>
        <translation>Add RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="147"/>
        <source>Hapus RT</source>
        <translation>Delete RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="173"/>
        <source>%1 — %2 RW, %3 RT</source>
        <translation>%1 — %2 RW, %3 RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="218"/>
        <source>Tambah dusun</source>
        <translation>Add dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="218"/>
        <source>Nama dusun baru:</source>
        <translation>Name of the new dusun:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="223"/>
        <source>Dusun %1 ditambahkan.</source>
        <translation>Dusun %1 added.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="230"/>
        <source>Ubah nama dusun</source>
        <translation>Rename dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="230"/>
        <source>Nama baru Dusun %1:</source>
        <translation>New name of Dusun %1:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="236"/>
        <source>Dusun %1 sekarang bernama %2.</source>
        <translation>Dusun %1 is now called %2.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="243"/>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="248"/>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="249"/>
        <source>Dusun %1 dihapus.</source>
        <translation>Dusun %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="254"/>
        <source>Dusun %1 dikembalikan.</source>
        <translation>Dusun %1 restored.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="264"/>
        <source>RW %1 / RT %2 ditambahkan ke Dusun %3.</source>
        <translation>RW %1 / RT %2 added to Dusun %3.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="270"/>
        <source>Pilih dulu RW/RT yang akan dihapus di daftar.</source>
        <translation>First select the RW/RT to delete in the list.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="274"/>
        <source>RW %1 / RT %2 dihapus dari Dusun %3.</source>
        <translation>RW %1 / RT %2 deleted from Dusun %3.</translation>
    </message>
</context>
<context>
    <name>EditComplaintDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="96"/>
        <source>Ubah pengaduan</source>
        <translation>Edit complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="99"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="102"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>EditMemberDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="129"/>
        <source>Ubah keanggotaan %1</source>
        <translation>Edit membership of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="132"/>
        <source>Tanggal masuk</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="135"/>
        <source>Tanggal keluar</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="136"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="137"/>
        <source>(pilih alasan)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="139"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="145"/>
        <source>Keanggotaan %1 disimpan.</source>
        <translation>Membership of %1 saved.</translation>
    </message>
</context>
<context>
    <name>EndMembershipDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="92"/>
        <source>Catat juga di data penduduk: %1 pada %2</source>
        <translation>Also record in the register: %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="64"/>
        <source>Akhiri keanggotaan %1</source>
        <translation>End membership of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="65"/>
        <source>Akhiri keanggotaan</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="68"/>
        <source>Tanggal keluar</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="69"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="70"/>
        <source>(pilih alasan)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="71"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="72"/>
        <source>wajib bila alasan &apos;Lainnya&apos;, mis. menikah ke luar desa</source>
        <translation>required when the reason is &apos;Other&apos;, e.g. married out of the village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/member_dialogs.py" line="98"/>
        <source>Keanggotaan %1 diakhiri.</source>
        <translation>Membership of %1 ended.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="148"/>
        <source>Tambah pameran/bazar</source>
        <translation>Add exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="148"/>
        <source>Ubah pameran/bazar</source>
        <translation>Edit fair/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="152"/>
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="153"/>
        <source>mis. Pameran Produk Desmigratif Wonosobo</source>
        <translation>e.g. Desmigratif Product Exhibition Wonosobo</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="154"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="156"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="157"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="158"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="159"/>
        <source>Kelompok yang ikut</source>
        <translation>Groups taking part</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="175"/>
        <source>Kegiatan %1 disimpan.</source>
        <translation>Event %1 saved.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="38"/>
        <source>Ekspor daftar penduduk</source>
        <translation>Export the person list</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="43"/>
        <source>Yang diekspor: %Ln orang yang tampil sekarang (pencarian, saringan dan urutan berlaku).</source>
        <translation>
            <numerusform>Exported: the %Ln person shown now (search, filters and sort order apply).</numerusform>
            <numerusform>Exported: the %Ln people shown now (search, filters and sort order apply).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="45"/>
        <source>Yang diekspor: orang yang tampil sekarang (pencarian, saringan dan urutan berlaku).</source>
        <translation>Exported: the people shown now (search, filters and sort order apply).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="52"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="53"/>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="55"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="58"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="63"/>
        <source>Simpan sebagai</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="64"/>
        <source>Tampilkan NIK lengkap (jangan untuk dikirim)</source>
        <translation>Show full NIK (not for sending)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="70"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="70"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="80"/>
        <source>Simpan daftar sebagai</source>
        <translation>Save the list as</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="81"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="94"/>
        <source>Tulis nama berkas tujuan.</source>
        <translation>Type the name of the file to write.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="105"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/export_dialog.py" line="105"/>
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>FieldBox</name>
    <message>
        <location filename="../../desmig_desktop/ui/widgets.py" line="55"/>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>FigureFilter</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/figure_filter.py" line="32"/>
        <source>Hapus filter</source>
        <translation>Clear filter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/figure_filter.py" line="72"/>
        <source>Dari Beranda: %1</source>
        <translation>From Home: %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="49"/>
        <source>Selamat datang di Desmig Desktop</source>
        <translation>Welcome to Desmig Desktop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="54"/>
        <source>Profil desa</source>
        <translation>Village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="55"/>
        <source>Basis data ini masih kosong. Isi profil desa Anda sekali saja; semua data penduduk akan disimpan atas nama desa ini. Ingin melihat-lihat dulu? Buka desa demo (Desa Kuripan) — datanya fiktif dan disimpan di berkas terpisah.</source>
        <translation>This database is still empty. Fill in your village profile once; all residents will be registered under this village. Want to look around first? Open the demo village (Desa Kuripan) — its data is fictitious and kept in a separate file.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="60"/>
        <source>nama Anda, tercatat di setiap perubahan data</source>
        <translation>your name, recorded with every change to the data</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="62"/>
        <source>mis. 33.07.09.2001</source>
        <translation>e.g. 33.07.09.2001</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="69"/>
        <source>satu nama dusun per baris</source>
        <translation>one dusun name per line</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="80"/>
        <source>Kode desa (Kemendagri)</source>
        <translation>Village code (Kemendagri)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="80"/>
        <source>Nama desa</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="80"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="81"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="81"/>
        <source>Kabupaten</source>
        <translation>Kabupaten (regency)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="82"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="82"/>
        <source>Kepala desa</source>
        <translation>Village head</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="83"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="89"/>
        <source>Buka desa demo</source>
        <translation>Open the demo village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="91"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="93"/>
        <source>Buat desa</source>
        <translation>Create village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="118"/>
        <source>Nama desa wajib diisi.</source>
        <translation>The village name is required.</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../desmig_desktop/ui/files.py" line="101"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="218"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="218"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="239"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="258"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>FundCashDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="108"/>
        <source>Modal masuk %1</source>
        <translation>Capital in %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="108"/>
        <source>Biaya dana %1</source>
        <translation>Fund cost %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="111"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="112"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="113"/>
        <source>mis. modal awal dari kas kelompok</source>
        <translation>e.g. starting capital from the group cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="114"/>
        <source>mis. buku kas dan materai</source>
        <translation>e.g. cash book and duty stamps</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="115"/>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="120"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="35"/>
        <source>mis. 2 atau 2,5</source>
        <translation>e.g. 2 or 2,5</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="45"/>
        <source>Ubah pengaturan %1</source>
        <translation>Change the settings of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="45"/>
        <source>Dana simpan pinjam baru</source>
        <translation>New savings and loan fund</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="51"/>
        <source>Nama dana</source>
        <translation>Fund name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="52"/>
        <source>mis. Simpan Pinjam Kelompok Salak</source>
        <translation>e.g. Simpan Pinjam Kelompok Salak</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="53"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="54"/>
        <source>(dana desa, bukan milik satu kelompok)</source>
        <translation>(village fund, not owned by one group)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="58"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="59"/>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="122"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="60"/>
        <source>Sekali, saat menjadi anggota (Rp0: tidak ada)</source>
        <translation>Once, on joining (Rp0: none)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="61"/>
        <source>Simpanan wajib per bulan</source>
        <translation>Mandatory savings per month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="62"/>
        <source>Jasa pinjaman (% per bulan)</source>
        <translation>Loan service fee (% per month)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="63"/>
        <source>Dari pokok pinjaman awal, sama setiap bulan; paling tinggi 10 %</source>
        <translation>Of the original loan principal, the same every month; at most 10 %</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="64"/>
        <source>Denda keterlambatan</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="67"/>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="133"/>
        <source>Besar denda</source>
        <translation>Late fee amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="69"/>
        <source>Masa tenggang (hari)</source>
        <translation>Grace period (days)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="70"/>
        <source>Jangka waktu biasa (bulan)</source>
        <translation>Usual term (months)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="71"/>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="141"/>
        <source>Pinjaman berjalan per peminjam</source>
        <translation>Open loans per borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="73"/>
        <source>SHU untuk jasa simpanan (%)</source>
        <translation>SHU for savings (%)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="75"/>
        <source>SHU untuk jasa pinjaman (%)</source>
        <translation>SHU for loan fees (%)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="78"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="79"/>
        <source>Tarif dan aturan denda disalin ke setiap pinjaman saat dicairkan: mengubahnya tidak mengubah pinjaman yang sudah ada.</source>
        <translation>The rates and the late-fee rule are copied to each loan when it is disbursed: changing them does not change existing loans.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="99"/>
        <source>Rupiah per angsuran, mis. Rp5.000</source>
        <translation>Rupiah per instalment, e.g. Rp5.000</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="103"/>
        <source>% dari angsuran, mis. 1 atau 0,5</source>
        <translation>% of the instalment, e.g. 1 or 0,5</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="112"/>
        <source>Sisanya, %1 %, menjadi cadangan dana.</source>
        <translation>The rest, %1 %, goes to the fund reserve.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="116"/>
        <source>Dana %1 disimpan.</source>
        <translation>Fund %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="124"/>
        <source>Simpanan wajib</source>
        <translation>Mandatory savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="127"/>
        <source>Jasa pinjaman: tulis persen per bulan, mis. 2 atau 2,5.</source>
        <translation>Loan service fee: type a percentage per month, e.g. 2 or 2,5.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="137"/>
        <source>Besar denda: tulis persen dari angsuran, mis. 1 atau 0,5.</source>
        <translation>Late fee amount: type a percentage of the instalment, e.g. 1 or 0,5.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="139"/>
        <source>Masa tenggang</source>
        <translation>Grace period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="140"/>
        <source>Jangka waktu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="142"/>
        <source>Bagian jasa simpanan</source>
        <translation>Share for savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="143"/>
        <source>Bagian jasa pinjaman</source>
        <translation>Share for loan fees</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="49"/>
        <source>Daftar pinjaman belum tersedia.</source>
        <translation>The loan list is not available yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="68"/>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="72"/>
        <source>Ubah pengaturan…</source>
        <translation>Change settings…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="79"/>
        <source>Belum ada dana simpan pinjam. Pilih &quot;Dana baru…&quot; di atas untuk membuat dana kelompok atau dana desa.</source>
        <translation>No savings and loan fund yet. Choose &quot;New fund…&quot; above to create a group fund or a village fund.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="88"/>
        <source>Kas &amp;&amp; Jurnal</source>
        <translation>Cash &amp;&amp; Journal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="89"/>
        <source>Anggota &amp;&amp; Simpanan</source>
        <translation>Members &amp;&amp; Savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="90"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="91"/>
        <source>Tutup Buku</source>
        <translation>Close the Books</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="114"/>
        <source>Dana baru…</source>
        <translation>New fund…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="145"/>
        <source>Jasa %1 per bulan · wajib %2 per bulan · pokok %3 · %4</source>
        <translation>Fee %1/month · mandatory %2/month · principal %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="155"/>
        <source>denda %1 per angsuran per 30 hari terlambat</source>
        <translation>late fee %1/instalment per 30 days late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/page.py" line="157"/>
        <source>denda %1 angsuran per 30 hari terlambat</source>
        <translation>late fee %1 of the instalment per 30 days late</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="24"/>
        <source>Ubah kelompok</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="24"/>
        <source>Tambah kelompok produksi</source>
        <translation>Add production group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="28"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="29"/>
        <source>mis. Kelompok Produksi Salak</source>
        <translation>e.g. Salak Production Group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="30"/>
        <source>Komoditas</source>
        <translation>Commodity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="31"/>
        <source>mis. Olahan salak pondoh</source>
        <translation>e.g. Processed salak pondoh</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="32"/>
        <source>Tanggal berdiri</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="33"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="34"/>
        <source>(tidak ditentukan)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="38"/>
        <source>Izin PIRT</source>
        <translation>PIRT permit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="40"/>
        <source>Nomor PIRT</source>
        <translation>PIRT number</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="41"/>
        <source>mis. P-IRT 2063307010123-22</source>
        <translation>e.g. P-IRT 2063307010123-22</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="42"/>
        <source>Tanggal terbit PIRT</source>
        <translation>PIRT issued on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="43"/>
        <source>Aturan bagi hasil</source>
        <translation>Profit-sharing rule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="45"/>
        <source>Jadwal bagi hasil</source>
        <translation>Profit-sharing schedule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="47"/>
        <source>Bagi hasil setiap</source>
        <translation>Share out every</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="50"/>
        <source> kali produksi</source>
        <translation> production runs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="52"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="93"/>
        <source>Kelompok %1 disimpan.</source>
        <translation>Group %1 saved.</translation>
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
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="44"/>
        <source>Tersimpan, dengan peringatan</source>
        <translation>Saved, with warnings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="47"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="78"/>
        <source>Enter atau klik dua kali</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="78"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/tab_base.py" line="102"/>
        <source>Dipulihkan: %1</source>
        <translation>Restored: %1</translation>
    </message>
</context>
<context>
    <name>GroupView</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="50"/>
        <source>kas kelompok</source>
        <translation>group cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="66"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="66"/>
        <source>Pelatihan</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="67"/>
        <source>Bantuan</source>
        <translation>Aid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="67"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="68"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="68"/>
        <source>Bagi Hasil</source>
        <translation>Profit Sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="104"/>
        <source>Berhenti sejak %1</source>
        <translation>Stopped since %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="109"/>
        <source>PIRT: %1</source>
        <translation>PIRT: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="113"/>
        <source>%Ln anggota aktif</source>
        <translation>
            <numerusform>%Ln active member</numerusform>
            <numerusform>%Ln active members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="115"/>
        <source>berdiri %1</source>
        <translation>founded %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_view.py" line="117"/>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="82"/>
        <source>Cari nama kelompok atau komoditas…</source>
        <translation>Search group name or commodity…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="85"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="86"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="87"/>
        <source>Berhenti</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="90"/>
        <source>Tambah kelompok</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="91"/>
        <source>Tambah kelompok produksi baru (Ctrl+N)</source>
        <translation>Add a new production group (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="92"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="93"/>
        <location filename="../../desmig_desktop/production/ui/page.py" line="195"/>
        <source>Hentikan</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="107"/>
        <source>Pilih kelompok di atas untuk melihat anggota, pelatihan, bantuan, produksi, penjualan dan bagi hasilnya.</source>
        <translation>Pick a group above to see its members, trainings, aid, production, sales and profit sharing.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/page.py" line="145"/>
        <source>%Ln kelompok</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="227"/>
        <source>Ubah kelompok…</source>
        <translation>Edit group…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="229"/>
        <source>Hapus kelompok…</source>
        <translation>Delete group…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="241"/>
        <source>kelompok %1</source>
        <translation>group %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="247"/>
        <source>Kelompok %1 dihapus.</source>
        <translation>Group %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="289"/>
        <source>Kelompok %1 aktif lagi.</source>
        <translation>Group %1 is active again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="148"/>
        <source>Waktunya bagi hasil</source>
        <translation>Time to share profits</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/page.py" line="195"/>
        <source>Aktifkan</source>
        <translation>Reactivate</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="104"/>
        <source>Panduan singkat</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="110"/>
        <source>&lt;h2&gt;Panduan singkat Desmig Desktop&lt;/h2&gt;&lt;p&gt;Desmig Desktop menyimpan data program Desa Migran Produktif di laptop ini, tanpa internet. Semua perubahan tercatat di jejak audit atas nama petugas (lihat &lt;b&gt;Pengaturan&lt;/b&gt;).&lt;/p&gt;&lt;h3&gt;1. Mulai&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Periksa profil desa, dusun, RW dan RT di &lt;b&gt;Pengaturan&lt;/b&gt;, dan isi nama Anda sebagai petugas.&lt;/li&gt;&lt;li&gt;Daftarkan keluarga (KK) dan penduduk di halaman &lt;b&gt;Penduduk&lt;/b&gt; (tombol &lt;i&gt;Tambah orang&lt;/i&gt;), atau impor register dari Excel.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Pekerjaan sehari-hari&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Penduduk&lt;/b&gt;: cari nama, NIK atau No. KK; catat riwayat migrasi (calon, berangkat, pulang) dan peristiwa (pindah, meninggal).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Keluarga&lt;/b&gt;: lihat anggota satu KK dan alamatnya.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Pusat Layanan Migrasi&lt;/b&gt;: catat tamu di &lt;b&gt;Buku Tamu&lt;/b&gt;, bantu pengajuan &lt;b&gt;AK-1&lt;/b&gt;, periksa &lt;b&gt;Dokumen Keberangkatan&lt;/b&gt; calon PMI (yang berisiko ditandai), tempel &lt;b&gt;Lowongan&lt;/b&gt;, dan tangani &lt;b&gt;Pengaduan&lt;/b&gt; keluarga PMI, termasuk PMI yang putus kontak. Dari halaman Penduduk: &lt;i&gt;Catat kunjungan&lt;/i&gt;, &lt;i&gt;Ajukan AK-1&lt;/i&gt;, &lt;i&gt;Buat pengaduan&lt;/i&gt;. Uraian pengaduan dan pindaian berkas tidak pernah ikut terkirim ke Disnaker.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Usaha Produktif&lt;/b&gt;: catat kelompok usaha dan anggotanya, pelatihan, bantuan, produksi, penjualan dan bagi hasil.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;3. Laporan&lt;/h3&gt;&lt;p&gt;Di &lt;b&gt;Rekap &amp;amp; Ekspor&lt;/b&gt; pilih periode, lalu simpan rekap ke Excel atau PDF untuk Disnaker.&lt;/p&gt;&lt;h3&gt;4. Jaga data&lt;/h3&gt;&lt;p&gt;Pakai &lt;b&gt;Berkas → Cadangkan…&lt;/b&gt; untuk menyalin basis data ke flashdisk secara berkala. Salah hapus? Pilih &lt;i&gt;Urungkan&lt;/i&gt; sesaat sesudahnya.&lt;/p&gt;&lt;h3&gt;5. Keyboard&lt;/h3&gt;&lt;p&gt;Ctrl+1, Ctrl+2, … membuka halaman, Ctrl+R membuka Rekap &amp;amp; Ekspor; semua pintasan ada di &lt;b&gt;Bantuan → Pintasan keyboard&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Desmig Desktop quick guide&lt;/h2&gt;&lt;p&gt;Desmig Desktop keeps the data of the Productive Migrant Village (Desmigratif) programme on this laptop, without the internet. Every change is recorded in the audit trail under the officer’s name (see &lt;b&gt;Settings&lt;/b&gt;).&lt;/p&gt;&lt;h3&gt;1. Getting started&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Check the village profile, dusun, RW and RT in &lt;b&gt;Settings&lt;/b&gt;, and fill in your name as the officer.&lt;/li&gt;&lt;li&gt;Register families (KK) and residents on the &lt;b&gt;People&lt;/b&gt; page (button &lt;i&gt;Add person&lt;/i&gt;), or import a register from Excel.&lt;/li&gt;&lt;/ol&gt;&lt;h3&gt;2. Daily work&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;People&lt;/b&gt;: search a name, NIK or No. KK; record the migration history (prospective, departed, returned) and life events (moved, died).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Families&lt;/b&gt;: see the members of one KK and its address.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Migration Service Centre&lt;/b&gt;: record guests in the &lt;b&gt;Guest Book&lt;/b&gt;, help with &lt;b&gt;AK-1&lt;/b&gt; applications, check the &lt;b&gt;Departure Documents&lt;/b&gt; of prospective PMI (those at risk are flagged), post &lt;b&gt;Vacancies&lt;/b&gt;, and handle &lt;b&gt;Complaints&lt;/b&gt; from PMI families, including PMI who are out of contact. From the People page: &lt;i&gt;Record visit&lt;/i&gt;, &lt;i&gt;Apply for AK-1&lt;/i&gt;, &lt;i&gt;New complaint&lt;/i&gt;. Complaint descriptions and scanned documents are never sent to Disnaker.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Productive business&lt;/b&gt;: record business groups and their members, trainings, aid, production, sales and profit sharing.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;3. Reports&lt;/h3&gt;&lt;p&gt;In &lt;b&gt;Recap &amp;amp; Export&lt;/b&gt; choose a period, then save the recap to Excel or PDF for the Disnaker.&lt;/p&gt;&lt;h3&gt;4. Look after the data&lt;/h3&gt;&lt;p&gt;Use &lt;b&gt;File → Back up…&lt;/b&gt; to copy the database to a flash drive regularly. Deleted something by mistake? Choose &lt;i&gt;Undo&lt;/i&gt; right afterwards.&lt;/p&gt;&lt;h3&gt;5. Keyboard&lt;/h3&gt;&lt;p&gt;Ctrl+1, Ctrl+2, … open the pages, Ctrl+R opens Recap &amp;amp; Export; every shortcut is listed under &lt;b&gt;Help → Keyboard shortcuts&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="137"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desmig_desktop/shell/home_page.py" line="77"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/home_page.py" line="95"/>
        <source>Memuat angka…</source>
        <translation>Loading figures…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/home_page.py" line="154"/>
        <source>Angka tidak bisa dimuat</source>
        <translation>The figures could not be loaded</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/home_page.py" line="156"/>
        <source>Angka per %1</source>
        <translation>Figures as of %1</translation>
    </message>
</context>
<context>
    <name>HouseholdListModel</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="43"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="43"/>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="43"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="43"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="44"/>
        <source>Anggota</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="44"/>
        <source>Di luar negeri</source>
        <translation>Abroad</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="75"/>
        <source>Cari No. KK atau nama anggota keluarga…</source>
        <translation>Search a family card number (No. KK) or a member’s name…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="104"/>
        <source>Kartu Keluarga</source>
        <translation>Family card (KK)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="109"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="109"/>
        <source>Kepala keluarga</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="79"/>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="109"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="110"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="110"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="118"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="118"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="118"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="118"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="119"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="119"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="129"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="130"/>
        <source>Ubah anggota</source>
        <translation>Edit member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="131"/>
        <source>Pindah ke KK lain…</source>
        <translation>Move to another KK…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="132"/>
        <source>Pecah KK…</source>
        <translation>Split KK…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="133"/>
        <source>Ubah alamat…</source>
        <translation>Edit address…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="134"/>
        <source>Hapus KK</source>
        <translation>Delete KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="166"/>
        <source>Ubah dusun, RW, RT dan alamat KK yang dipilih</source>
        <translation>Edit the dusun, RW, RT and address of the selected KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="167"/>
        <source>Pindahkan anggota yang dipilih ke KK lain</source>
        <translation>Move the selected member to another KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="168"/>
        <source>Pecah KK: sebagian anggota pindah ke KK baru</source>
        <translation>Split the KK: some members move to a new KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="169"/>
        <source>Hapus KK yang dipilih (hanya bila tanpa anggota)</source>
        <translation>Delete the selected KK (only when it has no members)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="171"/>
        <source>Ubah data anggota yang dipilih</source>
        <translation>Edit the selected member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="188"/>
        <source>Semua dusun</source>
        <translation>All dusun</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="207"/>
        <source>%Ln+ KK</source>
        <translation>
            <numerusform>%Ln+ families</numerusform>
            <numerusform>%Ln+ families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="220"/>
        <source>%Ln KK</source>
        <translation>
            <numerusform>%Ln family</numerusform>
            <numerusform>%Ln families</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="257"/>
        <source>Belum ada keluarga yang dipilih</source>
        <translation>No family selected yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="263"/>
        <source>Keluarga %1</source>
        <translation>Family of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="270"/>
        <source>L</source>
        <comment>laki-laki</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="270"/>
        <source>P</source>
        <comment>perempuan</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_page.py" line="278"/>
        <source>Sudah pindah keluar atau meninggal</source>
        <translation>Moved away or deceased</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_model.py" line="30"/>
        <source>belum ada</source>
        <translation>not yet known</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="56"/>
        <source>Impor data penduduk</source>
        <translation>Import residents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="61"/>
        <source>Pilih berkas CSV atau Excel (.xlsx) dengan satu orang per baris. Semua baris diperiksa dulu; data baru disimpan sesudah Anda menekan «Simpan».</source>
        <translation>Choose a CSV or Excel (.xlsx) file with one person per row. Every row is checked first; data is saved only after you press «Save».</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="65"/>
        <source>berkas .csv atau .xlsx</source>
        <translation>.csv or .xlsx file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="66"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="67"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="68"/>
        <source>Unduh contoh…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="69"/>
        <source>Simpan contoh berkas (Excel atau CSV) dengan kolom yang dikenal dan satu baris contoh; kolom NIK dan No KK sudah berformat Teks.</source>
        <translation>Save a template file (Excel or CSV) with the known columns and one example row; the NIK and No KK columns are already formatted as Text.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="78"/>
        <source>NIK yang sudah terdaftar:</source>
        <translation>NIKs already registered:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="80"/>
        <source>Tambah baru saja</source>
        <translation>Add new people only</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="81"/>
        <source>Tambah baru dan perbarui yang sudah ada</source>
        <translation>Add new people and update the existing ones</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="98"/>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="141"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="100"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="102"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="131"/>
        <source>Pilih berkas penduduk</source>
        <translation>Choose a residents file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="132"/>
        <source>Data penduduk (*.csv *.xlsx)</source>
        <translation>Residents (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="175"/>
        <source>Membatalkan…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="188"/>
        <source>Berkas tidak ditemukan: pilih berkas .csv atau .xlsx yang ada.</source>
        <translation>File not found: choose an existing .csv or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="191"/>
        <source>Memeriksa %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="205"/>
        <source>%Ln baris diperiksa: %1 kesalahan. Tidak ada yang disimpan; perbaiki berkas lalu periksa lagi.</source>
        <translation>
            <numerusform>%Ln row checked; errors: %1. Nothing was saved; correct the file and check it again.</numerusform>
            <numerusform>%Ln rows checked; errors: %1. Nothing was saved; correct the file and check it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="211"/>
        <source>%Ln baris diperiksa: tidak ada kesalahan. %1 orang baru ditambahkan dan %2 orang yang sudah terdaftar diperbarui (perubahannya di daftar). Tekan «Simpan» untuk menyimpan.</source>
        <translation>
            <numerusform>%Ln row checked: no errors. New people to add: %1; registered people to update: %2 (the changes are in the list). Press «Save» to save them.</numerusform>
            <numerusform>%Ln rows checked: no errors. New people to add: %1; registered people to update: %2 (the changes are in the list). Press «Save» to save them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="214"/>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="221"/>
        <source>Simpan %Ln baris</source>
        <translation>
            <numerusform>Save %Ln row</numerusform>
            <numerusform>Save %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="219"/>
        <source>%Ln baris diperiksa: tidak ada kesalahan (%1 peringatan). Tekan «Simpan» untuk menyimpan.</source>
        <translation>
            <numerusform>%Ln row checked: no errors (warnings: %1). Press «Save» to save it.</numerusform>
            <numerusform>%Ln rows checked: no errors (warnings: %1). Press «Save» to save them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="230"/>
        <source>baris %1: %2 (NIK %3) diperbarui: %4</source>
        <translation>row %1: %2 (NIK %3) updated: %4</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="231"/>
        <source>belum ada</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="238"/>
        <source>Simpan contoh berkas impor</source>
        <translation>Save an import template</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="239"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="253"/>
        <source>Contoh disimpan: %1. Isi satu orang per baris (hapus baris contohnya), lalu pilih berkas itu di sini.</source>
        <translation>Template saved: %1. Fill in one person per row (delete the example row), then choose that file here.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="274"/>
        <source>%Ln baris disimpan: %1 orang, %2 keluarga baru, %3 riwayat migrasi.</source>
        <translation>
            <numerusform>%Ln row saved. People: %1, new families: %2, migration records: %3.</numerusform>
            <numerusform>%Ln rows saved. People: %1, new families: %2, migration records: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="278"/>
        <source>%Ln orang yang sudah terdaftar diperbarui.</source>
        <translation>
            <numerusform>%Ln registered person updated.</numerusform>
            <numerusform>%Ln registered people updated.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="209"/>
        <source>Berkas ini tidak berisi baris data.</source>
        <translation>This file has no data rows.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="266"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="287"/>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="295"/>
        <source>Dibatalkan: tidak ada yang disimpan.</source>
        <translation>Cancelled: nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/import_dialog.py" line="304"/>
        <source>Impor gagal, tidak ada yang disimpan: %1</source>
        <translation>Import failed, nothing was saved: %1</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="57"/>
        <source>Digabung</source>
        <translation>Merged</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="57"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="58"/>
        <source>Sudah pernah</source>
        <translation>Already merged</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="63"/>
        <source>Paket masuk</source>
        <translation>Incoming packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="64"/>
        <source>Pilih paket .desmig yang dikirim desa (berkas atau satu folder), lalu Gabungkan. Paket yang sama boleh digabung lagi: tidak ada yang berubah.</source>
        <translation>Choose the .desmig packages the villages sent (files or one folder), then Merge. The same package may be merged again: nothing changes.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="68"/>
        <source>Paket</source>
        <translation>Packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="75"/>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="76"/>
        <source>Tambah folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="77"/>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="87"/>
        <source>Membuka paket</source>
        <translation>Opening the packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="90"/>
        <source>Kunci distrik</source>
        <translation>District key</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="91"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="97"/>
        <source>district-key.txt</source>
        <translation>district-key.txt</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="98"/>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="102"/>
        <source>kata sandi dari desa</source>
        <translation>password from the village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="108"/>
        <source>Tambahkan desa yang belum terdaftar di kabupaten</source>
        <translation>Add villages not yet registered in the regency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="118"/>
        <source>Gabungkan</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="122"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="139"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="140"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="141"/>
        <source>Urutan</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="143"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="145"/>
        <source>Baris berubah</source>
        <translation>Rows changed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="146"/>
        <source>Pesan / peringatan</source>
        <translation>Message / warnings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="174"/>
        <source>%n paket dipilih.</source>
        <translation>
            <numerusform>%n package chosen.</numerusform>
            <numerusform>%n packages chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="250"/>
        <source>Menggabungkan %n paket…</source>
        <translation>
            <numerusform>Merging %n package…</numerusform>
            <numerusform>Merging %n packages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="281"/>
        <source>Dibatalkan: %n paket belum digabung.</source>
        <translation>
            <numerusform>Cancelled: %n package not merged.</numerusform>
            <numerusform>Cancelled: %n packages not merged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="181"/>
        <source>Pilih paket desa</source>
        <translation>Choose village packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="182"/>
        <source>Paket Desmig (*.desmig);;Semua berkas (*)</source>
        <translation>Desmig packages (*.desmig);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="187"/>
        <source>Pilih folder berisi paket desa</source>
        <translation>Choose a folder holding village packages</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="192"/>
        <source>Pilih kunci privat distrik</source>
        <translation>Choose the district private key</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="193"/>
        <source>Kunci privat distrik (district-key.txt *.txt);;Semua berkas (*)</source>
        <translation>District private key (district-key.txt *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="214"/>
        <source>Tulis kata sandi paket yang diberikan desa, atau pilih kunci distrik.</source>
        <translation>Type the package password the village gave you, or choose the district key.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="220"/>
        <source>Pilih berkas kunci privat distrik (district-key.txt), atau pakai kata sandi.</source>
        <translation>Choose the district private key file (district-key.txt), or use a password.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="237"/>
        <source>Belum ada paket: tambahkan berkas .desmig atau folder berisi paket.</source>
        <translation>No packages yet: add .desmig files or a folder holding packages.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="264"/>
        <source>Membatalkan: paket yang sedang digabung dibatalkan utuh…</source>
        <translation>Cancelling: the package being merged is rolled back whole…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="270"/>
        <source>Menggabungkan %1 (%2 dari %3)…</source>
        <translation>Merging %1 (%2 of %3)…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/inbox_page.py" line="278"/>
        <source>%1 paket digabung, %2 ditolak, %3 sudah pernah digabung.</source>
        <translation>Merged: %1, refused: %2, already merged before: %3.</translation>
    </message>
</context>
<context>
    <name>ItemsTable</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="72"/>
        <source>Nama barang/uang</source>
        <translation>Item/cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="72"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="72"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="73"/>
        <source>Nilai (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="73"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="106"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="151"/>
        <source>Rincian ke-%1: jumlah harus angka bulat, mis. 1.</source>
        <translation>Item %1: the quantity must be a whole number, e.g. 1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/aid_tab.py" line="154"/>
        <source>Rincian ke-%1: nilai harus angka Rupiah, mis. 2.000.000.</source>
        <translation>Item %1: the value must be an amount in Rupiah, e.g. 2.000.000.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="35"/>
        <source>Tambah anggota %1</source>
        <translation>Add member to %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="40"/>
        <source> — sudah anggota</source>
        <translation> — already a member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="43"/>
        <source>Orang</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="44"/>
        <source>Tanggal masuk</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="45"/>
        <source>Bayar simpanan pokok %1 hari itu</source>
        <translation>Pay principal savings of %1 that day</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="48"/>
        <source>kosongkan bila anggota sendiri</source>
        <translation>leave empty if the member brings it</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="50"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="51"/>
        <source>Disetor oleh</source>
        <translation>Deposited by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="61"/>
        <source>Anggota ditambahkan ke %1.</source>
        <translation>Member added to %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="65"/>
        <source>Pilih orang dari hasil pencarian (ketik nama atau NIK).</source>
        <translation>Choose a person from the search results (type a name or NIK).</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="76"/>
        <source>%1 keluar dari dana</source>
        <translation>%1 leaves the fund</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="76"/>
        <source>Keluarkan</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="78"/>
        <source>Simpanan pokok %1 dan wajib %2 dikembalikan pada tanggal keluar.</source>
        <translation>Principal savings of %1 and mandatory savings of %2 are paid back on the leaving date.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="80"/>
        <source>Tanggal keluar</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="85"/>
        <source>%1 keluar dari dana.</source>
        <translation>%1 left the fund.</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="45"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="46"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="51"/>
        <source>Modal masuk…</source>
        <translation>Capital in…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="52"/>
        <source>Catat biaya…</source>
        <translation>Record a cost…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="53"/>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="138"/>
        <source>Batalkan catatan…</source>
        <translation>Reverse entry…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="54"/>
        <source>Del: membuat catatan pembatalan dengan alasan; catatan asli tetap ada</source>
        <translation>Del: makes a reversing entry with a reason; the original entry stays</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="55"/>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="142"/>
        <source>Cetak kwitansi…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="56"/>
        <source>Laporan bulanan…</source>
        <translation>Monthly report…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="64"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="65"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="66"/>
        <source>Keterangan</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="67"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="68"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="70"/>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="72"/>
        <source>No. kwitansi</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="90"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="116"/>
        <source>Jurnal dari</source>
        <translation>Journal from</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="119"/>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="123"/>
        <source>Semua jenis</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="152"/>
        <source>Dibatalkan: %1</source>
        <translation>Reversed: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="152"/>
        <source>Dibatalkan</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="154"/>
        <source>Pembatalan: %1</source>
        <translation>Reversal: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="154"/>
        <source>Pembatalan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="164"/>
        <source>Semua anggota</source>
        <translation>All members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="178"/>
        <source>Kas %1</source>
        <translation>Cash %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="179"/>
        <source>%Ln anggota aktif</source>
        <translation>
            <numerusform>%Ln active member</numerusform>
            <numerusform>%Ln active members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="180"/>
        <source>Simpanan %1</source>
        <translation>Savings %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="181"/>
        <source>pokok %1 · wajib %2 · sukarela %3</source>
        <translation>principal %1 · mandatory %2 · voluntary %3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="185"/>
        <source>Pinjaman beredar %1</source>
        <translation>Loans outstanding %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="186"/>
        <source>%Ln pinjaman berjalan</source>
        <translation>
            <numerusform>%Ln open loan</numerusform>
            <numerusform>%Ln open loans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="187"/>
        <source>PAR30 %1</source>
        <translation>PAR30 %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="188"/>
        <source>Sisa pokok pinjaman yang terlambat lebih dari 30 hari: %1</source>
        <translation>Principal outstanding of loans more than 30 days late: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="190"/>
        <source>Modal %1</source>
        <translation>Capital %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="191"/>
        <source>jasa tahun ini %1 · denda %2</source>
        <translation>fees this year %1 · late fees %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="202"/>
        <source>%Ln catatan</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="221"/>
        <source>%1 tanggal %2: %3%4. Catatan ini tetap ada; pembatalannya dicatat sebagai catatan baru dengan jumlah yang sama berlawanan arah.</source>
        <translation>%1 on %2: %3%4. This entry stays; its reversal is recorded as a new entry with the same amount in the opposite direction.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="233"/>
        <source>Batalkan catatan</source>
        <translation>Reverse entry</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="234"/>
        <source>mis. jumlah salah ketik, seharusnya Rp50.000</source>
        <translation>e.g. amount mistyped, should be Rp50.000</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="235"/>
        <source>Tanggal pembatalan</source>
        <translation>Reversal date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="238"/>
        <source>%1 %2 dibatalkan.</source>
        <translation>%1 %2 reversed.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/ledger_tab.py" line="252"/>
        <source>Laporan bulanan disimpan di %1</source>
        <translation>Monthly report saved to %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/documents.py" line="38"/>
        <location filename="../../desmig_desktop/savings/ui/documents.py" line="42"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/documents.py" line="38"/>
        <source>PDF tidak dapat disimpan: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/documents.py" line="57"/>
        <source>Kwitansi %1 disimpan di %2</source>
        <translation>Receipt %1 saved to %2</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="115"/>
        <source>Cetak surat rujukan</source>
        <translation>Print referral letter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="115"/>
        <source>Pilih berkas PDF…</source>
        <translation>Choose PDF file…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="117"/>
        <source>Surat rujukan memuat data lengkap pekerja migran dan uraian kasus. Simpan dan serahkan hanya kepada lembaga yang dituju.</source>
        <translation>The referral letter holds the migrant worker&apos;s full details and the description of the case. Save it and hand it only to the institution it is addressed to.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="119"/>
        <source>Ditujukan ke</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="120"/>
        <source>(pilih lembaga)</source>
        <translation>(choose an institution)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="122"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="133"/>
        <source>Pilih lembaga yang dituju: Disnaker, BP2MI/KP2MI, KBRI/KJRI, Kemnaker, atau Kepolisian.</source>
        <translation>Choose the institution to address: Disnaker, BP2MI/KP2MI, KBRI/KJRI, Kemnaker or the Police.</translation>
    </message>
</context>
<context>
    <name>LifeEventDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="45"/>
        <source>Peristiwa — %1</source>
        <translation>Life event — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="45"/>
        <source>Ubah peristiwa — %1</source>
        <translation>Edit life event — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="50"/>
        <source>Orang yang pindah keluar atau meninggal tetap ada di riwayat, tetapi tidak lagi dihitung di daftar dan rekap sesudah tanggal itu.</source>
        <translation>People who moved away or died stay in the history, but are no longer counted in the list and recaps after that date.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="53"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="56"/>
        <source>mis. pindah ke Kabupaten Banyumas</source>
        <translation>e.g. moved to Banyumas regency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="65"/>
        <source>Peristiwa</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="66"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="67"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="71"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="71"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="85"/>
        <source>Pilih jenis peristiwa.</source>
        <translation>Choose the kind of event.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/life_event_dialog.py" line="101"/>
        <source>Peristiwa %1 %2 tersimpan: %3.</source>
        <translation>Life event of %1, %2, saved: %3.</translation>
    </message>
</context>
<context>
    <name>ListExport</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/list_export.py" line="30"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/list_export.py" line="31"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/list_export.py" line="42"/>
        <source>Daftar tidak dapat ditulis ke %1: %2</source>
        <translation>The list could not be written to %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/list_export.py" line="45"/>
        <source>%Ln baris diekspor ke %1.</source>
        <translation>
            <numerusform>%Ln row exported to %1.</numerusform>
            <numerusform>%Ln rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanDetail</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="89"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="90"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="91"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="110"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="92"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="109"/>
        <source>Jasa</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="93"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="108"/>
        <source>Denda</source>
        <translation>Late fee</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="94"/>
        <source>Dibayar</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="96"/>
        <source>Sisa</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="98"/>
        <source>Lunas pada</source>
        <translation>Paid off on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="99"/>
        <source>Terlambat</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="105"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="106"/>
        <source>Kwitansi</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="107"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="111"/>
        <source>Ke simpanan</source>
        <translation>To savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="113"/>
        <source>Dibayar oleh</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="113"/>
        <source>peminjam sendiri</source>
        <translation>the borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="114"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="121"/>
        <source>Dibatalkan %1: %2</source>
        <translation>Reversed %1: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="133"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="161"/>
        <source>Rincian pinjaman</source>
        <translation>Loan details</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="139"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="147"/>
        <source>Jadwal angsuran</source>
        <translation>Repayment schedule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="141"/>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="148"/>
        <source>Pembayaran</source>
        <translation>Payments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="157"/>
        <source>%Ln angsuran</source>
        <translation>
            <numerusform>%Ln instalment</numerusform>
            <numerusform>%Ln instalments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="158"/>
        <source>%Ln pembayaran</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="159"/>
        <source>Pembayaran (%1)</source>
        <translation>Payments (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="162"/>
        <source>Pilih pinjaman di daftar untuk melihat jadwal dan pembayarannya.</source>
        <translation>Choose a loan in the list to see its schedule and payments.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="165"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="167"/>
        <source>Per %1: sisa pokok %2, harus dibayar sekarang %3, untuk melunasi %4.</source>
        <translation>As of %1: principal outstanding %2, due now %3, to pay off %4.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="173"/>
        <source>Wakil: %1</source>
        <translation>Representative: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="175"/>
        <source>Keperluan: %1</source>
        <translation>Purpose: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="176"/>
        <source>dihentikan %1 (%2)</source>
        <translation>paused %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="177"/>
        <source>dilanjutkan %1 (%2)</source>
        <translation>resumed %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="180"/>
        <source>Riwayat: %1</source>
        <translation>History: %1</translation>
    </message>
</context>
<context>
    <name>LoanStatus</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="33"/>
        <source>Lancar</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="34"/>
        <source>Menunggak</source>
        <translation>In arrears</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="35"/>
        <source>Lunas</source>
        <translation>Paid off</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="36"/>
        <source>Dihentikan sementara</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="37"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="44"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loan_parts.py" line="53"/>
        <source>%Ln hari</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoanWizard</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="55"/>
        <source>Pinjaman baru — %1</source>
        <translation>New loan — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="72"/>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="73"/>
        <source>Lanjut ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="74"/>
        <source>Cairkan pinjaman</source>
        <translation>Disburse loan</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="75"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="108"/>
        <source>Jenis peminjam</source>
        <translation>Borrower type</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="109"/>
        <source>Anggota dana</source>
        <translation>Fund member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="110"/>
        <source>Kelompok produksi</source>
        <translation>Production group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="111"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="128"/>
        <source>— pilih peminjam —</source>
        <translation>— choose a borrower —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="133"/>
        <source>di %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="145"/>
        <source>Belum ada anggota aktif di dana ini: tambahkan di tab Anggota &amp; Simpanan.</source>
        <translation>No active members in this fund yet: add them on the Members &amp; Savings tab.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="148"/>
        <source>Simpanan %1</source>
        <translation>Savings %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="150"/>
        <source>%Ln pinjaman berjalan, sisa pokok %1</source>
        <translation>
            <numerusform>%Ln open loan, principal outstanding %1</numerusform>
            <numerusform>%Ln open loans, principal outstanding %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="153"/>
        <source>tunggakan wajib %1</source>
        <translation>mandatory savings in arrears %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="155"/>
        <source>telepon %1</source>
        <translation>phone %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="160"/>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="237"/>
        <source>Jumlah pinjaman</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="161"/>
        <source>Jangka waktu</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="163"/>
        <source> bulan</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="166"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="167"/>
        <source>mis. modal dagang salak, pupuk</source>
        <translation>e.g. salak trading capital, fertiliser</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="169"/>
        <source>Tanggal pencairan</source>
        <translation>Disbursal date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="171"/>
        <source>Jasa %1 per bulan dari pokok awal, dibayar setiap bulan bersama angsuran pokok.</source>
        <translation>Service fee %1 a month of the original principal, paid every month with the principal instalment.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="179"/>
        <source>Ke</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="180"/>
        <source>Jatuh tempo</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="181"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="182"/>
        <source>Jasa</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="183"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="190"/>
        <source>Nama wakil</source>
        <translation>Representative&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="191"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="192"/>
        <source>mis. suami, ibu, kakak</source>
        <translation>e.g. husband, mother, older sibling</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="193"/>
        <source>Telepon wakil</source>
        <translation>Representative&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="207"/>
        <source>Langkah 1 dari 3: peminjam</source>
        <translation>Step 1 of 3: borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="207"/>
        <source>Langkah 2 dari 3: jumlah dan jangka waktu</source>
        <translation>Step 2 of 3: amount and term</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="208"/>
        <source>Langkah 3 dari 3: jadwal angsuran</source>
        <translation>Step 3 of 3: repayment schedule</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="234"/>
        <source>Peminjam: pilih anggota atau kelompok yang meminjam.</source>
        <translation>Borrower: choose the member or group that borrows.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="239"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="283"/>
        <source>Pinjaman %1 untuk %2 bulan, jasa %3 per bulan (%4 sebulan, %5 seluruhnya): dikembalikan %6. Kas dana pada %7: %8.</source>
        <translation>Loan of %1 for %2 months, service fee %3 a month (%4 a month, %5 in total): %6 to repay. Fund cash on %7: %8.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loan_wizard.py" line="289"/>
        <source>Peminjam sedang bekerja di %1 pada tanggal pencairan: isi wakil yang menandatangani dan mengurus pinjaman.</source>
        <translation>The borrower is working in %1 on the disbursal date: fill in the representative who signs and handles the loan.</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="69"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="69"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="71"/>
        <source>Cetak sekarang</source>
        <translation>Print now</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="76"/>
        <source>Pinjaman baru…</source>
        <translation>New loan…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="77"/>
        <source>Bayar angsuran…</source>
        <translation>Pay instalment…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="78"/>
        <source>Hentikan sementara…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="79"/>
        <source>Lanjutkan…</source>
        <translation>Resume…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="80"/>
        <source>Batalkan pencairan…</source>
        <translation>Cancel disbursal…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="81"/>
        <source>Cetak perjanjian…</source>
        <translation>Print agreement…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="94"/>
        <source>Hanya yang menunggak</source>
        <translation>Only loans in arrears</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="96"/>
        <source>Per tanggal</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="98"/>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="121"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="111"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="112"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="113"/>
        <source>Cair</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="114"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="115"/>
        <source>Sisa pokok</source>
        <translation>Principal outstanding</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="117"/>
        <source>Tunggakan</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="119"/>
        <source>Hari terlambat</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="122"/>
        <source>Angsuran berikut</source>
        <translation>Next instalment</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="127"/>
        <source>Cetak kwitansi…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="128"/>
        <source>Batalkan pembayaran…</source>
        <translation>Reverse payment…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="198"/>
        <source>%Ln pinjaman, sisa pokok %1</source>
        <translation>
            <numerusform>%Ln loan, principal outstanding %1</numerusform>
            <numerusform>%Ln loans, principal outstanding %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="200"/>
        <source>%Ln menunggak, tunggakan %1</source>
        <translation>
            <numerusform>%Ln in arrears, amount overdue %1</numerusform>
            <numerusform>%Ln in arrears, amount overdue %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="277"/>
        <source>Pinjaman %1 untuk %2 (%3) disimpan.</source>
        <translation>Loan %1 for %2 (%3) saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="279"/>
        <source>Pinjaman disimpan</source>
        <translation>Loan saved</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="280"/>
        <source>Pinjaman %1 sudah dicairkan.

Cetak surat perjanjian pinjaman dengan jadwal angsurannya sekarang?</source>
        <translation>Loan %1 has been disbursed.

Print the loan agreement with its repayment schedule now?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="294"/>
        <source>Pembayaran disimpan</source>
        <translation>Payment saved</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="295"/>
        <source>Pembayaran %1 dari %2 disimpan dengan kwitansi %3.

Cetak kwitansinya sekarang?</source>
        <translation>Payment of %1 from %2 saved with receipt %3.

Print the receipt now?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="307"/>
        <source>Hentikan sementara %1</source>
        <translation>Pause %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="308"/>
        <source>Selama dihentikan, hari tidak dihitung terlambat dan denda tidak bertambah. Catatan ini tidak dapat diubah atau dihapus; lanjutkan lagi dengan &quot;Lanjutkan…&quot;.</source>
        <translation>While paused, days do not count as late and late fees do not grow. This record cannot be changed or deleted; resume the loan with &quot;Resume…&quot;.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="310"/>
        <source>Hentikan sementara</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="310"/>
        <source>mis. kiriman uang dari luar negeri terlambat</source>
        <translation>e.g. the remittance from abroad is late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="311"/>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="324"/>
        <source>Mulai tanggal</source>
        <translation>Starting on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="314"/>
        <source>Pinjaman %1 dihentikan sementara.</source>
        <translation>Loan %1 paused.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="321"/>
        <source>Lanjutkan %1</source>
        <translation>Resume %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="322"/>
        <source>Mulai tanggal ini hari keterlambatan dihitung lagi.</source>
        <translation>From this date, days late are counted again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="323"/>
        <source>Lanjutkan</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="323"/>
        <source>mis. kiriman uang sudah datang</source>
        <translation>e.g. the remittance has arrived</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="327"/>
        <source>Pinjaman %1 dilanjutkan.</source>
        <translation>Loan %1 resumed.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="334"/>
        <source>Batalkan pencairan %1</source>
        <translation>Cancel disbursal %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="335"/>
        <source>Pencairan %1 kepada %2 dibatalkan dengan jurnal balik: uangnya dianggap kembali ke kas. Pinjaman yang sudah ada pembayarannya tidak dapat dibatalkan (batalkan pembayarannya dulu).</source>
        <translation>The disbursal of %1 to %2 is cancelled with a reversing entry: the money is treated as back in the cash. A loan that already has payments cannot be cancelled (reverse its payments first).</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="338"/>
        <source>Batalkan pencairan</source>
        <translation>Cancel disbursal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="338"/>
        <source>mis. salah catat jumlah pinjaman</source>
        <translation>e.g. loan amount recorded wrongly</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="342"/>
        <source>Pencairan %1 dibatalkan.</source>
        <translation>Disbursal of %1 cancelled.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="349"/>
        <source>Batalkan pembayaran %1</source>
        <translation>Reverse payment %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="350"/>
        <source>Pembayaran %1 tanggal %2 dibatalkan dengan jurnal balik; pembagiannya (denda, jasa, pokok) ikut kembali.</source>
        <translation>Payment %1 of %2 is reversed with a reversing entry; its split (late fee, service fee, principal) is undone with it.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="352"/>
        <source>Batalkan pembayaran</source>
        <translation>Reverse payment</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="352"/>
        <source>mis. uang tidak jadi diterima</source>
        <translation>e.g. the money was not received after all</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="356"/>
        <source>Pembayaran %1 dibatalkan.</source>
        <translation>Payment %1 reversed.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/loans_tab.py" line="361"/>
        <source>PDF disimpan di %1</source>
        <translation>PDF saved to %1</translation>
    </message>
</context>
<context>
    <name>LostContactTab</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="68"/>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="92"/>
        <source>Catat kontak…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="69"/>
        <source>Enter atau klik dua kali</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="70"/>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="97"/>
        <source>Buka pengaduan…</source>
        <translation>Open complaint…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="74"/>
        <source>Pekerja migran di luar negeri dengan pengaduan putus kontak yang masih terbuka, tanda putus kontak di data penduduk, atau lebih dari 90 hari tanpa kabar. Catat kontak begitu keluarga mendapat kabar lagi.</source>
        <translation>Migrant workers abroad with a lost-contact complaint still open, a lost-contact mark in the population data, or no news for more than 90 days. Record the contact as soon as the family hears from them again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="78"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="79"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="80"/>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="81"/>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="81"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="83"/>
        <source>Tanpa kabar</source>
        <translation>No news for</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="86"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="90"/>
        <source>Tidak ada pekerja migran yang putus kontak.</source>
        <translation>No migrant worker is out of contact.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/lost_contact_tab.py" line="119"/>
        <source>%n pekerja migran putus kontak</source>
        <translation>
            <numerusform>%n migrant worker out of contact</numerusform>
            <numerusform>%n migrant workers out of contact</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="100"/>
        <source>Rekap &amp; Ekspor</source>
        <translation>Recap &amp; Export</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="100"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="100"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="199"/>
        <source>Desmig Desktop — Desa %1</source>
        <translation>Desmig Desktop — Village of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="200"/>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="201"/>
        <source>Kab. %1</source>
        <translation>Kab. %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="202"/>
        <source>Desa %1</source>
        <translation>Village %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/main_window.py" line="203"/>
        <source>Petugas: %1</source>
        <translation>Officer: %1</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="41"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="42"/>
        <source>Ubah jabatan</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="43"/>
        <source>Akhiri keanggotaan</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="47"/>
        <source>Tampilkan yang sudah keluar</source>
        <translation>Show members who left</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="53"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="65"/>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="138"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="54"/>
        <source>Jabatan</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="55"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="66"/>
        <source>Masuk</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="56"/>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="67"/>
        <source>Keluar</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="58"/>
        <source>Alasan keluar</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="64"/>
        <source>Anggota yang keluar dan alasannya</source>
        <translation>Members who left and why</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="68"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="69"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="86"/>
        <source>Ubah keanggotaan…</source>
        <translation>Edit membership…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="87"/>
        <source>Hapus keanggotaan…</source>
        <translation>Delete membership…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="97"/>
        <source>Retensi %1: %2 dari %Ln anggota awal tahun masih aktif (%3%).</source>
        <translation>
            <numerusform>Retention %1: %2 of the %Ln member at the start of the year is still active (%3%).</numerusform>
            <numerusform>Retention %1: %2 of the %Ln members at the start of the year are still active (%3%).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="101"/>
        <source>%Ln anggota aktif. </source>
        <translation>
            <numerusform>%Ln active member. </numerusform>
            <numerusform>%Ln active members. </numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="140"/>
        <source>keanggotaan %1 di %2 (masuk %3)</source>
        <translation>membership of %1 in %2 (joined %3)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="143"/>
        <source>Keanggotaan %1 dihapus.</source>
        <translation>Membership of %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="100"/>
        <source>Retensi %1: belum ada anggota pada awal tahun.</source>
        <translation>Retention %1: no members at the start of the year.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="106"/>
        <source>Belum ada anggota yang keluar.</source>
        <translation>No member has left yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/members_tab.py" line="109"/>
        <source>Kelompok sudah berhenti: aktifkan lagi dulu.</source>
        <translation>The group has stopped: reactivate it first.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="117"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="118"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="122"/>
        <source>Tambah anggota…</source>
        <translation>Add member…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="123"/>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="157"/>
        <source>Setor simpanan…</source>
        <translation>Deposit savings…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="124"/>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="161"/>
        <source>Tarik sukarela…</source>
        <translation>Withdraw voluntary…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="125"/>
        <source>Cetak kwitansi terakhir</source>
        <translation>Print last receipt</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="126"/>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="163"/>
        <source>Cetak rekening…</source>
        <translation>Print statement…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="137"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="138"/>
        <source> (keluar %1)</source>
        <translation> (left %1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="140"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="141"/>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="142"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="143"/>
        <source>Tunggakan wajib</source>
        <translation>Mandatory owed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="145"/>
        <source>Pinjaman aktif</source>
        <translation>Open loans</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="147"/>
        <source>Di luar negeri</source>
        <translation>Abroad</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="165"/>
        <source>Keluar dari dana…</source>
        <translation>Leave the fund…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="181"/>
        <source>%Ln anggota, simpanan %1</source>
        <translation>
            <numerusform>%Ln member, savings %1</numerusform>
            <numerusform>%Ln members, savings %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="184"/>
        <source>%Ln anggota menunggak simpanan wajib, jumlah %1</source>
        <translation>
            <numerusform>%Ln member behind on mandatory savings, total %1</numerusform>
            <numerusform>%Ln members behind on mandatory savings, total %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="256"/>
        <source>Rekening %1 disimpan di %2</source>
        <translation>Statement of %1 saved to %2</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="52"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="53"/>
        <source>Buka basis data…</source>
        <translation>Open database…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="54"/>
        <source>Buka berkas basis data desa lain (aplikasi dibuka ulang dengan berkas itu)</source>
        <translation>Open another village’s database file (the application restarts with that file)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="56"/>
        <source>Cadangkan…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="57"/>
        <source>Salin basis data ke berkas cadangan, mis. di flashdisk</source>
        <translation>Copy the database to a backup file, e.g. on a flash drive</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="59"/>
        <source>Data terhapus…</source>
        <translation>Deleted records…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="60"/>
        <source>Lihat data yang pernah dihapus dan pulihkan</source>
        <translation>See the records that were deleted and restore them</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="62"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="62"/>
        <source>Tutup aplikasi</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="63"/>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="67"/>
        <source>Buka halaman %1</source>
        <translation>Open the %1 page</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="69"/>
        <source>B&amp;antuan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="70"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="70"/>
        <source>Daftar semua pintasan keyboard</source>
        <translation>List of every keyboard shortcut</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="72"/>
        <source>Panduan singkat</source>
        <translation>Quick guide</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="72"/>
        <source>Cara memakai Desmig Desktop, singkat</source>
        <translation>How to use Desmig Desktop, in brief</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="75"/>
        <source>Tentang Desmig Desktop</source>
        <translation>About Desmig Desktop</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="76"/>
        <source>Versi, versi skema, berkas data dan lisensi</source>
        <translation>Version, schema version, data file and licence</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="95"/>
        <location filename="../../desmig_desktop/shell/menus.py" line="101"/>
        <source>Buka basis data</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="96"/>
        <source>Basis data Desmig (*.db *.sqlite *.sqlite3);;Semua berkas (*)</source>
        <translation>Desmig database (*.db *.sqlite *.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="101"/>
        <source>Aplikasi tidak bisa dibuka ulang dengan %1.</source>
        <translation>The application could not be restarted with %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="122"/>
        <location filename="../../desmig_desktop/shell/menus.py" line="127"/>
        <location filename="../../desmig_desktop/shell/menus.py" line="135"/>
        <source>Cadangkan basis data</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="123"/>
        <source>Basis data Desmig (*.db);;Semua berkas (*)</source>
        <translation>Desmig database (*.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="128"/>
        <source>Cadangan tidak boleh menimpa basis data yang sedang dibuka: pilih nama atau folder lain.</source>
        <translation>A backup cannot replace the database that is open: choose another name or folder.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="135"/>
        <source>Cadangan ke %1 gagal: %2</source>
        <translation>Backup to %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="138"/>
        <source>Cadangan tersimpan: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/menus.py" line="148"/>
        <source>Semua halaman</source>
        <translation>All pages</translation>
    </message>
</context>
<context>
    <name>MoneyDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="35"/>
        <source>%1 tersimpan, kwitansi %2.</source>
        <translation>%1 saved, receipt %2.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="56"/>
        <source>mis. Rp8.000.000</source>
        <translation>e.g. Rp8.000.000</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="162"/>
        <source>Laporan bulanan %1</source>
        <translation>Monthly report %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="162"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="166"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="170"/>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="188"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="176"/>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="176"/>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="176"/>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="176"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="176"/>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="177"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="177"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="177"/>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="177"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="177"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="178"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/fund_dialogs.py" line="178"/>
        <source>Desember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>MoversPage</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="68"/>
        <source>Penduduk pindah</source>
        <translation>People who moved</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="69"/>
        <source>NIK yang tercatat di dua desa atau lebih adalah satu orang yang pindah. Ia dihitung sekali: di desa dengan pindah datang terakhir, atau bila tidak ada, di desa yang pertama mendaftarkannya.</source>
        <translation>A NIK recorded in two or more villages is one person who moved. They are counted once: in the village with the latest move-in, or if there is none, in the village that registered them first.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="74"/>
        <source>Cari nama atau desa…</source>
        <translation>Search name or village…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="81"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="86"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="88"/>
        <source>Desa asal</source>
        <translation>Village moved from</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="89"/>
        <source>Desa tujuan</source>
        <translation>Village moved to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="90"/>
        <source>Pindah keluar</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="92"/>
        <source>Pindah datang</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="94"/>
        <source>Dihitung di</source>
        <translation>Counted in</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="108"/>
        <source>Membaca…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="125"/>
        <source>%n orang tercatat di lebih dari satu desa pada %1.</source>
        <translation>
            <numerusform>%n person recorded in more than one village on %1.</numerusform>
            <numerusform>%n people recorded in more than one village on %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/movers_page.py" line="127"/>
        <source>Tidak ada NIK yang tercatat di lebih dari satu desa pada %1.</source>
        <translation>No NIK is recorded in more than one village on %1.</translation>
    </message>
</context>
<context>
    <name>NewAk1Dialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="87"/>
        <source>Ajukan AK-1</source>
        <translation>Apply for AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="87"/>
        <source>Buat pengajuan</source>
        <translation>Create application</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="92"/>
        <source>Pemohon</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="93"/>
        <source>Tanggal pengajuan</source>
        <translation>Application date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="100"/>
        <source>Pengajuan AK-1 dibuat.</source>
        <translation>AK-1 application created.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/ak1_page.py" line="104"/>
        <source>Pilih pemohon dari hasil pencarian (ketik nama atau NIK).</source>
        <translation>Choose the applicant from the search results (type a name or NIK).</translation>
    </message>
</context>
<context>
    <name>OfficerDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="161"/>
        <location filename="../../desmig_desktop/shell/first_run.py" line="173"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="166"/>
        <source>Siapa yang memakai aplikasi ini?</source>
        <translation>Who is using this application?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="167"/>
        <source>Setiap perubahan data dicatat di jejak audit atas nama petugas. Tulis nama Anda; nama ini bisa diubah nanti di Pengaturan.</source>
        <translation>Every change to the data is recorded in the audit trail under the officer’s name. Write your name; you can change it later in Settings.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="176"/>
        <source>Nanti saja</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/first_run.py" line="178"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="35"/>
        <source>Bayar angsuran %1 — %2</source>
        <translation>Pay instalment %1 — %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="36"/>
        <source>Simpan pembayaran</source>
        <translation>Save payment</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="42"/>
        <source>Sisa pokok %1 · harus dibayar sekarang %2 · %3</source>
        <translation>Principal outstanding %1 · due now %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="46"/>
        <source>Tanggal bayar</source>
        <translation>Payment date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="47"/>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="131"/>
        <source>Jumlah bayar</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="48"/>
        <source>Dibayar oleh orang lain (mis. keluarga dari kiriman uang)</source>
        <translation>Paid by someone else (e.g. family, from a remittance)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="50"/>
        <source>Nama pembayar</source>
        <translation>Payer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="51"/>
        <source>Hubungan dengan peminjam</source>
        <translation>Relationship to the borrower</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="52"/>
        <source>mis. suami, anak, kakak</source>
        <translation>e.g. husband, child, older sibling</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="53"/>
        <source>Pembagian pembayaran</source>
        <translation>How the payment is split</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="57"/>
        <source>Masukkan kelebihan ke simpanan sukarela peminjam</source>
        <translation>Put the excess into the borrower&apos;s voluntary savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="59"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="93"/>
        <source>Tulis jumlah dan tanggal bayar untuk melihat pembagiannya.</source>
        <translation>Type the amount and the payment date to see how it is split.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="115"/>
        <source>Denda: %1</source>
        <translation>Late fee: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="116"/>
        <source>Jasa: %1</source>
        <translation>Service fee: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="117"/>
        <source>Pokok: %1</source>
        <translation>Principal: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="120"/>
        <source>Kelebihan: %1</source>
        <translation>Excess: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="121"/>
        <source>Pinjaman lunas dengan pembayaran ini.</source>
        <translation>This payment pays off the loan.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="122"/>
        <source>Sisa untuk melunasi sesudah ini: %1</source>
        <translation>Left to pay off after this: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/payment_dialog.py" line="133"/>
        <source>Nama pembayar: isi nama orang yang membawa uangnya, atau hapus centang &quot;Dibayar oleh orang lain&quot;.</source>
        <translation>Payer&apos;s name: fill in the name of the person who brought the money, or untick &quot;Paid by someone else&quot;.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/common.py" line="50"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/common.py" line="51"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/common.py" line="52"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/common.py" line="61"/>
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_actions.py" line="42"/>
        <source>%1 sudah punya pengajuan AK-1 yang berjalan: pengajuan itu dibuka.</source>
        <translation>%1 already has an AK-1 application in progress: that application has been opened.</translation>
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
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="40"/>
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
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="58"/>
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
        <translation>Organiser</translation>
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
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="24"/>
        <source>Simpanan %1 di %2 dana; %3 pinjaman berjalan, sisa pokok %4.</source>
        <translation>Savings %1 in %2 fund(s); %3 open loan(s), principal outstanding %4.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="31"/>
        <source>Simpanan</source>
        <translation>Savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="32"/>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="44"/>
        <source>Dana</source>
        <translation>Fund</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="33"/>
        <source>No. anggota</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="34"/>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="46"/>
        <source>Pokok</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="35"/>
        <source>Wajib</source>
        <translation>Mandatory</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="36"/>
        <source>Sukarela</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="38"/>
        <source>Tunggakan wajib</source>
        <translation>Mandatory owed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="41"/>
        <source>Belum pernah menjadi anggota simpan pinjam.</source>
        <translation>Has never been a savings and loan member.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="42"/>
        <source>Pinjaman</source>
        <translation>Loans</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="43"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="45"/>
        <source>Cair</source>
        <translation>Disbursed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="48"/>
        <source>Sisa pokok</source>
        <translation>Principal left</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="50"/>
        <source>Terlambat</source>
        <translation>Days late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="52"/>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="65"/>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/person_section.py" line="53"/>
        <source>Belum pernah meminjam.</source>
        <translation>Has never borrowed.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="26"/>
        <source>Pelapor dan yang diadukan</source>
        <translation>Reporter and subject</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="27"/>
        <source>Pelapor</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="27"/>
        <source>Yang diadukan</source>
        <translation>Subject of complaint</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="33"/>
        <source>Lapor</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="34"/>
        <source>Perpanjang</source>
        <translation>Renew</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="42"/>
        <source>%n kunjungan</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="44"/>
        <source>%n pengajuan AK-1</source>
        <translation>
            <numerusform>%n AK-1 application</numerusform>
            <numerusform>%n AK-1 applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="47"/>
        <source>%n pengaduan (%1 masih berjalan)</source>
        <translation>
            <numerusform>%n complaint (%1 still open)</numerusform>
            <numerusform>%n complaints (%1 still open)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="51"/>
        <source>Layanan migrasi: %1.</source>
        <translation>Migration services: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="57"/>
        <source>Buku tamu</source>
        <translation>Guest book</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="60"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="61"/>
        <source>Dilayani oleh</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="62"/>
        <source>Belum pernah tercatat di buku tamu.</source>
        <translation>Never recorded in the guest book.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="63"/>
        <source>AK-1</source>
        <translation>AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="64"/>
        <source>Diajukan</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="66"/>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="79"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="67"/>
        <source>No. kartu</source>
        <translation>Card no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="68"/>
        <source>Berkas</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="70"/>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="72"/>
        <source>Belum pernah mengajukan AK-1.</source>
        <translation>Has never applied for an AK-1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="73"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="74"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="76"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="77"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="81"/>
        <source>Lama (hari)</source>
        <translation>Duration (days)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/person_section.py" line="83"/>
        <source>Tidak ada pengaduan dari atau tentang orang ini.</source>
        <translation>No complaints from or about this person.</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="82"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="83"/>
        <source>Hubungan</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="84"/>
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="86"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="86"/>
        <source>belum ada</source>
        <translation>not yet known</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="90"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="91"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="92"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="93"/>
        <source>Daftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="94"/>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="95"/>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="96"/>
        <source>P3MI</source>
        <translation>P3MI agency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="104"/>
        <source>Catat peristiwa</source>
        <translation>Record life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="105"/>
        <source>Ubah peristiwa</source>
        <translation>Edit life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="106"/>
        <source>Betulkan jenis, tanggal atau keterangan peristiwa yang dipilih</source>
        <translation>Correct the kind, date or note of the selected life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="107"/>
        <source>Hapus peristiwa</source>
        <translation>Delete life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="108"/>
        <source>Hapus peristiwa yang salah catat (bisa diurungkan)</source>
        <translation>Delete a life event recorded by mistake (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="115"/>
        <source>Peristiwa</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="116"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="117"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="164"/>
        <source>Pilih satu orang di daftar untuk melihat keluarga, riwayat migrasi, peristiwa dan kegiatannya.</source>
        <translation>Select a person in the list to see their family, migration history, life events and activities.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="170"/>
        <source>NIK belum ada</source>
        <translation>NIK not yet known</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="177"/>
        <source>Keluarga (%1)</source>
        <translation>Family (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="177"/>
        <source>Keluarga (tanpa KK)</source>
        <translation>Family (no KK)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="179"/>
        <source>Riwayat migrasi (%1)</source>
        <translation>Migration history (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="180"/>
        <source>Peristiwa (%1)</source>
        <translation>Life events (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="235"/>
        <source>peristiwa %1 %2 tanggal %3</source>
        <translation>life event %1 of %2 on %3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_detail.py" line="246"/>
        <source>Peristiwa dihapus: %1.</source>
        <translation>Life event deleted: %1.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="67"/>
        <source>Ubah data orang</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="67"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="82"/>
        <source>16 angka sesuai KTP/KK</source>
        <translation>16 digits as on the KTP/KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="91"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="103"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="105"/>
        <source>16 angka; kosongkan bila belum ada KK</source>
        <translation>16 digits; leave empty if there is no KK yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="120"/>
        <source>mis. Jl. Salak No. 3</source>
        <translation>e.g. Jl. Salak No. 3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="138"/>
        <source>Data diri</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="142"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="142"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="142"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="143"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="143"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="144"/>
        <source>Hubungan keluarga</source>
        <translation>Relationship to head</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="144"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="145"/>
        <source>Status kawin</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="131"/>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="145"/>
        <source>Pekerjaan</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="132"/>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="146"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="152"/>
        <source>Keluarga (Kartu Keluarga)</source>
        <translation>Family (family card, KK)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="155"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="161"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="162"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="163"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="164"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="166"/>
        <source>Ketik No. KK: bila keluarganya sudah terdaftar, kepala keluarga dan alamatnya muncul di sini. No. KK baru membuat keluarga baru saat disimpan.</source>
        <translation>Type the No. KK: if the family is registered, its head and address appear here. A new No. KK creates a new family when you save.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="180"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="180"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="258"/>
        <source>Buka data %1</source>
        <translation>Open %1’s record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="259"/>
        <source>Tutup formulir ini dan pilih %1 di daftar</source>
        <translation>Close this form and select %1 in the list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="294"/>
        <source>Dusun %1</source>
        <translation>Dusun %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="297"/>
        <source>RW/RT %1</source>
        <translation>RW/RT %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="298"/>
        <source>(belum ada anggota)</source>
        <translation>(no members yet)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="299"/>
        <source>Kepala keluarga: %1</source>
        <translation>Head of family: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="304"/>
        <source>No. KK ini belum terdaftar: keluarga baru dibuat saat disimpan. Isi dusun, RW/RT dan alamatnya.</source>
        <translation>This No. KK is not registered yet: a new family is created when you save. Fill in its dusun, RW/RT and address.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="311"/>
        <source>Tanpa KK: orang ini disimpan tanpa keluarga.</source>
        <translation>No KK: this person is saved without a family.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_form.py" line="346"/>
        <source>NIK ini sudah terdaftar atas nama %1: satu NIK hanya untuk satu orang. Periksa kembali, atau buka data orang itu.</source>
        <translation>This NIK is already registered to %1: one NIK belongs to one person only. Check it again, or open that person’s record.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/nik_missing.py" line="15"/>
        <source>NIK belum ada</source>
        <translation>NIK not yet known</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/nik_missing.py" line="16"/>
        <source>Centang bila orang ini belum punya NIK (bayi baru lahir) atau KTP/KK-nya belum ada di tangan: disimpan tanpa NIK dan dihitung sebagai «NIK belum ada». Isi NIK-nya nanti lewat Ubah.</source>
        <translation>Tick if this person has no NIK yet (a newborn) or their KTP/KK is not at hand: saved without a NIK and counted as «NIK not yet known». Fill in the NIK later through Edit.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="94"/>
        <source>Cari nama, NIK atau No. KK…</source>
        <translation>Search name, NIK or No. KK…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="99"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="102"/>
        <source>Semua PMI</source>
        <translation>All migrant workers</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="110"/>
        <source>Semua jenis kelamin</source>
        <translation>Both sexes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="114"/>
        <source>Tampilkan yang pindah/meninggal</source>
        <translation>Show moved away/deceased</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="120"/>
        <source>Tambah orang</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="121"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="159"/>
        <source>Daftarkan orang baru (Ctrl+N)</source>
        <translation>Register a new person (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="122"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="162"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="123"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="164"/>
        <source>Riwayat migrasi</source>
        <translation>Migration history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="124"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="167"/>
        <source>Peristiwa</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="168"/>
        <source>Catat lahir, pindah datang, pindah keluar atau meninggal</source>
        <translation>Record a birth, moving in, moving away or a death</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="125"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="172"/>
        <source>Kegiatan</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="173"/>
        <source>Kelompok, sosialisasi, pelatihan dan bagi hasil orang ini</source>
        <translation>This person&apos;s groups, socialisation, trainings and profit shares</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="127"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="170"/>
        <source>Lihat keluarga</source>
        <translation>Show family</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="128"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="175"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="129"/>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="179"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="130"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="131"/>
        <source>Ekspor orang yang tampil sekarang (pencarian dan saringan berlaku)</source>
        <translation>Export the people shown now (search and filters apply)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="162"/>
        <source>Ubah data orang yang dipilih</source>
        <translation>Edit the selected person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="165"/>
        <source>Riwayat migrasi orang yang dipilih: daftar, berangkat, pulang</source>
        <translation>Migration history of the selected person: registration, departure, return</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="171"/>
        <source>Buka keluarga (KK) orang yang dipilih</source>
        <translation>Open the family (KK) of the selected person</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="176"/>
        <source>Hapus data orang yang salah ketik, dengan semua catatannya (bisa diurungkan)</source>
        <translation>Delete a person entered by mistake, with all their records (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="180"/>
        <source>Impor daftar penduduk dari Excel atau CSV (ada contoh untuk diunduh)</source>
        <translation>Import a list of residents from Excel or CSV (a template can be downloaded)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="210"/>
        <source>Semua dusun</source>
        <translation>All dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="238"/>
        <source>menghitung…</source>
        <translation>counting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="240"/>
        <source>%Ln orang</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="354"/>
        <source>Data %1 tersimpan.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_page.py" line="356"/>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_actions.py" line="120"/>
        <source>Data %1 dihapus.</source>
        <translation>%1’s record deleted.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/registry/ui/person_actions.py" line="137"/>
        <source>%Ln orang diekspor ke %1</source>
        <translation>
            <numerusform>%Ln person exported to %1</numerusform>
            <numerusform>%Ln people exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desmig_desktop/ui/picker.py" line="26"/>
        <source>Ketik nama atau NIK orang yang sudah terdaftar…</source>
        <translation>Type the name or NIK of a registered person…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/picker.py" line="48"/>
        <source>Orang harus sudah terdaftar di data penduduk.</source>
        <translation>The person must already be registered in the residents&apos; data.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/picker.py" line="50"/>
        <source>Tidak ada orang yang cocok. Daftarkan dulu di halaman Penduduk.</source>
        <translation>No matching person. Register them first on the People page.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/picker.py" line="52"/>
        <source>Menampilkan %1 hasil pertama: ketik lebih lengkap.</source>
        <translation>Showing the first %1 results: type more.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/ui/picker.py" line="54"/>
        <source>%Ln orang cocok.</source>
        <translation>
            <numerusform>%Ln person matches.</numerusform>
            <numerusform>%Ln people match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>No. KK</source>
        <translation>No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>Tgl Lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="66"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="67"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="67"/>
        <source>RW/RT</source>
        <translation>RW/RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="67"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="67"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="67"/>
        <source>Tgl Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="69"/>
        <source>Sudah pindah keluar atau meninggal</source>
        <translation>Moved away or deceased</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="70"/>
        <source>%1 · pindah/meninggal</source>
        <translation>%1 · moved away/died</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="71"/>
        <source>L</source>
        <comment>laki-laki</comment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="71"/>
        <source>P</source>
        <comment>perempuan</comment>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/person_model.py" line="235"/>
        <source>belum ada</source>
        <translation>not yet known</translation>
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
    <message>
        <location filename="../../desmig_desktop/savings/pillar.py" line="10"/>
        <location filename="../../desmig_desktop/savings/pillar.py" line="15"/>
        <source>Simpan Pinjam</source>
        <translation>Savings and loans</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="12"/>
        <source>Pusat Layanan Migrasi</source>
        <translation>Migration Service Centre</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="16"/>
        <source>Buku Tamu</source>
        <translation>Guest Book</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="17"/>
        <source>AK-1</source>
        <translation>AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="18"/>
        <source>Dokumen Keberangkatan</source>
        <translation>Departure Documents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="20"/>
        <source>Lowongan</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="22"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="26"/>
        <source>Catat kunjungan</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="28"/>
        <source>Ajukan AK-1</source>
        <translation>Apply for AK-1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/pillar.py" line="30"/>
        <source>Buat pengaduan</source>
        <translation>New complaint</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="64"/>
        <source>Riwayat migrasi — %1</source>
        <translation>Migration history — %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="76"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="135"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="76"/>
        <source>Negara</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="76"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="136"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="76"/>
        <source>Berangkat</source>
        <translation>Departed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="76"/>
        <source>Pulang</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="77"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="136"/>
        <source>P3MI</source>
        <translation>P3MI agency</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="96"/>
        <source>pilih atau ketik negara</source>
        <translation>choose or type a country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="100"/>
        <source>mis. penata laksana rumah tangga</source>
        <translation>e.g. domestic worker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="102"/>
        <source>nama perusahaan penempatan (P3MI)</source>
        <translation>name of the placement agency (P3MI)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="109"/>
        <source>Hilang kontak (keluarga tidak bisa menghubungi)</source>
        <translation>Lost contact (the family cannot reach them)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="111"/>
        <source>wajib untuk keberangkatan di bawah umur yang sudah terjadi</source>
        <translation>required for an under-age departure that already happened</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="114"/>
        <source>mis. tidak lulus medical</source>
        <translation>e.g. failed the medical check</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="135"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="136"/>
        <source>Jabatan</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="137"/>
        <source>Jalur</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="137"/>
        <source>Catatan keberangkatan</source>
        <translation>Departure note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="138"/>
        <source>Skema</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="140"/>
        <source>Tanggal daftar</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="140"/>
        <source>Tanggal berangkat</source>
        <translation>Departed on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="141"/>
        <source>Tanggal pulang</source>
        <translation>Returned on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="141"/>
        <source>Alasan pulang</source>
        <translation>Reason for return</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="142"/>
        <source>Kontak terakhir</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="143"/>
        <source>Tanggal batal berangkat</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="144"/>
        <source>Alasan batal berangkat</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="152"/>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="248"/>
        <source>Riwayat baru</source>
        <translation>New record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="153"/>
        <source>Hapus riwayat</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="154"/>
        <source>Catat batal berangkat</source>
        <translation>Record withdrawal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="155"/>
        <source>Calon PMI ini mundur: isi tanggal dan alasan batal berangkat dulu</source>
        <translation>This prospective worker withdrew: fill in the withdrawal date and reason first</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="156"/>
        <source>Simpan riwayat</source>
        <translation>Save record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="158"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="225"/>
        <source>Ubah riwayat</source>
        <translation>Edit record</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="268"/>
        <source>Tanggal belum lengkap: tulis seperti 22/11/2026, atau kosongkan.</source>
        <translation>Incomplete date: type it like 22/11/2026, or leave it empty.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="290"/>
        <source>Riwayat migrasi %1 tersimpan: %2.</source>
        <translation>Migration history of %1 saved: %2.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="304"/>
        <source>%1 dicatat batal berangkat.</source>
        <translation>%1 recorded as withdrawn before departure.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="315"/>
        <source>Peringatan: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="325"/>
        <source>riwayat migrasi %1 (%2)</source>
        <translation>migration record %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/placement_dialog.py" line="341"/>
        <source>Dihapus: %1.</source>
        <translation>Deleted: %1.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="32"/>
        <source>Rencana berangkat %1</source>
        <translation>Planned departure of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="35"/>
        <source>Rencana berangkat</source>
        <translation>Planned departure</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="37"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="38"/>
        <source>mis. menunggu jadwal dari P3MI</source>
        <translation>e.g. waiting for a schedule from the P3MI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/departure_dialog.py" line="43"/>
        <source>Rencana berangkat disimpan.</source>
        <translation>Planned departure saved.</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="42"/>
        <source>Ubah produk</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="42"/>
        <source>Tambah produk</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="46"/>
        <source>Nama produk</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="47"/>
        <source>mis. Dodol salak</source>
        <translation>e.g. Salak dodol</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="48"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="49"/>
        <source>mis. bungkus, kg, lembar</source>
        <translation>e.g. pack, kg, sheet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="50"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="63"/>
        <source>Harga jual</source>
        <translation>Selling price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="59"/>
        <source>Produk %1 disimpan.</source>
        <translation>Product %1 saved.</translation>
    </message>
</context>
<context>
    <name>ProductionTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="133"/>
        <source>Produk dan stok</source>
        <translation>Products and stock</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="139"/>
        <source>Tambah produk</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="140"/>
        <source>Ubah produk</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="134"/>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="143"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="135"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="136"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="141"/>
        <source>Riwayat produksi</source>
        <translation>Production history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="149"/>
        <source>Catat produksi</source>
        <translation>Record production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="159"/>
        <source>Ubah produk…</source>
        <translation>Edit product…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="160"/>
        <source>Hapus produk…</source>
        <translation>Delete product…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="161"/>
        <source>Ubah produksi…</source>
        <translation>Edit production…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="162"/>
        <source>Hapus produksi…</source>
        <translation>Delete production…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="169"/>
        <source>%Ln orang: %1</source>
        <translation>
            <numerusform>%Ln person: %1</numerusform>
            <numerusform>%Ln people: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="176"/>
        <source>%Ln kali produksi, biaya bahan %1.</source>
        <translation>
            <numerusform>%Ln production run, material cost %1.</numerusform>
            <numerusform>%Ln production runs, material cost %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="198"/>
        <source>produk %1</source>
        <translation>product %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="199"/>
        <source>Produk %1 dihapus.</source>
        <translation>Product %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="211"/>
        <source>produksi %1 %2 tanggal %3</source>
        <translation>production of %1 %2 on %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="213"/>
        <source>daftar anggota yang ikut (%Ln orang)</source>
        <translation>
            <numerusform>list of members who took part (%Ln person)</numerusform>
            <numerusform>list of members who took part (%Ln people)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="214"/>
        <source>Produksi dihapus.</source>
        <translation>Production deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="142"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="144"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="145"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="146"/>
        <source>Yang ikut</source>
        <translation>Took part</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/production_tab.py" line="184"/>
        <source>Tambah produk dulu.</source>
        <translation>Add a product first.</translation>
    </message>
</context>
<context>
    <name>RecapPage</name>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="100"/>
        <source>Rekap untuk Disnaker</source>
        <translation>Recap for the district labour office (Disnaker)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="101"/>
        <source>Jumlah calon PMI, PMI aktif, PMI purna dan keluarganya per periode, dengan daftar namanya. NIK dan No. KK disamarkan kecuali Anda memintanya.</source>
        <translation>Numbers of prospective, active and returned migrant workers and their families per period, with the register of names. NIK and No. KK are masked unless you ask otherwise.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="111"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="112"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="113"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="123"/>
        <source>Triwulan %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="139"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="142"/>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="143"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="150"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="151"/>
        <source>Tampilkan NIK lengkap (jangan untuk dikirim)</source>
        <translation>Show full NIK (not for sending)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="155"/>
        <source>Simpan ke folder</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="159"/>
        <source>Buat rekap</source>
        <translation>Make recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="164"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="175"/>
        <source>Kirim ke Disnaker</source>
        <translation>Send to Disnaker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="178"/>
        <source>Paket terenkripsi berisi data desa dan rekap bulan yang dipilih, untuk digabung Disnaker dengan desa-desa lain; rekap Excel dan PDF-nya ditulis di sampingnya.</source>
        <translation>An encrypted package with the village&apos;s data and the chosen month&apos;s recap, for Disnaker to merge with the other villages; its Excel and PDF recap are written beside it.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="182"/>
        <source>Kirim ke Disnaker…</source>
        <translation>Send to Disnaker…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="153"/>
        <source>Pilih folder untuk rekap</source>
        <translation>Choose a folder for the recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="205"/>
        <source>Pilih minimal satu format: Excel atau PDF.</source>
        <translation>Choose at least one format: Excel or PDF.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="216"/>
        <source>Membuat rekap</source>
        <translation>Making the recap</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="216"/>
        <source>Menghitung dan menulis rekap %1…</source>
        <translation>Counting and writing the recap %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/recap_page.py" line="225"/>
        <source>Rekap selesai. Berkas disimpan di:</source>
        <translation>Recap done. Files saved in:</translation>
    </message>
</context>
<context>
    <name>ReverseShareDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="35"/>
        <source>Batalkan bagi hasil %1</source>
        <translation>Reverse profit sharing %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="36"/>
        <source>Batalkan bagi hasil</source>
        <translation>Reverse profit sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="39"/>
        <source>Uang %1 dianggap kembali ke kas kelompok. Setelah dibatalkan, periode ini dapat dibagi ulang.</source>
        <translation>The %1 is treated as returned to the group cash. Once reversed, this period can be shared out again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="41"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for reversing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="42"/>
        <source>mis. salah catat penjualan</source>
        <translation>e.g. sales recorded wrongly</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="47"/>
        <source>Bagi hasil %1 dibatalkan.</source>
        <translation>Profit sharing %1 reversed.</translation>
    </message>
</context>
<context>
    <name>SaleDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="38"/>
        <source>Catat penjualan %1</source>
        <translation>Record a sale for %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="38"/>
        <source>Ubah penjualan %1</source>
        <translation>Edit sale of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="43"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="45"/>
        <source>%1 (stok %2 %3)</source>
        <translation>%1 (stock %2 %3)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="47"/>
        <source>Tanggal jual</source>
        <translation>Sold on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="48"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="96"/>
        <source>Jumlah terjual</source>
        <translation>Quantity sold</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="49"/>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="98"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="51"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="52"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="53"/>
        <source>— pilih saluran —</source>
        <translation>— choose a channel —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="54"/>
        <source>Pameran/bazar</source>
        <translation>Exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="55"/>
        <source>(tidak di pameran/bazar)</source>
        <translation>(not at an exhibition/bazaar)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="58"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="76"/>
        <source>Penjualan %1 disimpan.</source>
        <translation>Sale of %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_dialogs.py" line="100"/>
        <source>Pilih saluran penjualan: di mana barang ini terjual?</source>
        <translation>Choose the sales channel: where was this sold?</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="35"/>
        <source>Catat penjualan</source>
        <translation>Record sale</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="53"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="86"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="96"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="54"/>
        <source>Produk</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="56"/>
        <source>Harga</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="57"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="58"/>
        <source>Saluran</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="59"/>
        <source>Pameran/bazar</source>
        <translation>Exhibition/bazaar</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="85"/>
        <source>Biaya lain</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="91"/>
        <source>Catat biaya</source>
        <translation>Record cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="87"/>
        <source>Keterangan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="36"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="76"/>
        <source>Ubah penjualan…</source>
        <translation>Edit sale…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="37"/>
        <source>Enter atau klik dua kali</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="38"/>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="77"/>
        <source>Hapus penjualan…</source>
        <translation>Delete sale…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="39"/>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="55"/>
        <source>Jumlah</source>
        <comment>quantity</comment>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="78"/>
        <source>Ubah biaya…</source>
        <translation>Edit cost…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="79"/>
        <source>Hapus biaya…</source>
        <translation>Delete cost…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="80"/>
        <source>Ubah kegiatan…</source>
        <translation>Edit event…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="81"/>
        <source>Hapus kegiatan…</source>
        <translation>Delete event…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="88"/>
        <source>Jumlah</source>
        <comment>amount of money</comment>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="95"/>
        <source>Pameran dan bazar</source>
        <translation>Exhibitions and bazaars</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="102"/>
        <source>Tambah kegiatan</source>
        <translation>Add event</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="109"/>
        <source>%Ln penjualan, total %1</source>
        <translation>
            <numerusform>%Ln sale, total %1</numerusform>
            <numerusform>%Ln sales, total %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="148"/>
        <source>penjualan %1 %2 tanggal %3 (%4)</source>
        <translation>sale of %1 %2 on %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="151"/>
        <source>Penjualan dihapus; stok bertambah lagi.</source>
        <translation>Sale deleted; the stock goes up again.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="162"/>
        <source>biaya %1 tanggal %2 (%3)</source>
        <translation>cost %1 on %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="164"/>
        <source>Biaya dihapus.</source>
        <translation>Cost deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="175"/>
        <source>kegiatan %1 (%2)</source>
        <translation>event %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="177"/>
        <source>Kegiatan dihapus.</source>
        <translation>Event deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="97"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="98"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="99"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="112"/>
        <source>Menurut saluran: %1</source>
        <translation>By channel: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="113"/>
        <source>Belum ada penjualan.</source>
        <translation>No sales yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="116"/>
        <source>Biaya lain (%1)</source>
        <translation>Other costs (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sales_tab.py" line="129"/>
        <source>Tambah produk dan catat produksinya dulu di tab Produksi.</source>
        <translation>Add a product and record its production first on the Production tab.</translation>
    </message>
</context>
<context>
    <name>SavingsKinds</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="26"/>
        <source>Setoran simpanan</source>
        <translation>Savings deposit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="27"/>
        <source>Penarikan sukarela</source>
        <translation>Voluntary withdrawal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="28"/>
        <source>Modal masuk</source>
        <translation>Capital in</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="29"/>
        <source>Biaya</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="30"/>
        <source>Pencairan pinjaman</source>
        <translation>Loan disbursal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="31"/>
        <source>Angsuran</source>
        <translation>Repayment</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="32"/>
        <source>SHU tutup buku</source>
        <translation>Year-end SHU</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="33"/>
        <source>Pembatalan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="45"/>
        <source>Simpanan pokok</source>
        <translation>Principal savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="46"/>
        <source>Simpanan wajib</source>
        <translation>Mandatory savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="47"/>
        <source>Simpanan sukarela</source>
        <translation>Voluntary savings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="54"/>
        <source>Tanpa denda</source>
        <translation>No late fee</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="55"/>
        <source>Rupiah tetap per 30 hari terlambat</source>
        <translation>Fixed Rupiah per 30 days late</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/__init__.py" line="56"/>
        <source>Persen angsuran per 30 hari terlambat</source>
        <translation>Percent of the instalment per 30 days late</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="50"/>
        <source>Paket Desmigratif Desa %1 %2</source>
        <translation>Desmigratif package, %1 Village, %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="52"/>
        <source>Yth. Disnaker,</source>
        <translation>Dear Disnaker,</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="53"/>
        <source>Bersama ini kami kirim paket data Desmigratif Desa %1 untuk periode %2. Berkas yang dilampirkan:</source>
        <translation>Please find the Desmigratif data package of %1 Village for the period %2. Attached files:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="58"/>
        <source>Kata sandi paket kami sampaikan terpisah (telepon atau SMS), tidak lewat e-mail ini.</source>
        <translation>We will give you the package password separately (phone or SMS), not in this e-mail.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="60"/>
        <source>Terima kasih.</source>
        <translation>Thank you.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="114"/>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="130"/>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="203"/>
        <source>Kirim ke Disnaker</source>
        <translation>Send to Disnaker</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="131"/>
        <source>Membuat satu paket terenkripsi berisi seluruh data desa dan rekap periode yang dipilih, ditambah rekap Excel dan PDF di sampingnya. Paket dikirim ke Disnaker sebagai lampiran e-mail atau lewat flashdisk.</source>
        <translation>Makes one encrypted package with all of the village&apos;s data and the chosen period&apos;s recap, plus the Excel and PDF recap beside it. Send the package to Disnaker as an e-mail attachment or on a flash drive.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="151"/>
        <source>Periode rekap</source>
        <translation>Recap period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="154"/>
        <source>Simpan ke folder</source>
        <translation>Save to folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="157"/>
        <source>Paket dienkripsi untuk kunci Disnaker (sidik jari %1): hanya Disnaker yang bisa membukanya.</source>
        <translation>The package is encrypted for the Disnaker key (fingerprint %1): only Disnaker can open it.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="160"/>
        <source>Desa belum menyimpan kunci Disnaker: paket dienkripsi dengan kata sandi sekali pakai yang ditampilkan sekali sesudah paket dibuat. Simpan kunci di Pengaturan → Kunci Disnaker agar tidak perlu kata sandi.</source>
        <translation>The village has not saved a Disnaker key: the package is encrypted with a one-time password shown once after the package is made. Save the key in Settings → Disnaker key to need no password.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="176"/>
        <source>Buat paket</source>
        <translation>Make package</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="179"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="152"/>
        <source>Pilih folder untuk paket</source>
        <translation>Choose a folder for the package</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="193"/>
        <source>Periode %1 belum dimulai: pilih bulan yang sudah lewat.</source>
        <translation>Period %1 has not started yet: choose a month that has ended.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="203"/>
        <source>Membuat paket dan rekap %1…</source>
        <translation>Making the package and recap %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="221"/>
        <source>Paket siap dikirim</source>
        <translation>Package ready to send</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="230"/>
        <source>Kata sandi paket:</source>
        <translation>Package password:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="241"/>
        <source>Catat kata sandi ini sekarang: tidak akan ditampilkan lagi. Sampaikan ke Disnaker lewat telepon atau SMS, jangan lewat e-mail yang sama dengan paketnya.</source>
        <translation>Write this password down now: it will not be shown again. Give it to Disnaker by phone or SMS, never in the same e-mail as the package.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="252"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="254"/>
        <source>Tulis e-mail</source>
        <translation>Write e-mail</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="256"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="268"/>
        <source>Paket ke-%1 untuk %2 dan rekapnya tersimpan di %3:</source>
        <translation>Package number %1 for %2 and its recap are saved in %3:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="275"/>
        <source>&quot;Tulis e-mail&quot; menyiapkan e-mail ke %1: lampirkan ketiga berkas di atas sebelum mengirim.</source>
        <translation>&quot;Write e-mail&quot; prepares an e-mail to %1: attach the three files above before sending.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/send_dialog.py" line="278"/>
        <source>Alamat e-mail Disnaker belum diisi (Pengaturan → Kunci Disnaker): isi penerimanya sendiri di program e-mail.</source>
        <translation>Disnaker&apos;s e-mail address is not filled in (Settings → Disnaker key): fill in the recipient yourself in the e-mail program.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="61"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="63"/>
        <source>Petugas dan bahasa</source>
        <translation>Officer and language</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="74"/>
        <source>nama Anda, tercatat di setiap perubahan data</source>
        <translation>your name, recorded with every change to the data</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="75"/>
        <source>Nama petugas</source>
        <translation>Officer name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="76"/>
        <source>Nama petugas belum diisi: jejak audit mencatat &quot;%1&quot; untuk setiap perubahan. Tulis nama Anda lalu simpan.</source>
        <translation>The officer name is empty: the audit trail records &quot;%1&quot; for every change. Write your name, then save.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="90"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="91"/>
        <source>Bahasa yang dipakai sekarang: %1</source>
        <translation>Language in use now: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="93"/>
        <source>(dipilih untuk sesi ini; tersimpan: %1)</source>
        <translation>(chosen for this session; saved: %1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="96"/>
        <source>Bahasa baru berlaku sesudah aplikasi ditutup dan dibuka lagi. Nama petugas langsung dipakai di catatan perubahan (audit).</source>
        <translation>A new language applies after the app is closed and opened again. The officer name is used in the change log (audit) at once.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="99"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="154"/>
        <source>Pengaturan tersimpan: petugas %1.</source>
        <translation>Settings saved: officer %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="150"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/settings_page.py" line="152"/>
        <source>Buka ulang aplikasi untuk memakai bahasa baru.</source>
        <translation>Restart the app to use the new language.</translation>
    </message>
</context>
<context>
    <name>SharingTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="56"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="57"/>
        <source>Ikut produksi</source>
        <translation>Runs joined</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_parts.py" line="59"/>
        <source>Bagian</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="79"/>
        <source>Usulan bagi hasil (belum disimpan)</source>
        <translation>Proposed profit sharing (not saved yet)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="81"/>
        <source>Sejak bagi hasil terakhir</source>
        <translation>Since the last share-out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="82"/>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="104"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="168"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="104"/>
        <source>Produksi</source>
        <translation>Production</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="105"/>
        <source>Penjualan</source>
        <translation>Sales</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="105"/>
        <source>Biaya bahan</source>
        <translation>Material cost</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="106"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="169"/>
        <source>Laba</source>
        <translation>Profit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="106"/>
        <source>Biaya lain</source>
        <translation>Other costs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="107"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="170"/>
        <source>Dibagikan</source>
        <translation>Shared out</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="107"/>
        <source>Sisa pembulatan ke kas</source>
        <translation>Rounding remainder to group cash</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="97"/>
        <source>Pembulatan</source>
        <translation>Rounding</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="96"/>
        <source>Setiap bagian dibulatkan ke bawah ke kelipatan ini; sisanya masuk kas kelompok.</source>
        <translation>Each share is rounded down to a multiple of this; the rest goes to the group cash.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="108"/>
        <source>Ditahan di kas (menutup rugi)</source>
        <translation>Kept in cash (covering losses)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="108"/>
        <source>Kas akhir periode</source>
        <translation>Cash at end of period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="140"/>
        <source>Cetak usulan (PDF)</source>
        <translation>Print proposal (PDF)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="141"/>
        <source>Cetak usulan untuk dibahas dalam rapat anggota sebelum difinalkan</source>
        <translation>Print the proposal for the members’ meeting before it is finalised</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="143"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="316"/>
        <source>Finalkan bagi hasil</source>
        <translation>Finalise profit sharing</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="160"/>
        <source>Riwayat bagi hasil</source>
        <translation>Profit-sharing history</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="162"/>
        <source>Batalkan</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="163"/>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="356"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="171"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="188"/>
        <source>Dibatalkan %1: %2</source>
        <translation>Reversed %1: %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="189"/>
        <source>Final %1</source>
        <translation>Final %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="196"/>
        <source>Aturan: %1.</source>
        <translation>Rule: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="199"/>
        <source>setiap %Ln kali produksi</source>
        <translation>
            <numerusform>every production run</numerusform>
            <numerusform>every %Ln production runs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="236"/>
        <source>Semua hasil sampai %1 sudah dibagi. Usulan berikutnya dapat dibuat mulai %2.</source>
        <translation>All results up to %1 have been shared out. The next proposal can be made from %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="252"/>
        <source>%Ln kali</source>
        <translation>
            <numerusform>%Ln run</numerusform>
            <numerusform>%Ln runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="253"/>
        <source>%1 kepada %Ln anggota</source>
        <translation>
            <numerusform>%1 to %Ln member</numerusform>
            <numerusform>%1 to %Ln members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="281"/>
        <source>Pembulatan bagian: %1.</source>
        <translation>Rounding of shares: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="312"/>
        <source>Finalkan bagi hasil %1 periode %2?

%3 dibagikan kepada %Ln anggota; sisa %4 tetap di kas.
Bagi hasil yang sudah final tidak dapat diubah, hanya dibatalkan dengan alasan.</source>
        <translation>
            <numerusform>Finalise the profit sharing of %1 for the period %2?

%3 is shared out to %Ln member; the rest, %4, stays in the cash.
A final share-out cannot be changed, only reversed with a reason.</numerusform>
            <numerusform>Finalise the profit sharing of %1 for the period %2?

%3 is shared out to %Ln members; the rest, %4, stays in the cash.
A final share-out cannot be changed, only reversed with a reason.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="200"/>
        <source>Jadwal: %1.</source>
        <translation>Schedule: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="201"/>
        <source>Kas kelompok sekarang %1.</source>
        <translation>Group cash now %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="203"/>
        <source>Sudah waktunya bagi hasil: %1.</source>
        <translation>Time to share profits: %1.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="229"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="298"/>
        <source>Pilih bagi hasil untuk melihat rinciannya.</source>
        <translation>Pick a share-out to see its details.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="300"/>
        <source>Rincian %1: penjualan %2, biaya bahan %3, biaya lain %4, sisa ke kas %5.</source>
        <translation>Details %1: sales %2, material cost %3, other costs %4, rest to cash %5.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="316"/>
        <source>Ya, finalkan</source>
        <translation>Yes, finalise</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="330"/>
        <source>Bagi hasil %1 sudah final.</source>
        <translation>Profit sharing %1 is final.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="336"/>
        <source>Bagi hasil sudah final</source>
        <translation>Profit sharing is final</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="337"/>
        <source>Bagi hasil %1 sudah final: %2 dibagikan.

Cetak rincian bagi hasil dan slip pembayaran untuk setiap anggota sekarang (satu PDF)?</source>
        <translation>Profit sharing %1 is final: %2 shared out.

Print the profit-sharing statement and a payment slip for every member now (one PDF)?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="339"/>
        <source>Cetak sekarang</source>
        <translation>Print now</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="347"/>
        <source>Simpan PDF bagi hasil</source>
        <translation>Save the profit-sharing PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="347"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="359"/>
        <source>Isi profil desa dulu: kop surat PDF memakai nama desa.</source>
        <translation>Fill in the village profile first: the PDF letterhead uses the village name.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="371"/>
        <source>PDF tidak dapat disimpan: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/sharing_tab.py" line="373"/>
        <source>PDF bagi hasil disimpan di %1</source>
        <translation>Profit-sharing PDF saved to %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="73"/>
        <source>Pintasan keyboard</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="77"/>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="77"/>
        <source>Tombol</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="77"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/help.py" line="90"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="95"/>
        <source>Rekening %1</source>
        <translation>Statement of %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="95"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="98"/>
        <source>Dari tanggal</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/members_tab.py" line="99"/>
        <source>Sampai tanggal</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="43"/>
        <source>Status pelaporan</source>
        <translation>Reporting status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="44"/>
        <source>Desa yang paketnya untuk periode ini sudah digabung, kapan diterima, dan revisi yang datang sesudahnya. Baris merah: paket belum datang.</source>
        <translation>Villages whose package for this period has been merged, when it was received, and the revisions that came after it. Red rows: the package has not arrived.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="47"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="51"/>
        <source>Muat ulang</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="63"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="63"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="65"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="66"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="67"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="69"/>
        <source>Tanggal terima</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="71"/>
        <source>Urutan</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="73"/>
        <source>Revisi sesudahnya</source>
        <translation>Later revisions</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="75"/>
        <source>Peringatan</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="93"/>
        <source>Membaca status %1…</source>
        <translation>Reading the status of %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="107"/>
        <source>Belum ada desa terdaftar: gabungkan paket dengan &quot;Tambahkan desa yang belum terdaftar&quot;, atau daftarkan desa dengan desmig district villages add.</source>
        <translation>No villages registered yet: merge packages with &quot;Add villages not yet registered&quot;, or register villages with desmig district villages add.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/district/ui/status_page.py" line="110"/>
        <source>%1: %2 dari %3 desa sudah melapor (%4); %5 belum.</source>
        <translation>%1: %2 of %3 villages have reported (%4); %5 have not.</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="38"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="41"/>
        <source>Status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="43"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="46"/>
        <source>Dirujuk ke</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="47"/>
        <source>(pilih lembaga)</source>
        <translation>(choose an institution)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="48"/>
        <source>Bagaimana kasus ini selesai, mis. gaji sudah dibayar, sudah pulang</source>
        <translation>How the case was resolved, e.g. wages paid, has come home</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="50"/>
        <source>Hasil penyelesaian</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="53"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="54"/>
        <source>Ditulis di catatan tindakan (boleh kosong)</source>
        <translation>Written to the action notes (may be left empty)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/complaint_steps.py" line="61"/>
        <source>Status pengaduan: %1.</source>
        <translation>Complaint status: %1.</translation>
    </message>
</context>
<context>
    <name>StopGroupDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="106"/>
        <source>Hentikan %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="106"/>
        <source>Hentikan kelompok</source>
        <translation>Stop group</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="110"/>
        <source>Tanggal berhenti</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="111"/>
        <source>Alasan berhenti</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="112"/>
        <source>mis. bahan baku mahal, anggota kembali merantau</source>
        <translation>e.g. raw materials too expensive, members went abroad again</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/group_dialogs.py" line="117"/>
        <source>Kelompok dihentikan per %1.</source>
        <translation>Group stopped as of %1.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="39"/>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="39"/>
        <source>Ubah pelatihan</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="45"/>
        <source>Judul pelatihan</source>
        <translation>Training title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="46"/>
        <source>mis. Pelatihan pengolahan salak</source>
        <translation>e.g. Salak processing training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="47"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="49"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="51"/>
        <source>Nama penyelenggara</source>
        <translation>Organiser name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="52"/>
        <source>mis. BLK Wonosobo (wajib bila &apos;Lainnya&apos;)</source>
        <translation>e.g. BLK Wonosobo (required for &apos;Other&apos;)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="53"/>
        <source>Tanggal mulai</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="54"/>
        <source>Tanggal selesai</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="55"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="56"/>
        <source>mis. Balai Desa Kuripan</source>
        <translation>e.g. Kuripan village hall</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="57"/>
        <source>Kelompok diundang</source>
        <translation>Groups invited</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="62"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="95"/>
        <source>Pelatihan %1 disimpan.</source>
        <translation>Training %1 saved.</translation>
    </message>
</context>
<context>
    <name>TrainingsTab</name>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="143"/>
        <source>Tambah pelatihan</source>
        <translation>Add training</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="144"/>
        <source>Ubah kehadiran</source>
        <translation>Edit attendance</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="150"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="151"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="152"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="153"/>
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="154"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="155"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="164"/>
        <source>Ubah pelatihan…</source>
        <translation>Edit training…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="165"/>
        <source>Hapus pelatihan…</source>
        <translation>Delete training…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="173"/>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="187"/>
        <source>Pilih pelatihan untuk melihat siapa yang hadir.</source>
        <translation>Pick a training to see who attended.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="190"/>
        <source>Hadir dari kelompok ini: %1</source>
        <translation>Present from this group: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="190"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="205"/>
        <source>pelatihan %1 (%2)</source>
        <translation>training %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="206"/>
        <source>daftar hadir (%Ln orang)</source>
        <translation>
            <numerusform>attendance list (%Ln person)</numerusform>
            <numerusform>attendance list (%Ln people)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/production/ui/trainings_tab.py" line="207"/>
        <source>Pelatihan dihapus.</source>
        <translation>Training deleted.</translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="58"/>
        <source>%1–%2 th</source>
        <translation>%1–%2 yrs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="60"/>
        <source>min. %1 th</source>
        <translation>min. %1 yrs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="62"/>
        <source>maks. %1 th</source>
        <translation>max. %1 yrs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="64"/>
        <source>min. %1</source>
        <translation>min. %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="65"/>
        <source>Terbuka untuk semua</source>
        <translation>Open to all</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="69"/>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="69"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="73"/>
        <source>Calon PMI</source>
        <translation>Prospective PMI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="73"/>
        <source>Pemohon AK-1</source>
        <translation>AK-1 applicant</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="78"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="79"/>
        <source>Tempat</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="80"/>
        <source>Pemberi kerja</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="81"/>
        <source>Syarat</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="82"/>
        <source>Berlaku s.d.</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="84"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="90"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="91"/>
        <source>L/P</source>
        <translation>M/F</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="92"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="94"/>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="95"/>
        <source>Terdaftar sebagai</source>
        <translation>Registered as</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="96"/>
        <source>Telepon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="116"/>
        <source>Simpan PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="116"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="123"/>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="125"/>
        <source>Yang masih berlaku</source>
        <translation>Still valid</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="125"/>
        <source>Yang sudah kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="126"/>
        <source>Semua lowongan</source>
        <translation>All vacancies</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="130"/>
        <source>Cetak lembar informasi (PDF)</source>
        <translation>Print information sheet (PDF)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="131"/>
        <source>Lembar informasi migrasi aman untuk dibagikan kepada warga</source>
        <translation>Safe migration information sheet to hand out to residents</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="136"/>
        <source>Cetak papan lowongan (PDF)</source>
        <translation>Print vacancy board (PDF)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="137"/>
        <source>Daftar lowongan yang masih berlaku, untuk papan pengumuman</source>
        <translation>List of vacancies still valid, for the notice board</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="143"/>
        <source>Lowongan</source>
        <translation>Vacancies</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="144"/>
        <source>Lowongan baru…</source>
        <translation>New vacancy…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="145"/>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="183"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="146"/>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="185"/>
        <source>Hapus…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="154"/>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="220"/>
        <source>Pencari kerja yang cocok</source>
        <translation>Matching job seekers</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="205"/>
        <source>Lowongan (%1)</source>
        <translation>Vacancies (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="217"/>
        <source>Belum ada lowongan di daftar ini. Klik &quot;Lowongan baru…&quot; untuk mencatat lowongan dari Disnaker, BP2MI, atau sumber resmi lain.</source>
        <translation>No vacancies in this list yet. Click &quot;New vacancy…&quot; to record a vacancy from Disnaker, BP2MI or another official source.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="225"/>
        <source>Persyaratan: %1</source>
        <translation>Requirements: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="227"/>
        <source>Sumber: %1, diumumkan %2</source>
        <translation>Source: %1, announced %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="231"/>
        <source>Pencari kerja yang cocok (%1)</source>
        <translation>Matching job seekers (%1)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="232"/>
        <source>Belum ada pemohon AK-1 atau calon PMI yang memenuhi syarat %1.</source>
        <translation>No AK-1 applicant or prospective PMI meets the requirements of %1 yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="261"/>
        <source>lowongan %1</source>
        <translation>vacancy %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="266"/>
        <source>Tidak dapat dihapus</source>
        <translation>Cannot be deleted</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="262"/>
        <source>Lowongan %1 dihapus.</source>
        <translation>Vacancy %1 deleted.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="295"/>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="329"/>
        <source>Cetak PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="298"/>
        <source>Isi profil desa dulu: kop surat PDF memakai nama desa.</source>
        <translation>Fill in the village profile first: the PDF letterhead uses the village name.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="312"/>
        <source>PDF tidak dapat disimpan: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="314"/>
        <source>PDF disimpan di %1</source>
        <translation>PDF saved to %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancies_page.py" line="329"/>
        <source>Tidak ada lowongan yang masih berlaku untuk dicetak.</source>
        <translation>There are no valid vacancies to print.</translation>
    </message>
</context>
<context>
    <name>VacancyDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="21"/>
        <source>Ubah lowongan</source>
        <translation>Edit vacancy</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="21"/>
        <source>Lowongan baru</source>
        <translation>New vacancy</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="26"/>
        <source>Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="28"/>
        <source>Negara tujuan</source>
        <translation>Destination country</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="29"/>
        <source>mis. Taiwan</source>
        <translation>e.g. Taiwan</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="30"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="31"/>
        <source>mis. Operator pabrik elektronik</source>
        <translation>e.g. Electronics factory operator</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="32"/>
        <source>Pemberi kerja / P3MI</source>
        <translation>Employer / P3MI</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="33"/>
        <source>Persyaratan</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="34"/>
        <source>mis. sehat, tinggi minimal 150 cm, belum pernah bekerja di luar negeri</source>
        <translation>e.g. healthy, at least 150 cm tall, has never worked abroad</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="38"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="39"/>
        <source>Laki-laki atau perempuan</source>
        <translation>Male or female</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="40"/>
        <source>Umur paling muda</source>
        <translation>Minimum age</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="41"/>
        <source>mis. 18 (kosong: tidak dibatasi)</source>
        <translation>e.g. 18 (empty: no limit)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="42"/>
        <source>Umur paling tua</source>
        <translation>Maximum age</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="43"/>
        <source>mis. 35 (kosong: tidak dibatasi)</source>
        <translation>e.g. 35 (empty: no limit)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="47"/>
        <source>Pendidikan paling rendah</source>
        <translation>Minimum education</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="48"/>
        <source>Tidak disyaratkan</source>
        <translation>Not required</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="49"/>
        <source>Sumber informasi</source>
        <translation>Source of information</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="50"/>
        <source>mis. Disnaker Kabupaten, BP2MI, situs Karirhub</source>
        <translation>e.g. Regency Disnaker, BP2MI, the Karirhub website</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="51"/>
        <source>Tanggal diumumkan</source>
        <translation>Date announced</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="52"/>
        <source>Berlaku sampai</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/vacancy_dialog.py" line="89"/>
        <source>Lowongan %1 disimpan.</source>
        <translation>Vacancy %1 saved.</translation>
    </message>
</context>
<context>
    <name>VillageProfileBox</name>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="63"/>
        <source>Profil desa</source>
        <translation>Village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="70"/>
        <source>mis. 33.07.09.2001</source>
        <translation>e.g. 33.07.09.2001</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="72"/>
        <source>Kode Kemendagri</source>
        <translation>Kemendagri code</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="72"/>
        <source>Nama desa</source>
        <translation>Village name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="72"/>
        <source>Kecamatan</source>
        <translation>Kecamatan (district)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="73"/>
        <source>Kabupaten</source>
        <translation>Kabupaten (regency)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="73"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="74"/>
        <source>Kepala desa</source>
        <translation>Kepala Desa (village head)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="74"/>
        <source>Alamat kantor desa</source>
        <translation>Village office address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="79"/>
        <source>Simpan profil desa</source>
        <translation>Save village profile</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="102"/>
        <source>Belum tersimpan: perbaiki isian yang bertanda merah.</source>
        <translation>Not saved yet: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="107"/>
        <source>Profil desa tersimpan.</source>
        <translation>Village profile saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/shell/village_settings.py" line="108"/>
        <source>Profil desa %1 tersimpan.</source>
        <translation>Village profile of %1 saved.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="59"/>
        <source>Catat kunjungan</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="59"/>
        <source>Simpan kunjungan</source>
        <translation>Save visit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="69"/>
        <source>Jam kedatangan tamu</source>
        <translation>Time the guest arrived</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="73"/>
        <source>Tanggal dan jam</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="77"/>
        <source>Warga terdaftar</source>
        <translation>Registered resident</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="78"/>
        <source>Tamu dari luar daftar penduduk</source>
        <translation>Guest not on the population register</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="85"/>
        <source>Pengunjung</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="89"/>
        <source>Warga</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="90"/>
        <source>Nama tamu</source>
        <translation>Guest&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="91"/>
        <source>Nomor identitas</source>
        <translation>Identity number</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="92"/>
        <source>NIK KTP, nomor paspor atau SIM yang ditunjukkan</source>
        <translation>KTP NIK, passport or driving licence number shown</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="93"/>
        <source>Desa asal</source>
        <translation>Home village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="94"/>
        <source>mis. Desa Sumberejo, Kec. Mojotengah</source>
        <translation>e.g. Sumberejo Village, Mojotengah District</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="95"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="96"/>
        <source>(pilih keperluan)</source>
        <translation>(choose a purpose)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="97"/>
        <source>Dilayani oleh</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="98"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="144"/>
        <source>Kunjungan dicatat di buku tamu.</source>
        <translation>Visit recorded in the guest book.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="161"/>
        <source>Tanggal belum lengkap atau tidak ada: tulis seperti 22/11/2026.</source>
        <translation>The date is incomplete or does not exist: type it like 22/11/2026.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visit_dialog.py" line="163"/>
        <source>Pilih warga dari hasil pencarian (ketik nama atau NIK), atau pilih “Tamu dari luar daftar penduduk”.</source>
        <translation>Choose a resident from the search results (type a name or NIK), or choose “Guest not on the population register”.</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="69"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="70"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="71"/>
        <source>Pengunjung</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="72"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="72"/>
        <source>Warga</source>
        <translation>Villager</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="72"/>
        <source>Tamu luar</source>
        <translation>Outsider</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="74"/>
        <source>Alamat / desa asal</source>
        <translation>Address / home village</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="75"/>
        <source>No. identitas</source>
        <translation>ID no.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="76"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="77"/>
        <source>Dilayani oleh</source>
        <translation>Served by</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="78"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="97"/>
        <source>Cari nama tamu, dusun atau desa asal, petugas…</source>
        <translation>Search guest&apos;s name, dusun or home village, officer…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="100"/>
        <source>Semua keperluan</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="105"/>
        <source>Semua tanggal</source>
        <translation>All dates</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="105"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="105"/>
        <source>Bulan lalu</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="106"/>
        <source>Tahun ini</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="111"/>
        <source>Catat kunjungan</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="112"/>
        <source>Catat tamu yang datang ke layanan migrasi (Ctrl+N)</source>
        <translation>Record a guest who came to the migration service (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="113"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="114"/>
        <source>Hapus kunjungan yang salah catat (bisa diurungkan)</source>
        <translation>Delete a visit recorded by mistake (can be undone)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="121"/>
        <source>Ekspor daftar</source>
        <translation>Export list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="122"/>
        <source>Ekspor baris yang tampil sekarang ke Excel (pencarian dan saringan berlaku)</source>
        <translation>Export the rows shown now to Excel (search and filters apply)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="135"/>
        <source>Hapus kunjungan…</source>
        <translation>Delete visit…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="155"/>
        <source>%Ln kunjungan</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="188"/>
        <source>Buku Tamu</source>
        <translation>Guest Book</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="214"/>
        <source>kunjungan %1 tanggal %2</source>
        <translation>visit of %1 on %2</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/service_centre/ui/visits_page.py" line="215"/>
        <source>Kunjungan %1 dihapus.</source>
        <translation>Visit of %1 deleted.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="86"/>
        <source>Tarik simpanan sukarela %1</source>
        <translation>Withdraw voluntary savings %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="87"/>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="89"/>
        <source>Saldo sukarela sekarang %1. Simpanan pokok dan wajib tidak dapat ditarik selama masih anggota.</source>
        <translation>Voluntary balance now %1. Principal and mandatory savings cannot be withdrawn while a member.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="91"/>
        <source>Tanggal tarik</source>
        <translation>Withdrawal date</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="92"/>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="98"/>
        <source>Jumlah</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/money_dialogs.py" line="93"/>
        <source>Catatan</source>
        <translation>Note</translation>
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
    <name>YearEndTab</name>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="31"/>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="32"/>
        <source>Tutup buku</source>
        <translation>Close the books</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="35"/>
        <source>Tahun buku</source>
        <translation>Financial year</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="39"/>
        <source>Tutup buku…</source>
        <translation>Close the books…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="53"/>
        <source>Pendapatan jasa pinjaman</source>
        <translation>Loan fee income</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="53"/>
        <source>Pendapatan denda</source>
        <translation>Late fee income</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="54"/>
        <source>Biaya</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="54"/>
        <source>SHU (sisa hasil usaha)</source>
        <translation>SHU (year-end surplus)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="55"/>
        <source>Dibagikan ke anggota</source>
        <translation>Shared out to members</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="55"/>
        <source>Cadangan dana</source>
        <translation>Fund reserve</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="66"/>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="67"/>
        <source>Dasar simpanan</source>
        <translation>Savings basis</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="68"/>
        <source>Dasar jasa dibayar</source>
        <translation>Fees paid basis</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="69"/>
        <source>Bagian SHU</source>
        <translation>SHU share</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="91"/>
        <source>Tahun buku yang sudah ditutup: %1</source>
        <translation>Financial years closed: %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="92"/>
        <source>%1 oleh %2 pada %3</source>
        <translation>%1 by %2 on %3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="94"/>
        <source>Belum ada tahun buku yang ditutup.</source>
        <translation>No financial year closed yet.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="119"/>
        <source>Jasa simpanan %1 % · jasa pinjaman %2 % · cadangan %3 %</source>
        <translation>Savings share %1 % · loan fee share %2 % · reserve %3 %</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="123"/>
        <source>Sudah ditutup</source>
        <translation>Already closed</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="123"/>
        <source>Pratinjau: belum dibukukan</source>
        <translation>Preview: not posted yet</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="124"/>
        <source>Tutup buku %1…</source>
        <translation>Close the books for %1…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="131"/>
        <source>Tutup buku %1 dana %2?

SHU %3 dibukukan pada 31/12/%1: %4 ke simpanan sukarela %5 anggota, %6 ke cadangan. Sesudah itu catatan bertanggal %1 tidak dapat ditambah, diubah atau dibatalkan.</source>
        <translation>Close the books for %1 of fund %2?

SHU %3 is posted on 31/12/%1: %4 to the voluntary savings of %5 members, %6 to the reserve. After that, entries dated %1 cannot be added, changed or reversed.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/savings/ui/yearend_tab.py" line="145"/>
        <source>Tahun buku %1 ditutup.</source>
        <translation>Financial year %1 closed.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="151"/>
        <source>Urungkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="153"/>
        <source>Batalkan yang baru saja dilakukan (Ctrl+Z)</source>
        <translation>Undo what was just done (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="194"/>
        <source>Hapus %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="196"/>
        <source>Ikut terhapus:</source>
        <translation>Also deleted:</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="197"/>
        <source>Bisa diurungkan sesudahnya, atau dipulihkan dari daftar Terhapus.</source>
        <translation>This can be undone right afterwards, or restored from the Deleted records list.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="202"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/feedback.py" line="203"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <location filename="../../desmig_desktop/ui/files.py" line="23"/>
        <source>Ganti berkas</source>
        <translation>Replace file</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/files.py" line="24"/>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/files.py" line="25"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/files.py" line="37"/>
        <source>Ganti berkas %1?

Berkas itu sudah ada di %2; isinya akan diganti.</source>
        <translation>Replace the file %1?

That file already exists in %2; its contents will be replaced.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desmig_desktop/ui/files.py" line="49"/>
        <source>Ganti %Ln berkas yang sudah ada di %1?

%2</source>
        <translation>
            <numerusform>Replace %Ln existing file in %1?

%2</numerusform>
            <numerusform>Replace %Ln existing files in %1?

%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="120"/>
        <source>Pilih semua</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="121"/>
        <source>Centang atau hapus centang semua (Ctrl+A)</source>
        <translation>Tick or untick all (Ctrl+A)</translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="97"/>
        <source>%1: tulis angka Rupiah, mis. 8000000 atau Rp8.000.000.</source>
        <translation>%1: type an amount in Rupiah, e.g. 8000000 or Rp8.000.000.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="101"/>
        <source>%1: tulis angka bulat, mis. 25.</source>
        <translation>%1: type a whole number, e.g. 25.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="281"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/forms.py" line="287"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>household_dialogs</name>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="50"/>
        <source>mis. Jl. Salak No. 3</source>
        <translation>e.g. Jl. Salak No. 3</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="51"/>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="52"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="53"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="54"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="70"/>
        <source>Ubah alamat KK %1</source>
        <translation>Edit address of KK %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="80"/>
        <source>Alamat KK %1 tersimpan.</source>
        <translation>Address of KK %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="90"/>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="114"/>
        <source>— pilih —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="100"/>
        <source>Pindahkan %1 ke KK lain</source>
        <translation>Move %1 to another KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="101"/>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="104"/>
        <source>Dari KK %1 (%2). Cari KK tujuan dengan No. KK atau nama anggotanya.</source>
        <translation>From KK %1 (%2). Find the destination KK by its No. KK or a member’s name.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="107"/>
        <source>No. KK atau nama…</source>
        <translation>No. KK or name…</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="109"/>
        <source>Cari KK</source>
        <translation>Find KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="112"/>
        <source>KK tujuan</source>
        <translation>Destination KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="115"/>
        <source>Hubungan di KK tujuan</source>
        <translation>Relationship in the destination KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="120"/>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="163"/>
        <source>Kepala keluarga baru KK lama</source>
        <translation>New head of the old KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="139"/>
        <source>%1 dipindahkan ke KK lain.</source>
        <translation>%1 moved to another KK.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="146"/>
        <source>Pecah KK %1</source>
        <translation>Split KK %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="147"/>
        <source>Pecah KK</source>
        <translation>Split KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="153"/>
        <source>Anggota yang pindah</source>
        <translation>Members who move</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="155"/>
        <source>16 angka sesuai Kartu Keluarga baru</source>
        <translation>16 digits as on the new family card</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="157"/>
        <source>No. KK baru</source>
        <translation>New No. KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="160"/>
        <source>Kepala keluarga KK baru</source>
        <translation>Head of the new KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="164"/>
        <source>Hanya bila kepala keluarga KK lama ikut pindah</source>
        <translation>Only when the head of the old KK moves too</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="176"/>
        <source>KK baru %1 dibuat.</source>
        <translation>New KK %1 created.</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="186"/>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="193"/>
        <source>Hapus KK</source>
        <translation>Delete KK</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="188"/>
        <source>KK %1</source>
        <translation>KK %1</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/registry/ui/household_dialogs.py" line="200"/>
        <source>KK %1 dihapus.</source>
        <translation>KK %1 deleted.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../desmig_desktop/ui/lists.py" line="285"/>
        <source>Cari di daftar</source>
        <translation>Search the list</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/lists.py" line="287"/>
        <source>Tambah baru</source>
        <translation>Add new</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/lists.py" line="297"/>
        <source>Buka baris terpilih</source>
        <translation>Open the selected row</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../desmig_desktop/ui/unsaved.py" line="116"/>
        <source>Buang perubahan?</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/unsaved.py" line="117"/>
        <source>Ada isian yang belum disimpan. Buang perubahan dan tutup formulir?</source>
        <translation>Some entries are not saved. Discard the changes and close the form?</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/unsaved.py" line="118"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desmig_desktop/ui/unsaved.py" line="118"/>
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../desmig_desktop/ui/widgets.py" line="169"/>
        <source>%1 berisi 16 angka, seperti NIK atau No. KK: periksa apakah isian ini masuk ke kolom yang benar.</source>
        <translation>%1 contains 16 digits, like a NIK or No. KK: check that this entry went into the right field.</translation>
    </message>
</context>
</TS>
