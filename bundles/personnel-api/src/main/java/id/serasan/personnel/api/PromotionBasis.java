package id.serasan.personnel.api;

/** How an employee's next promotion (kenaikan pangkat) is decided. */
public enum PromotionBasis {
    /** Regular promotion: a number of years in the rank, taking effect in a promotion window. */
    REGULAR,
    /**
     * Functional positions: promoted when the credit points (angka kredit) for the next rank are reached
     * (Perban BKN 3/2023); no date can be derived from the record alone.
     */
    CREDIT_POINTS,
    /** No PNS promotion: PPPK, CPNS, the top rank (IV/e), or no rank recorded. */
    NOT_APPLICABLE
}
