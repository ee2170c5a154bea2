package id.serasan.platform.api.security;

/** The platform's roles. An account holds one or more. */
public enum Role {
    /** Regency IT: users, modules, audit. */
    ADMIN,
    /** BKPSDM HR operators: all personnel records, approvals, publishing. */
    HR_OPERATOR,
    /** A unit's (OPD's) operator: the staff of that unit. */
    UNIT_OPERATOR,
    /** A supervisor (atasan): their subordinates. */
    SUPERVISOR,
    /** A civil servant (ASN): their own records. */
    EMPLOYEE
}
