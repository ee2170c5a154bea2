package id.serasan.personnel.api;

/** Levels of a functional position: expertise (keahlian) and skill (keterampilan) tracks. */
public enum FunctionalLevel {
    AHLI_PERTAMA(true),
    AHLI_MUDA(true),
    AHLI_MADYA(true),
    AHLI_UTAMA(true),
    PEMULA(false),
    TERAMPIL(false),
    MAHIR(false),
    PENYELIA(false);

    private final boolean expertise;

    FunctionalLevel(boolean expertise) {
        this.expertise = expertise;
    }

    /** True on the expertise (keahlian) track, false on the skill (keterampilan) track. */
    public boolean expertise() {
        return expertise;
    }
}
