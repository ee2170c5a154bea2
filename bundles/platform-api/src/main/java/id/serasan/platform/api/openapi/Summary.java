package id.serasan.platform.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one-line summary of an endpoint, Bahasa Indonesia first then English ({@code "Cari pegawai / Search
 * employees"}), with an optional longer description. Every endpoint has one: the build fails on an operation
 * without a summary.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Summary {
    /** The summary. */
    String value();

    /** A longer description (CommonMark), empty for none. */
    String description() default "";
}
