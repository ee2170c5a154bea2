package id.serasan.personnel.internal.io;

/**
 * The columns of the employee exchange file (CSV or XLSX), named as in a typical SIMPEG/SIASN export. Import
 * needs the required ones; export writes all of them, so an export can be imported again. Documented in the
 * module README.
 */
public enum Column {
    NIP(true),
    NAMA(true),
    GELAR_DEPAN(false),
    GELAR_BELAKANG(false),
    TEMPAT_LAHIR(true),
    TANGGAL_LAHIR(true),
    JENIS_KELAMIN(true),
    AGAMA(false),
    STATUS_KAWIN(false),
    ALAMAT(false),
    NOMOR_HP(false),
    EMAIL(false),
    JENIS_PEGAWAI(true),
    STATUS_PEGAWAI(false),
    TMT_CPNS(true),
    TMT_PNS(false),
    KODE_UNOR(true),
    NAMA_UNOR(false),
    NIP_ATASAN(false),
    GOL_AKHIR(false),
    TMT_GOLONGAN(false),
    NOMOR_SK_GOLONGAN(false),
    MK_TAHUN(false),
    MK_BULAN(false),
    JENIS_JABATAN(false),
    JENJANG_JABATAN(false),
    NAMA_JABATAN(false),
    TMT_JABATAN(false),
    PENDIDIKAN_TERAKHIR(false),
    NAMA_SEKOLAH(false),
    JURUSAN(false),
    TAHUN_LULUS(false);

    private final boolean required;

    Column(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    public static String[] headers() {
        Column[] all = values();
        String[] h = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            h[i] = all[i].name();
        }
        return h;
    }
}
