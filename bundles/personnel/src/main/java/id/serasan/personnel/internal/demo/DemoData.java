package id.serasan.personnel.internal.demo;

import id.serasan.personnel.api.FunctionalLevel;
import id.serasan.personnel.api.PositionType;
import id.serasan.personnel.api.Rank;
import id.serasan.personnel.internal.io.Column;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic demo data: Muara Enim's organisation (public OPD and kecamatan names) and a chosen number of
 * employees with valid NIPs, realistic rank, age and position distributions, and full histories (ranks, positions,
 * education, leadership training, family). The same seed and size always give the same data, so tests and
 * benchmarks can rely on it. Dates are relative to a fixed reference day, {@link #REFERENCE}.
 */
public final class DemoData {
    /** The day the demo data is "as of". */
    public static final LocalDate REFERENCE = LocalDate.of(2026, 7, 1);
    private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;

    /** A unit to create. */
    public record DemoUnit(String code, String name, String parentCode, double latitude, double longitude) {
    }

    /** A history entry besides the latest rank/position/education that the import file carries. */
    public record Extra(String nip, String kind, String code, String name, String level, LocalDate date, Integer number) {
    }

    private final List<DemoUnit> units = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final List<Extra> extras = new ArrayList<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final Random rnd;
    private final Set<String> nips = new HashSet<>();

    private static final String[][] AGENCIES = {
        {"SETDA", "Sekretariat Daerah", "Bagian Pemerintahan", "Bagian Hukum", "Bagian Organisasi"},
        {"SETWAN", "Sekretariat DPRD", "Bagian Umum", "Bagian Persidangan"},
        {"INSPEKTORAT", "Inspektorat Daerah", "Sekretariat", "Inspektur Pembantu Wilayah I"},
        {"BAPPEDA", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah", "Sekretariat", "Bidang Perencanaan"},
        {"BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Sekretariat", "Bidang Mutasi dan Promosi", "Bidang Pengembangan SDM"},
        {"BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "Sekretariat", "Bidang Anggaran", "Bidang Aset"},
        {"BAPENDA", "Badan Pendapatan Daerah", "Sekretariat", "Bidang Pajak Daerah"},
        {"BPBD", "Badan Penanggulangan Bencana Daerah", "Sekretariat", "Bidang Kedaruratan dan Logistik"},
        {"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Sekretariat"},
        {"DISDIK", "Dinas Pendidikan", "Sekretariat", "Bidang Pembinaan SD", "Bidang Pembinaan SMP"},
        {"DINKES", "Dinas Kesehatan", "Sekretariat", "Bidang Pelayanan Kesehatan", "Bidang Kesehatan Masyarakat"},
        {"RSUD", "RSUD dr. H. M. Rabain", "Bagian Tata Usaha", "Bidang Pelayanan Medik", "Bidang Keperawatan"},
        {"PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Sekretariat", "Bidang Bina Marga", "Bidang Sumber Daya Air"},
        {"PERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Sekretariat"},
        {"SATPOLPP", "Satuan Polisi Pamong Praja", "Sekretariat", "Bidang Penegakan Perda"},
        {"DINSOS", "Dinas Sosial", "Sekretariat", "Bidang Rehabilitasi Sosial"},
        {"DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", "Sekretariat"},
        {"DPPPA", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Sekretariat"},
        {"DKP", "Dinas Ketahanan Pangan", "Sekretariat"},
        {"DLH", "Dinas Lingkungan Hidup", "Sekretariat", "Bidang Pengelolaan Sampah"},
        {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Sekretariat", "Bidang Pelayanan Pendaftaran Penduduk"},
        {"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "Sekretariat"},
        {"DPPKB", "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Sekretariat"},
        {"DISHUB", "Dinas Perhubungan", "Sekretariat"},
        {"DISKOMINFO", "Dinas Komunikasi dan Informatika", "Sekretariat", "Bidang Aplikasi Informatika"},
        {"DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", "Sekretariat"},
        {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Sekretariat"},
        {"DISPORA", "Dinas Pemuda dan Olahraga", "Sekretariat"},
        {"DISPUSIP", "Dinas Perpustakaan dan Kearsipan", "Sekretariat"},
        {"DISBUDPAR", "Dinas Kebudayaan dan Pariwisata", "Sekretariat"},
        {"DISTAN", "Dinas Tanaman Pangan dan Hortikultura", "Sekretariat"},
        {"DISBUN", "Dinas Perkebunan", "Sekretariat"},
        {"DISNAKKESWAN", "Dinas Peternakan dan Kesehatan Hewan", "Sekretariat"},
        {"DISKAN", "Dinas Perikanan", "Sekretariat"},
        {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "Sekretariat"},
        {"DAMKAR", "Dinas Pemadam Kebakaran", "Sekretariat"},
    };
    private static final String[] KECAMATAN = {"Muara Enim", "Ujan Mas", "Gunung Megang", "Benakat", "Rambang Niru",
        "Empat Petulai Dangku", "Gelumbang", "Lembak", "Sungai Rotan", "Muara Belida", "Kelekar", "Belida Darat",
        "Lubai", "Lubai Ulu", "Rambang", "Lawang Kidul", "Tanjung Agung", "Semende Darat Laut", "Semende Darat Tengah",
        "Semende Darat Ulu", "Panang Enim", "Benakat Minyak"};
    private static final String[] MALE = {"Ahmad", "Muhammad", "Agus", "Budi", "Dedi", "Hendra", "Iwan", "Joko",
        "Rudi", "Samsul", "Taufik", "Yudi", "Zulkifli", "Andi", "Firdaus", "Hasan", "Irwan", "Junaidi", "Ridwan",
        "Syahrial", "Herman", "Sopian", "Darmawan", "Arif", "Bambang", "Eko", "Fajar", "Hadi", "Rahmat", "Yusuf",
        "Anton", "Dodi", "Erwin", "Heri", "Indra", "Jamaludin", "Kasim", "Lukman", "Mulyadi", "Nasrul", "Rizal"};
    private static final String[] FEMALE = {"Siti", "Nur", "Sri", "Dewi", "Rina", "Yuli", "Ratna", "Fitri", "Indah",
        "Maya", "Novi", "Putri", "Rahma", "Sari", "Tuti", "Umi", "Vera", "Wulan", "Yanti", "Aisyah", "Desi", "Eka",
        "Hartini", "Juliana", "Kartika", "Lina", "Mega", "Nurul", "Reni", "Susi", "Evi", "Lusi", "Marlina", "Yeni"};
    private static final String[] MALE_LAST = {"Saputra", "Pratama", "Wijaya", "Hidayat", "Santoso", "Setiawan",
        "Gunawan", "Kurniawan", "Syahputra", "Ramadhan", "Firmansyah", "Hermansyah", "Arifin", "Effendi",
        "Zulkarnain", "Ilyas", "Hakim", "Nugraha", "Fauzi", "Harahap", "Sanjaya", "Irawan", "Rosadi", "Jayadi"};
    private static final String[] FEMALE_LAST = {"Susanti", "Lestari", "Wahyuni", "Rahmawati", "Handayani",
        "Safitri", "Anggraini", "Purnama", "Yuliana", "Marlina", "Kurniasih", "Novita", "Oktaviani", "Puspita",
        "Septiani", "Utami", "Wulandari", "Agustina", "Herlina", "Febriani"};
    private static final String[] PLACES = {"Muara Enim", "Palembang", "Lahat", "Prabumulih", "Baturaja",
        "Tanjung Enim", "Gelumbang", "Pagar Alam", "Bengkulu", "Lubuklinggau", "Sekayu", "Kayu Agung"};
    private static final String[] STREETS = {"Jl. Jenderal Sudirman", "Jl. Ahmad Yani", "Jl. Pramuka", "Jl. Merdeka",
        "Jl. Bambang Utoyo", "Jl. Lingkar", "Jl. Kolonel Barlian", "Jl. Serasan Sekundang"};
    private static final String[] PELAKSANA = {"Pengadministrasi Perkantoran", "Penata Layanan Operasional",
        "Operator Layanan Operasional", "Pengelola Umum Operasional", "Penelaah Teknis Kebijakan"};

    private DemoData(long seed) {
        this.rnd = new Random(seed);
    }

    /** Generates the organisation and {@code employees} employees (at least 200). */
    public static DemoData generate(long seed, int employees) {
        DemoData d = new DemoData(seed);
        d.build(Math.max(200, employees));
        return d;
    }

    public List<DemoUnit> units() {
        return units;
    }

    /** The import file: header row first, columns of {@link Column}. */
    public List<String[]> importRows() {
        return rows;
    }

    /** Earlier ranks and positions, leadership training and family: what the import file does not carry. */
    public List<Extra> extras() {
        return extras;
    }

    /** Suggested NIP per demo role (EMPLOYEE, SUPERVISOR, UNIT_OPERATOR, HR_OPERATOR) for linking demo accounts. */
    public Map<String, String> accounts() {
        return accounts;
    }

    // ---------------------------------------------------------------- organisation

    private record Slot(String unitCode, String topCode, String kind, double weight) {
    }

    private void build(int total) {
        double lat0 = -3.655;
        double lon0 = 103.770;
        List<Slot> slots = new ArrayList<>();
        Map<String, List<String>> subUnits = new LinkedHashMap<>();
        for (String[] a : AGENCIES) {
            units.add(new DemoUnit(a[0], a[1], null, lat0 + jitter(0.02), lon0 + jitter(0.02)));
            List<String> subs = new ArrayList<>();
            for (int i = 2; i < a.length; i++) {
                String code = a[0] + "." + (i - 1);
                units.add(new DemoUnit(code, a[i], a[0], lat0 + jitter(0.02), lon0 + jitter(0.02)));
                subs.add(code);
            }
            subUnits.put(a[0], subs);
        }
        for (int k = 0; k < KECAMATAN.length; k++) {
            String code = "KEC" + String.format("%02d", k + 1);
            double lat = lat0 + jitter(0.6);
            double lon = lon0 + jitter(0.6);
            units.add(new DemoUnit(code, "Kecamatan " + KECAMATAN[k], null, lat, lon));
            subUnits.put(code, new ArrayList<>());
            String school = "DISDIK.K" + String.format("%02d", k + 1);
            units.add(new DemoUnit(school, "Koordinator Wilayah Pendidikan Kecamatan " + KECAMATAN[k], "DISDIK",
                    lat + jitter(0.01), lon + jitter(0.01)));
            subUnits.get("DISDIK").add(school);
            String pkm = "DINKES.P" + String.format("%02d", k + 1);
            units.add(new DemoUnit(pkm, "Puskesmas " + KECAMATAN[k], "DINKES", lat + jitter(0.01), lon + jitter(0.01)));
            subUnits.get("DINKES").add(pkm);
        }
        // Where people work (weights): teachers and health staff are most of a regency's ASN.
        for (Map.Entry<String, List<String>> e : subUnits.entrySet()) {
            String top = e.getKey();
            for (String sub : e.getValue()) {
                String kind = sub.startsWith("DISDIK.K") ? "TEACHER" : sub.startsWith("DINKES.P") || top.equals("RSUD")
                        ? "HEALTH" : "OFFICE";
                double w = switch (kind) {
                    case "TEACHER" -> 150;
                    case "HEALTH" -> top.equals("RSUD") ? 120 : 60;
                    default -> 14;
                };
                slots.add(new Slot(sub, top, kind, w));
            }
            slots.add(new Slot(top, top, "OFFICE", top.startsWith("KEC") ? 24 : 10));
        }
        double sum = slots.stream().mapToDouble(Slot::weight).sum();
        rows.add(Column.headers());
        // Heads first: the Sekda, then each agency's head, then each sub-unit's head; everyone else after.
        Map<String, String> headOf = new HashMap<>();
        String sekda = person("SETDA", "SETDA", null, "JPT", PositionType.JPT_PRATAMA, null, "Sekretaris Daerah");
        headOf.put("SETDA", sekda);
        int made = 1;
        for (String top : subUnits.keySet()) {
            if (!top.equals("SETDA")) {
                boolean kec = top.startsWith("KEC");
                String head = person(top, top, sekda, kec ? "ADM" : "JPT", kec ? PositionType.ADMINISTRATOR
                        : PositionType.JPT_PRATAMA, null, kec ? "Camat" : "Kepala " + unitName(top));
                headOf.put(top, head);
                made++;
            }
            for (String sub : subUnits.get(top)) {
                String head = person(sub, top, headOf.get(top), "ADM", sub.contains(".K") || sub.contains(".P")
                        ? PositionType.PENGAWAS : PositionType.ADMINISTRATOR, null, "Kepala " + unitName(sub));
                headOf.put(sub, head);
                made++;
            }
        }
        int remaining = total - made;
        int index = 0;
        for (Slot s : slots) {
            int n = (int) Math.round(remaining * s.weight() / sum);
            for (int i = 0; i < n && index < remaining; i++, index++) {
                staff(s, headOf.get(s.unitCode()));
            }
        }
        while (index++ < remaining) {
            Slot s = slots.get(rnd.nextInt(slots.size()));
            staff(s, headOf.get(s.unitCode()));
        }
        // Demo accounts: a BKPSDM clerk (HR), the head of BKPSDM's Sekretariat (unit operator of that sub-unit),
        // a school coordinator (supervisor) and one of their teachers (employee).
        accounts.put("HR_OPERATOR", firstStaffOf("BKPSDM.2"));
        accounts.put("UNIT_OPERATOR", headOf.get("BKPSDM.1"));
        accounts.put("SUPERVISOR", headOf.get("DISDIK.K01"));
        accounts.put("EMPLOYEE", firstStaffOf("DISDIK.K01"));
    }

    private String firstStaffOf(String unit) {
        int unitCol = Column.KODE_UNOR.ordinal();
        int posCol = Column.JENIS_JABATAN.ordinal();
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (unit.equals(r[unitCol]) && !"ADMINISTRATOR".equals(r[posCol]) && !"PENGAWAS".equals(r[posCol])
                    && "PNS".equals(r[Column.JENIS_PEGAWAI.ordinal()])) {
                return r[0];
            }
        }
        return rows.get(rows.size() - 1)[0];
    }

    private String unitName(String code) {
        return units.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow().name();
    }

    private double jitter(double span) {
        return Math.round((rnd.nextDouble() - 0.5) * span * 1e6) / 1e6;
    }

    private void staff(Slot s, String supervisor) {
        switch (s.kind()) {
            case "TEACHER" -> person(s.unitCode(), s.topCode(), supervisor, "TEACHER", PositionType.FUNGSIONAL, null, "Guru");
            case "HEALTH" -> {
                int r = rnd.nextInt(10);
                String name = r < 4 ? "Perawat" : r < 7 ? "Bidan" : r < 8 ? "Dokter" : r < 9 ? "Apoteker" : "Pranata Laboratorium Kesehatan";
                person(s.unitCode(), s.topCode(), supervisor, "HEALTH", PositionType.FUNGSIONAL, null, name);
            }
            default -> {
                if (rnd.nextInt(5) == 0) {
                    String name = s.topCode().equals("INSPEKTORAT") ? "Auditor" : s.topCode().equals("BKPSDM")
                            ? "Analis Sumber Daya Manusia Aparatur" : s.topCode().equals("DISKOMINFO") ? "Pranata Komputer"
                            : "Analis Kebijakan";
                    person(s.unitCode(), s.topCode(), supervisor, "OFFICE", PositionType.FUNGSIONAL, null, name);
                } else {
                    person(s.unitCode(), s.topCode(), supervisor, "OFFICE", PositionType.PELAKSANA, null,
                            PELAKSANA[rnd.nextInt(PELAKSANA.length)]);
                }
            }
        }
    }

    // ---------------------------------------------------------------- one person

    /** Creates one employee row (and extras); returns the NIP. */
    private String person(String unit, String top, String supervisor, String profile, PositionType type,
                          FunctionalLevel ignored, String positionName) {
        boolean head = profile.equals("JPT") || profile.equals("ADM");
        boolean female = profile.equals("HEALTH") ? rnd.nextInt(10) < 7 : profile.equals("TEACHER")
                ? rnd.nextInt(10) < 6 : rnd.nextInt(10) < (head ? 3 : 5);
        String employment;
        int r = rnd.nextInt(100);
        if (head) {
            employment = "PNS";
        } else if (r < 34) {
            employment = "PPPK";
        } else if (r < 38) {
            employment = "CPNS";
        } else {
            employment = "PNS";
        }
        // Education
        String edu;
        if (head) {
            edu = profile.equals("JPT") || rnd.nextInt(3) == 0 ? "S2" : "S1";
        } else if (profile.equals("TEACHER")) {
            edu = rnd.nextInt(10) == 0 ? "S2" : "S1";
        } else if (profile.equals("HEALTH")) {
            edu = positionName.equals("Dokter") || positionName.equals("Apoteker") ? "S1" : rnd.nextInt(3) == 0 ? "S1" : "D3";
        } else if (type == PositionType.FUNGSIONAL) {
            edu = "S1";
        } else {
            int e = rnd.nextInt(10);
            edu = e < 4 ? "SMA" : e < 6 ? "D3" : "S1";
        }
        // Age: older-heavy, as the agency's study found.
        LocalDate today = REFERENCE;
        int age;
        if (employment.equals("CPNS")) {
            age = 23 + rnd.nextInt(9);
        } else if (profile.equals("JPT")) {
            age = 48 + rnd.nextInt(10);
        } else if (head) {
            age = 38 + rnd.nextInt(19);
        } else {
            age = 24 + (int) Math.round(Math.abs(rnd.nextGaussian() * 0.6 + (rnd.nextDouble() - 0.3)) * 20);
            age = Math.min(57, Math.max(24, age));
        }
        LocalDate birth = today.minusYears(age).minusDays(rnd.nextInt(365));
        LocalDate cpns;
        if (employment.equals("CPNS")) {
            cpns = YearMonth.from(today.minusMonths(1 + rnd.nextInt(11))).atDay(1);
        } else if (employment.equals("PPPK")) {
            cpns = rnd.nextBoolean() ? LocalDate.of(2024, 3, 1) : LocalDate.of(2025, 8, 1);
        } else {
            int startAge = 22 + rnd.nextInt(Math.max(1, Math.min(12, age - 23)));
            cpns = YearMonth.from(birth.plusYears(startAge)).plusMonths(1).atDay(1);
            if (!cpns.isBefore(today.minusYears(1))) {
                cpns = YearMonth.from(today.minusYears(2)).atDay(1);
            }
        }
        String gender = female ? "P" : "L";
        String nip = nip(birth, cpns, female);
        String first = female ? FEMALE[rnd.nextInt(FEMALE.length)] : MALE[rnd.nextInt(MALE.length)];
        String last = female ? FEMALE_LAST[rnd.nextInt(FEMALE_LAST.length)] : MALE_LAST[rnd.nextInt(MALE_LAST.length)];
        String name = first + " " + last;
        String[] titles = titles(profile, positionName, edu);
        // Ranks
        List<String[]> rankSteps = new ArrayList<>();
        if (employment.equals("PPPK")) {
            String grade = switch (edu) {
                case "SMA" -> "V";
                case "D3" -> "VII";
                case "S2" -> "X";
                default -> "IX";
            };
            rankSteps.add(new String[] {grade, cpns.toString()});
        } else {
            Rank start = switch (edu) {
                case "SMA" -> Rank.II_A;
                case "D3" -> Rank.II_C;
                case "S2" -> Rank.III_B;
                default -> Rank.III_A;
            };
            Rank cap = switch (edu) {
                case "SMA" -> Rank.III_B;
                case "D3" -> Rank.III_D;
                case "S2" -> Rank.IV_C;
                default -> type == PositionType.FUNGSIONAL ? Rank.IV_B : Rank.IV_A;
            };
            Rank rank = start;
            LocalDate tmt = cpns;
            rankSteps.add(new String[] {rank.code(), tmt.toString()});
            if (employment.equals("PNS")) {
                while (true) {
                    LocalDate next = YearMonth.from(tmt.plusYears(4).plusMonths(rnd.nextInt(24))).atDay(1);
                    next = next.withMonth(((next.getMonthValue() + 1) / 2) * 2);
                    if (next.isAfter(today) || rank.next() == null || rank.ordinal() >= cap.ordinal()) {
                        break;
                    }
                    rank = rank.next();
                    tmt = next;
                    rankSteps.add(new String[] {rank.code(), tmt.toString()});
                }
                if (profile.equals("JPT") && rank.ordinal() < Rank.IV_B.ordinal()) {
                    tmt = YearMonth.from(today.minusYears(1 + rnd.nextInt(3))).withMonth(4).atDay(1);
                    rank = Rank.IV_B;
                    rankSteps.add(new String[] {rank.code(), tmt.toString()});
                }
            }
        }
        String[] current = rankSteps.get(rankSteps.size() - 1);
        for (int i = 0; i < rankSteps.size() - 1; i++) {
            extras.add(new Extra(nip, "RANK", rankSteps.get(i)[0], null, null, LocalDate.parse(rankSteps.get(i)[1]), null));
        }
        // Position
        FunctionalLevel level = null;
        if (type == PositionType.FUNGSIONAL) {
            level = level(profile, positionName, current[0], employment, edu);
        }
        String fullPosition = type == PositionType.FUNGSIONAL ? positionName + " " + levelName(level) : positionName;
        LocalDate posTmt = cpns;
        if (head) {
            posTmt = YearMonth.from(today.minusMonths(6 + rnd.nextInt(60))).atDay(1);
            if (posTmt.isBefore(cpns)) {
                posTmt = cpns;
            }
            extras.add(new Extra(nip, "POSITION", PositionType.PELAKSANA.name(), PELAKSANA[rnd.nextInt(PELAKSANA.length)],
                    null, cpns, null));
            extras.add(new Extra(nip, "TRAINING", "STRUKTURAL", profile.equals("JPT") ? "Pelatihan Kepemimpinan Nasional Tingkat II"
                    : type == PositionType.PENGAWAS ? "Pelatihan Kepemimpinan Pengawas" : "Pelatihan Kepemimpinan Administrator",
                    null, posTmt.minusMonths(3), 300));
        }
        if (!employment.equals("PPPK") && !employment.equals("CPNS")) {
            extras.add(new Extra(nip, "TRAINING", "TEKNIS", "Pelatihan Dasar CPNS", null, cpns.plusMonths(8), 200));
        }
        // Family
        boolean married = age > 26 && rnd.nextInt(4) != 0;
        if (married) {
            String spouse = female ? MALE[rnd.nextInt(MALE.length)] + " " + MALE_LAST[rnd.nextInt(MALE_LAST.length)]
                    : FEMALE[rnd.nextInt(FEMALE.length)] + " " + FEMALE_LAST[rnd.nextInt(FEMALE_LAST.length)];
            extras.add(new Extra(nip, "FAMILY", "SPOUSE", spouse, female ? "L" : "P",
                    birth.plusDays(rnd.nextInt(2000) - 1000), null));
            int children = rnd.nextInt(4);
            for (int c = 0; c < children; c++) {
                boolean girl = rnd.nextBoolean();
                LocalDate cb = birth.plusYears(25 + c * 2 + rnd.nextInt(3));
                if (cb.isBefore(today)) {
                    extras.add(new Extra(nip, "FAMILY", "CHILD", (girl ? FEMALE[rnd.nextInt(FEMALE.length)]
                            : MALE[rnd.nextInt(MALE.length)]) + " " + last, girl ? "P" : "L", cb, null));
                }
            }
        }
        int gradYear = cpns.getYear() - 1 - rnd.nextInt(3);
        String school = switch (edu) {
            case "SMA" -> "SMA Negeri " + (1 + rnd.nextInt(5)) + " Muara Enim";
            case "D3" -> profile.equals("HEALTH") ? "Poltekkes Kemenkes Palembang" : "Politeknik Negeri Sriwijaya";
            case "S2" -> "Universitas Sriwijaya (Pascasarjana)";
            default -> rnd.nextBoolean() ? "Universitas Sriwijaya" : "Universitas PGRI Palembang";
        };
        String religion = r(100) < 97 ? "ISLAM" : r(2) == 0 ? "KRISTEN" : "KATOLIK";
        String marital = married ? "KAWIN" : "BELUM_KAWIN";
        String[] row = new String[Column.values().length];
        put(row, Column.NIP, nip);
        put(row, Column.NAMA, name);
        put(row, Column.GELAR_DEPAN, titles[0]);
        put(row, Column.GELAR_BELAKANG, titles[1]);
        put(row, Column.TEMPAT_LAHIR, PLACES[rnd.nextInt(PLACES.length)]);
        put(row, Column.TANGGAL_LAHIR, birth.toString());
        put(row, Column.JENIS_KELAMIN, gender);
        put(row, Column.AGAMA, religion);
        put(row, Column.STATUS_KAWIN, marital);
        put(row, Column.ALAMAT, STREETS[rnd.nextInt(STREETS.length)] + " No. " + (1 + rnd.nextInt(200)) + ", Muara Enim");
        put(row, Column.NOMOR_HP, "08" + (11 + rnd.nextInt(80)) + String.format("%08d", rnd.nextInt(100_000_000)));
        put(row, Column.EMAIL, rnd.nextInt(3) == 0 ? first.toLowerCase() + "." + nip.substring(14) + "@muaraenim.example" : null);
        put(row, Column.JENIS_PEGAWAI, employment);
        put(row, Column.STATUS_PEGAWAI, "AKTIF");
        put(row, Column.TMT_CPNS, cpns.toString());
        put(row, Column.TMT_PNS, employment.equals("PNS") ? cpns.plusYears(1).toString() : null);
        put(row, Column.KODE_UNOR, unit);
        put(row, Column.NAMA_UNOR, unitName(unit));
        put(row, Column.NIP_ATASAN, supervisor);
        put(row, Column.GOL_AKHIR, current[0]);
        put(row, Column.TMT_GOLONGAN, current[1]);
        put(row, Column.NOMOR_SK_GOLONGAN, "800/" + (100 + rnd.nextInt(900)) + "/BKPSDM/" + current[1].substring(0, 4));
        put(row, Column.MK_TAHUN, String.valueOf(rankSteps.size() == 1 ? 0 : Math.min(33, (rankSteps.size() - 1) * 4)));
        put(row, Column.MK_BULAN, "0");
        put(row, Column.JENIS_JABATAN, type.name());
        put(row, Column.JENJANG_JABATAN, level == null ? null : level.name());
        put(row, Column.NAMA_JABATAN, fullPosition);
        put(row, Column.TMT_JABATAN, posTmt.toString());
        put(row, Column.PENDIDIKAN_TERAKHIR, edu);
        put(row, Column.NAMA_SEKOLAH, school);
        put(row, Column.JURUSAN, edu.equals("SMA") ? null : major(profile, positionName));
        put(row, Column.TAHUN_LULUS, String.valueOf(Math.max(birth.getYear() + 17, gradYear)));
        rows.add(row);
        return nip;
    }

    private int r(int bound) {
        return rnd.nextInt(bound);
    }

    private static void put(String[] row, Column c, String v) {
        row[c.ordinal()] = v;
    }

    private String nip(LocalDate birth, LocalDate cpns, boolean female) {
        String base = birth.format(YMD) + cpns.format(DateTimeFormatter.ofPattern("yyyyMM")) + (female ? "2" : "1");
        for (int seq = 1; seq < 1000; seq++) {
            String nip = base + String.format("%03d", seq);
            if (nips.add(nip)) {
                return nip;
            }
        }
        throw new IllegalStateException("NIP sequence exhausted for " + base);
    }

    private FunctionalLevel level(String profile, String name, String rank, String employment, String edu) {
        boolean skill = profile.equals("HEALTH") && (name.equals("Perawat") || name.equals("Bidan")
                || name.startsWith("Pranata")) && edu.equals("D3");
        if (employment.equals("PPPK") || employment.equals("CPNS")) {
            return skill ? FunctionalLevel.TERAMPIL : FunctionalLevel.AHLI_PERTAMA;
        }
        Rank r = Rank.parse(rank);
        int o = r == null ? 0 : r.ordinal();
        if (skill) {
            return o <= Rank.II_D.ordinal() ? FunctionalLevel.TERAMPIL : o <= Rank.III_B.ordinal()
                    ? FunctionalLevel.MAHIR : FunctionalLevel.PENYELIA;
        }
        if (o <= Rank.III_B.ordinal()) {
            return FunctionalLevel.AHLI_PERTAMA;
        }
        if (o <= Rank.III_D.ordinal()) {
            return FunctionalLevel.AHLI_MUDA;
        }
        return o <= Rank.IV_C.ordinal() ? FunctionalLevel.AHLI_MADYA : FunctionalLevel.AHLI_UTAMA;
    }

    private static String levelName(FunctionalLevel l) {
        return switch (l) {
            case AHLI_PERTAMA -> "Ahli Pertama";
            case AHLI_MUDA -> "Ahli Muda";
            case AHLI_MADYA -> "Ahli Madya";
            case AHLI_UTAMA -> "Ahli Utama";
            case PEMULA -> "Pemula";
            case TERAMPIL -> "Terampil";
            case MAHIR -> "Mahir";
            case PENYELIA -> "Penyelia";
        };
    }

    private String[] titles(String profile, String position, String edu) {
        if (position.equals("Dokter")) {
            return new String[] {"dr.", null};
        }
        String back = switch (edu) {
            case "SMA" -> null;
            case "D3" -> profile.equals("HEALTH") ? (position.equals("Bidan") ? "A.Md.Keb." : "A.Md.Kep.") : "A.Md.";
            case "S2" -> profile.equals("TEACHER") ? "S.Pd., M.Pd." : "S.E., M.Si.";
            default -> switch (profile) {
                case "TEACHER" -> "S.Pd.";
                case "HEALTH" -> position.equals("Apoteker") ? "S.Farm., Apt." : "S.Kep., Ns.";
                default -> new String[] {"S.E.", "S.H.", "S.Sos.", "S.Kom.", "S.I.P."}[rnd.nextInt(5)];
            };
        };
        return new String[] {null, back};
    }

    private String major(String profile, String position) {
        return switch (profile) {
            case "TEACHER" -> new String[] {"Pendidikan Guru Sekolah Dasar", "Pendidikan Matematika",
                "Pendidikan Bahasa Indonesia", "Pendidikan Agama Islam"}[rnd.nextInt(4)];
            case "HEALTH" -> position.equals("Dokter") ? "Pendidikan Dokter" : position.equals("Bidan") ? "Kebidanan"
                    : position.equals("Apoteker") ? "Farmasi" : "Keperawatan";
            default -> new String[] {"Manajemen", "Ilmu Hukum", "Ilmu Pemerintahan", "Akuntansi", "Sistem Informasi"}
                    [rnd.nextInt(5)];
        };
    }
}
