package id.serasan.portal.internal.demo;

import id.serasan.platform.api.ProblemException;
import id.serasan.portal.internal.content.ContentService;
import id.serasan.portal.internal.content.Item;
import id.serasan.portal.internal.content.ItemInput;
import id.serasan.portal.internal.content.Kind;
import id.serasan.portal.internal.content.Media;
import id.serasan.portal.internal.content.Publication;
import id.serasan.portal.internal.media.MediaService;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code ./serasan --demo}: fills an EMPTY portal with realistic content — news with pictures, announcements, the
 * service catalogue with its standards, downloads, the profile, contact and maklumat pages — every item marked as
 * demo (the site says so on each), because it is not the agency's real public information.
 */
@Component(service = DemoContent.class)
public class DemoContent {
    static final String ACTOR = "demo";
    private final ContentService content;
    private final MediaService media;

    /** What was created. */
    public record Result(int items, int media) {
    }

    @Activate
    public DemoContent(@Reference ContentService content, @Reference MediaService media) {
        this.content = content;
        this.media = media;
    }

    public Result load() throws IOException {
        if (!content.empty()) {
            throw ProblemException.conflict("Portal sudah berisi konten; demo hanya mengisi portal kosong / The portal "
                    + "already holds content; the demo fills only an empty portal");
        }
        Counter c = new Counter();
        Instant now = Instant.now();
        pages(c, now);
        services(c, now);
        news(c, now);
        announcements(c, now);
        downloads(c, now);
        return new Result(c.items, c.media);
    }

    private static final class Counter {
        int items;
        int media;
    }

    private Item add(Counter c, Kind kind, String slug, String titleId, String titleEn, String summaryId,
                     String summaryEn, String bodyId, String bodyEn, String category, Long imageId, Long fileId,
                     Map<String, String> fields, int order, Instant at) {
        Item i = content.create(ACTOR, new ItemInput(kind, slug, titleId, titleEn, summaryId, summaryEn, bodyId, bodyEn,
                category, imageId, fileId, fields, order, null), true);
        c.items++;
        return content.publish(ACTOR, i.id(), new Publication(at, i.version()));
    }

    private Media picture(Counter c, long seed, String altId, String altEn) throws IOException {
        Media m = media.upload(ACTOR, "foto-demo-" + seed + ".png", DemoPictures.picture(seed, 1800, 1000), altId, altEn);
        c.media++;
        return m;
    }

    private void pages(Counter c, Instant now) {
        Instant at = now.minus(Duration.ofDays(120));
        add(c, Kind.PAGE, "profil", "Profil BKPSDM Kabupaten Muara Enim", "About the agency",
                "Visi, misi, tugas dan fungsi, struktur organisasi dan pimpinan Badan Kepegawaian dan Pengembangan "
                        + "Sumber Daya Manusia.",
                "Vision, mission, duties, organisation and leadership of the civil service agency.",
                """
                *Isi halaman ini adalah contoh untuk demo.*

                ## Visi

                Terwujudnya aparatur sipil negara Kabupaten Muara Enim yang profesional, berintegritas dan melayani.

                ## Misi

                1. Menyelenggarakan manajemen ASN berbasis sistem merit.
                2. Meningkatkan kompetensi ASN melalui pengembangan yang terencana.
                3. Memberikan layanan kepegawaian yang cepat, mudah dan terbuka.
                4. Mengelola data kepegawaian yang akurat dan terpadu.

                ## Tugas dan fungsi

                BKPSDM membantu Bupati dalam urusan kepegawaian, pendidikan dan pelatihan: perencanaan dan pengadaan
                pegawai, mutasi dan promosi, pengembangan kompetensi, penilaian kinerja, disiplin, serta pengelolaan
                data dan informasi kepegawaian.

                ## Struktur organisasi

                | Unsur | Bidang |
                |---|---|
                | Kepala Badan | Sekretariat |
                | Bidang | Pengadaan, Pemberhentian dan Informasi |
                | Bidang | Mutasi dan Promosi |
                | Bidang | Pengembangan Kompetensi |
                | Bidang | Penilaian Kinerja dan Penghargaan |

                ## Pimpinan

                - Kepala Badan: *(nama pejabat diisi oleh BKPSDM)*
                - Sekretaris: *(nama pejabat diisi oleh BKPSDM)*
                """,
                """
                *This page is demo content.*

                ## Vision

                Civil servants of Muara Enim Regency who are professional, trustworthy and serve the public.

                ## Mission

                1. Run civil service management on the merit system.
                2. Raise civil servants' competence through planned development.
                3. Provide personnel services that are fast, easy and open.
                4. Keep personnel data accurate and integrated.

                ## Duties

                The agency assists the Regent in personnel, education and training matters: planning and recruitment,
                transfers and promotions, competence development, performance appraisal, discipline, and personnel
                data and information.

                ## Leadership

                - Head of the agency: *(name filled in by the agency)*
                - Secretary: *(name filled in by the agency)*
                """, null, null, null, Map.of(), 1, at);
        add(c, Kind.PAGE, "kontak", "Kontak dan lokasi", "Contact and location",
                "Cara menghubungi BKPSDM dan datang ke kantor layanan.", "How to reach the agency and visit its office.",
                """
                *Isi halaman ini adalah contoh untuk demo.*

                Datang langsung ke loket layanan pada jam layanan, atau hubungi kami lewat telepon dan surel di
                bawah. Bawa kartu pegawai dan berkas asli bila mengurus layanan.

                ## Pengaduan

                Pengaduan, saran dan masukan dapat disampaikan di loket, lewat telepon, surel, atau kanal SP4N-LAPOR!
                di [lapor.go.id](https://www.lapor.go.id).
                """,
                """
                *This page is demo content.*

                Visit the service desk during service hours, or reach us by telephone and e-mail below. Bring your
                staff card and the original documents when you apply for a service.

                ## Complaints

                Complaints and suggestions are taken at the desk, by telephone, by e-mail, or through the national
                SP4N-LAPOR! channel at [lapor.go.id](https://www.lapor.go.id).
                """, null, null, null, Map.of(), 2, at);
        add(c, Kind.PAGE, "maklumat-pelayanan", "Maklumat pelayanan", "Service pledge",
                "Janji layanan BKPSDM kepada ASN dan masyarakat.", "The agency's service pledge.",
                """
                *Contoh untuk demo.*

                > Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah
                > ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai peraturan
                > perundang-undangan yang berlaku.
                """,
                """
                *Demo content.*

                > We pledge to provide our services according to the published service standards, and if we fail
                > this pledge we accept the sanctions the law provides.
                """, null, null, null, Map.of(), 3, at);
    }

    private void services(Counter c, Instant now) {
        Instant at = now.minus(Duration.ofDays(100));
        service(c, at, 1, "kenaikan-pangkat", "Kenaikan pangkat", "Promotion in rank",
                "Usul kenaikan pangkat reguler dan pilihan, periode April dan Oktober.",
                "Regular and merit promotions, in the April and October rounds.",
                "SK pangkat terakhir\nSKP dua tahun terakhir dengan predikat paling rendah Baik\nSK jabatan (untuk kenaikan pangkat pilihan)\nIjazah dan transkrip (untuk penyesuaian ijazah)",
                "Unit mengusulkan lewat operator kepegawaian paling lambat dua bulan sebelum periode\nBKPSDM memverifikasi berkas\nUsul dikirim ke BKN melalui SIASN\nSK dan pertimbangan teknis BKN diterima\nSK diserahkan kepada pegawai",
                "Periode 1 April dan 1 Oktober; verifikasi BKPSDM 14 hari kerja", "Tidak dipungut biaya",
                "Surat keputusan kenaikan pangkat",
                "PP 11 Tahun 2017 tentang Manajemen PNS jo. PP 17 Tahun 2020\nPeraturan BKN Nomor 4 Tahun 2023");
        service(c, at, 2, "pensiun", "Pensiun", "Retirement",
                "Pensiun batas usia (BUP), atas permintaan sendiri, dan pensiun janda/duda.",
                "Retirement at the age limit, on request, and survivors' pensions.",
                "SK CPNS dan SK pangkat terakhir\nDaftar susunan keluarga\nPas foto terbaru\nSurat pernyataan tidak sedang menjalani hukuman disiplin",
                "Berkas diajukan 12 bulan sebelum batas usia pensiun\nBKPSDM memverifikasi dan mengusulkan ke BKN\nSK pensiun terbit dan diserahkan bersama berkas Taspen",
                "Diusulkan 12 bulan sebelum BUP; SK paling lambat 1 bulan sebelum TMT pensiun", "Tidak dipungut biaya",
                "SK pemberhentian dengan hak pensiun",
                "UU 20 Tahun 2023 tentang ASN\nPP 11 Tahun 2017 jo. PP 17 Tahun 2020");
        service(c, at, 3, "kenaikan-gaji-berkala", "Kenaikan gaji berkala (KGB)", "Periodic salary step (KGB)",
                "Kenaikan gaji setiap dua tahun masa kerja golongan.", "The salary step every two years of service in a grade.",
                "SK pangkat terakhir\nSK KGB terakhir\nSKP tahun terakhir",
                "Operator unit mengajukan dua bulan sebelum TMT\nBKPSDM memeriksa masa kerja golongan\nSurat pemberitahuan KGB ditandatangani",
                "10 hari kerja", "Tidak dipungut biaya", "Surat pemberitahuan kenaikan gaji berkala",
                "PP 15 Tahun 2019 tentang Perubahan Kedelapan Belas atas PP 7 Tahun 1977");
        service(c, at, 4, "cuti", "Cuti pegawai", "Leave",
                "Cuti tahunan, sakit, melahirkan, alasan penting, besar dan di luar tanggungan negara.",
                "Annual, sick, maternity, important-reason, long and unpaid leave.",
                "Formulir permintaan cuti yang disetujui atasan langsung\nSurat keterangan dokter (cuti sakit)\nSurat keterangan (cuti alasan penting)",
                "Pegawai mengisi formulir\nAtasan langsung memberi pertimbangan\nPejabat berwenang menetapkan surat izin cuti",
                "3 hari kerja", "Tidak dipungut biaya", "Surat izin cuti",
                "PP 11 Tahun 2017 jo. PP 17 Tahun 2020\nPeraturan BKN Nomor 7 Tahun 2021 tentang Gaji, Tunjangan dan Fasilitas PNS");
        service(c, at, 5, "mutasi", "Mutasi dan pindah tugas", "Transfer",
                "Pindah antarunit di lingkungan Pemkab dan pindah antarinstansi.",
                "Transfers between units of the regency and to other agencies.",
                "Surat permohonan\nPersetujuan kepala unit asal dan unit tujuan\nSK pangkat dan jabatan terakhir\nSKP dua tahun terakhir",
                "Permohonan diajukan ke BKPSDM\nPertimbangan Baperjakat\nSK mutasi ditetapkan",
                "30 hari kerja", "Tidak dipungut biaya", "SK mutasi / pindah tugas",
                "UU 20 Tahun 2023 tentang ASN\nPeraturan BKN Nomor 5 Tahun 2019 tentang Tata Cara Pelaksanaan Mutasi");
        service(c, at, 6, "perbaikan-data", "Perbaikan data kepegawaian", "Correcting personnel data",
                "Mengusulkan perbaikan data diri, riwayat pangkat, jabatan, pendidikan atau keluarga.",
                "Proposing a correction of your personal data or any history.",
                "Dokumen pendukung yang sah (SK, ijazah, akta, kartu keluarga)",
                "Masuk ke Serasan dan ajukan usul perbaikan dengan lampiran\nOperator BKPSDM memeriksa usul\nData diperbaiki atau usul dikembalikan dengan alasan",
                "5 hari kerja", "Tidak dipungut biaya", "Data kepegawaian yang benar di Serasan dan SIASN",
                "Perpres 39 Tahun 2019 tentang Satu Data Indonesia\nPeraturan BKN Nomor 1 Tahun 2021");
        service(c, at, 7, "kartu-pegawai", "Kartu pegawai dan Karis/Karsu", "Staff card and spouse card",
                "Kartu pegawai elektronik dan kartu istri/suami.", "Electronic staff card and spouse card.",
                "SK CPNS dan SK PNS\nAkta nikah (Karis/Karsu)\nPas foto",
                "Berkas diajukan ke BKPSDM\nBKPSDM mengusulkan ke BKN\nKartu diterima dan diserahkan",
                "30 hari kerja setelah berkas lengkap", "Tidak dipungut biaya", "Kartu pegawai / Karis / Karsu",
                "Peraturan Kepala BKN Nomor 7 Tahun 2017");
        service(c, at, 8, "izin-belajar", "Izin belajar dan tugas belajar", "Study permits",
                "Izin melanjutkan pendidikan di luar jam kerja atau tugas belajar.",
                "Permission to study outside working hours, or study leave.",
                "Surat permohonan\nSurat keterangan diterima dari perguruan tinggi terakreditasi\nPersetujuan atasan\nSKP tahun terakhir",
                "Permohonan diajukan ke BKPSDM\nVerifikasi kesesuaian program studi dengan jabatan\nSurat izin diterbitkan",
                "7 hari kerja", "Tidak dipungut biaya", "Surat izin belajar / SK tugas belajar",
                "PP 11 Tahun 2017 jo. PP 17 Tahun 2020");
    }

    private void service(Counter c, Instant at, int order, String slug, String titleId, String titleEn, String summaryId,
                         String summaryEn, String requirements, String procedure, String time, String fee,
                         String product, String legal) {
        Map<String, String> f = new HashMap<>();
        f.put("requirements.id", requirements);
        f.put("procedure.id", procedure);
        f.put("timeLimit.id", time);
        f.put("fee.id", fee);
        f.put("product.id", product);
        f.put("complaints.id", "Loket BKPSDM, telepon dan surel kantor, atau SP4N-LAPOR! (lapor.go.id)");
        f.put("legalBasis.id", legal);
        f.put("fee.en", fee.equals("Tidak dipungut biaya") ? "Free of charge" : fee);
        add(c, Kind.SERVICE, slug, titleId, titleEn, summaryId, summaryEn,
                "*Standar pelayanan ini adalah contoh untuk demo.*", "*This service standard is demo content.*",
                null, null, null, f, order, at);
    }

    private void news(Counter c, Instant now) throws IOException {
        String[][] news = {
                {"pelantikan-pejabat-administrator", "Bupati lantik 42 pejabat administrator dan pengawas",
                        "Regent installs 42 administrators and supervisors", "Kegiatan",
                        "Pelantikan berlangsung di Pendopoan Rumah Dinas Bupati dan diikuti pejabat yang baru dipromosikan dan dirotasi."},
                {"seleksi-pppk-tahap-dua", "Seleksi PPPK tahap II: 1.250 formasi guru dan tenaga kesehatan",
                        "Second PPPK selection round: 1,250 teacher and health posts", "Kebijakan",
                        "Pendaftaran dibuka melalui portal SSCASN; BKPSDM membuka posko bantuan di kantor."},
                {"pelatihan-kepemimpinan-pengawas", "Angkatan III Pelatihan Kepemimpinan Pengawas dibuka",
                        "Third supervisory leadership training class opens", "Pengembangan Kompetensi",
                        "Empat puluh peserta mengikuti pelatihan selama empat bulan dengan proyek perubahan di unit masing-masing."},
                {"layanan-kenaikan-pangkat-oktober", "Usul kenaikan pangkat periode Oktober ditutup 31 Juli",
                        "October promotion round closes on 31 July", "Layanan",
                        "Operator kepegawaian diminta melengkapi berkas di SIASN sebelum batas waktu."},
                {"apel-hari-kesadaran-nasional", "Apel Hari Kesadaran Nasional diikuti 1.500 ASN",
                        "1,500 civil servants at the National Awareness Day assembly", "Kegiatan",
                        "Bupati mengingatkan netralitas ASN dan disiplin jam kerja."},
                {"pemutakhiran-data-mandiri", "Pemutakhiran data mandiri ASN diperpanjang",
                        "Self-service data update extended", "Layanan",
                        "ASN yang belum memperbarui riwayat pendidikan dan keluarga masih dapat melakukannya bulan ini."},
                {"sosialisasi-manajemen-kinerja", "Sosialisasi manajemen kinerja PermenPANRB 6/2022",
                        "Briefing on performance management (PermenPANRB 6/2022)", "Pengembangan Kompetensi",
                        "Pejabat penilai kinerja dari 37 perangkat daerah mengikuti sosialisasi penyusunan SKP."},
                {"penghargaan-satya-lencana", "212 ASN terima Satyalancana Karya Satya",
                        "212 civil servants receive the Karya Satya long-service medal", "Kegiatan",
                        "Penghargaan diberikan untuk masa pengabdian 10, 20 dan 30 tahun."},
                {"uji-kompetensi-jabatan-fungsional", "Uji kompetensi kenaikan jenjang jabatan fungsional",
                        "Competence tests for functional career steps", "Pengembangan Kompetensi",
                        "Ujian berbasis komputer digelar di UPT BKN Palembang untuk 86 peserta."},
                {"layanan-konsultasi-daring", "Konsultasi kepegawaian kini bisa lewat Serasan",
                        "Personnel consultations now through Serasan", "Layanan",
                        "ASN dapat mengajukan usul perbaikan data dan memantau statusnya tanpa datang ke kantor."},
                {"evaluasi-spbe", "Evaluasi SPBE: layanan kepegawaian naik ke tingkat 3",
                        "E-government evaluation: personnel services reach level 3", "Kebijakan",
                        "Layanan transaksi dengan pelacakan status menjadi dasar kenaikan nilai indikator layanan kepegawaian."},
                {"rapat-koordinasi-operator", "Rapat koordinasi operator kepegawaian se-kabupaten",
                        "Coordination meeting of unit personnel operators", "Kegiatan",
                        "Operator dari seluruh perangkat daerah membahas jadwal layanan dan pemutakhiran data."}};
        for (int i = 0; i < news.length; i++) {
            String[] n = news[i];
            Media pic = picture(c, 100 + i, "Ilustrasi demo: perbukitan dan gedung kantor untuk berita \"" + n[1] + "\"",
                    "Demo illustration: hills and an office building for the news item \"" + n[2] + "\"");
            add(c, Kind.NEWS, n[0], n[1], n[2], n[4], null,
                    "*Berita ini adalah contoh untuk demo.*\n\n" + n[4] + "\n\n"
                            + "Kepala BKPSDM menyampaikan bahwa kegiatan ini merupakan bagian dari upaya mewujudkan "
                            + "ASN yang profesional dan melayani. \"Kami ingin setiap pegawai mendapat layanan yang "
                            + "cepat dan jelas,\" ujarnya.\n\n## Langkah berikutnya\n\n"
                            + "- Informasi lanjutan diumumkan di laman [Pengumuman](/pengumuman).\n"
                            + "- Pertanyaan dapat disampaikan ke loket layanan BKPSDM.",
                    "*This news item is demo content.*\n\n" + n[2] + ".", n[3], pic.id(), null, Map.of(), 0,
                    now.minus(Duration.ofDays(3L + i * 6L)).minus(Duration.ofHours(i)));
        }
    }

    private void announcements(Counter c, Instant now) {
        String[][] a = {
                {"seleksi-terbuka-jpt-pratama", "Seleksi terbuka jabatan pimpinan tinggi pratama 2026",
                        "Open selection for senior executive posts 2026", "Seleksi",
                        "Dibuka seleksi terbuka untuk tiga jabatan kepala dinas. Pendaftaran 1–14 hari kalender sejak pengumuman ini."},
                {"jadwal-layanan-libur-akhir-tahun", "Jadwal layanan selama cuti bersama akhir tahun",
                        "Service schedule over the year-end collective leave", "Layanan",
                        "Loket layanan tutup pada hari libur nasional dan cuti bersama; layanan daring di Serasan tetap berjalan."},
                {"hasil-uji-kompetensi", "Hasil uji kompetensi jabatan fungsional periode II",
                        "Results of the second functional competence tests", "Hasil",
                        "Daftar peserta yang lulus dapat dilihat di lampiran pengumuman di loket BKPSDM."},
                {"batas-penyusunan-skp", "Batas penyusunan SKP tahun berjalan: 31 Januari",
                        "Deadline for this year's performance plans: 31 January", "Kinerja",
                        "Seluruh ASN menyusun SKP bersama atasan langsung paling lambat 31 Januari."},
                {"pemutakhiran-data-keluarga", "Pemutakhiran data keluarga untuk tunjangan",
                        "Updating family data for allowances", "Layanan",
                        "ASN yang menikah, bercerai atau memiliki anak baru diminta mengusulkan perbaikan data keluarga."}};
        for (int i = 0; i < a.length; i++) {
            String[] n = a[i];
            add(c, Kind.ANNOUNCEMENT, n[0], n[1], n[2], n[4], null,
                    "*Pengumuman ini adalah contoh untuk demo.*\n\n" + n[4]
                            + "\n\nInformasi lebih lanjut: loket layanan BKPSDM pada jam layanan.",
                    "*This announcement is demo content.*\n\n" + n[2] + ".", n[3], null, null, Map.of(), 0,
                    now.minus(Duration.ofDays(1L + i * 9L)));
        }
    }

    private void downloads(Counter c, Instant now) {
        String[][] d = {
                {"pp-11-2017-manajemen-pns", "PP Nomor 11 Tahun 2017 tentang Manajemen PNS", "Government Regulation 11/2017 on Civil Servant Management", "Peraturan", "11 Tahun 2017", "2017"},
                {"pp-94-2021-disiplin-pns", "PP Nomor 94 Tahun 2021 tentang Disiplin PNS", "Government Regulation 94/2021 on Civil Servant Discipline", "Peraturan", "94 Tahun 2021", "2021"},
                {"permenpanrb-6-2022-kinerja", "PermenPANRB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai ASN", "Ministerial Regulation 6/2022 on Performance Management", "Peraturan", "6 Tahun 2022", "2022"},
                {"permenpanrb-14-2017-skm", "PermenPANRB Nomor 14 Tahun 2017 tentang Survei Kepuasan Masyarakat", "Ministerial Regulation 14/2017 on the Satisfaction Survey", "Peraturan", "14 Tahun 2017", "2017"},
                {"formulir-permintaan-cuti", "Formulir permintaan dan pemberian cuti", "Leave request form", "Formulir", "", "2026"},
                {"formulir-usul-perbaikan-data", "Formulir usul perbaikan data kepegawaian", "Personnel data correction form", "Formulir", "", "2026"}};
        for (int i = 0; i < d.length; i++) {
            String[] x = d[i];
            Media file = media.upload(ACTOR, x[0] + ".pdf", DemoPictures.pdf(x[1]), null, null);
            c.media++;
            Map<String, String> f = new HashMap<>();
            if (!x[4].isEmpty()) {
                f.put("number.id", x[4]);
            }
            f.put("year.id", x[5]);
            add(c, Kind.DOWNLOAD, x[0], x[1], x[2], "Berkas contoh untuk demo (bukan salinan resmi).",
                    "Demo file (not an official copy).", null, null, x[3], null, file.id(), f, i,
                    now.minus(Duration.ofDays(60L + i)));
        }
    }
}
