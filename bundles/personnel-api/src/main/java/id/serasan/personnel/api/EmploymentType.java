package id.serasan.personnel.api;

/** ASN employment types: CPNS (candidate) and PNS civil servants, and PPPK contract employees. */
public enum EmploymentType {
    CPNS,
    PNS,
    PPPK;

    /** Whether the NIP is a PNS NIP (Perka BKN 22/2007) that encodes birth date, TMT CPNS and gender. */
    public boolean hasPnsNip() {
        return this != PPPK;
    }
}
