package id.serasan.personnel.api;

/**
 * Kinds of position (jabatan): senior executive (JPT), administrative (administrator, pengawas, pelaksana) and
 * functional (fungsional, with a {@link FunctionalLevel}).
 */
public enum PositionType {
    JPT_UTAMA,
    JPT_MADYA,
    JPT_PRATAMA,
    ADMINISTRATOR,
    PENGAWAS,
    PELAKSANA,
    FUNGSIONAL;

    /** True for the three JPT levels. */
    public boolean isJpt() {
        return this == JPT_UTAMA || this == JPT_MADYA || this == JPT_PRATAMA;
    }
}
