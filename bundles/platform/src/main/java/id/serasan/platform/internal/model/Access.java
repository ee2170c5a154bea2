package id.serasan.platform.internal.model;

import id.serasan.platform.api.security.Authenticated;
import id.serasan.platform.api.security.Public;
import id.serasan.platform.api.security.Role;
import id.serasan.platform.api.security.RolesAllowed;
import id.serasan.platform.api.security.SerasanPrincipal;
import java.lang.reflect.AnnotatedElement;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may call one endpoint, as declared by its annotations. {@link #UNDECLARED} (no annotation, or conflicting
 * ones) refuses everyone: deny by default.
 */
public record Access(Kind kind, Set<Role> roles, boolean allowPasswordChangePending) {
    public enum Kind { PUBLIC, AUTHENTICATED, ROLES, UNDECLARED }

    public static final Access UNDECLARED = new Access(Kind.UNDECLARED, Set.of(), false);
    public static final Access PUBLIC = new Access(Kind.PUBLIC, Set.of(), true);

    public Access {
        roles = Set.copyOf(roles);
    }

    /** The declaration on {@code method}, else on {@code type}, else {@link #UNDECLARED}. */
    public static Access of(AnnotatedElement method, AnnotatedElement type) {
        Access m = declared(method);
        if (m != null) {
            return m;
        }
        Access t = declared(type);
        return t == null ? UNDECLARED : t;
    }

    private static Access declared(AnnotatedElement e) {
        if (e == null) {
            return null;
        }
        Public p = e.getAnnotation(Public.class);
        Authenticated a = e.getAnnotation(Authenticated.class);
        RolesAllowed r = e.getAnnotation(RolesAllowed.class);
        int count = (p != null ? 1 : 0) + (a != null ? 1 : 0) + (r != null ? 1 : 0);
        if (count == 0) {
            return null;
        }
        if (count > 1) {
            return UNDECLARED; // conflicting declarations: refuse
        }
        if (p != null) {
            return PUBLIC;
        }
        if (a != null) {
            return new Access(Kind.AUTHENTICATED, Set.of(), a.allowPasswordChangePending());
        }
        if (r.value().length == 0) {
            return UNDECLARED;
        }
        return new Access(Kind.ROLES, EnumSet.of(r.value()[0], r.value()), false);
    }

    /** The answer for {@code caller} (null: not logged in). */
    public Decision decide(SerasanPrincipal caller) {
        switch (kind) {
            case PUBLIC:
                return Decision.ALLOW;
            case UNDECLARED:
                return Decision.FORBIDDEN;
            default:
                if (caller == null) {
                    return Decision.UNAUTHENTICATED;
                }
                if (caller.passwordChangeRequired() && !allowPasswordChangePending) {
                    return Decision.PASSWORD_CHANGE_REQUIRED;
                }
                if (kind == Kind.AUTHENTICATED || roles.stream().anyMatch(caller::has)) {
                    return Decision.ALLOW;
                }
                return Decision.FORBIDDEN;
        }
    }

    public enum Decision { ALLOW, UNAUTHENTICATED, FORBIDDEN, PASSWORD_CHANGE_REQUIRED }

    /** Short text for listings: {@code public}, {@code authenticated}, {@code ADMIN,HR_OPERATOR}, {@code UNDECLARED}. */
    public String describe() {
        return switch (kind) {
            case PUBLIC -> "public";
            case AUTHENTICATED -> "authenticated";
            case UNDECLARED -> "UNDECLARED";
            case ROLES -> String.join(",", new TreeSet<>(roles.stream().map(Role::name).toList()));
        };
    }
}
