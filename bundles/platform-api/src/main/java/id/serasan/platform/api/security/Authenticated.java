package id.serasan.platform.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Any logged-in account may call the method; per-object checks are the method's own business.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Authenticated {
    /**
     * Whether an account that must first change its password (a one-time password) may call it. Only the
     * password change itself, logout and "who am I" allow this.
     */
    boolean allowPasswordChangePending() default false;
}
