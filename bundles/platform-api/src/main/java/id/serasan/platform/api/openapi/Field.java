package id.serasan.platform.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Constraints of a record component (a JSON property) or of a query or path parameter. Without it a property of a
 * reference type is described as optional and nullable, a primitive as required; so mark with {@code required} the
 * properties that are always present and never null in answers (and must be sent in requests).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface Field {
    /** Always present and never null in answers; must be sent in requests. */
    boolean required() default false;

    /** Longest text, -1 for no limit. */
    int maxLength() default -1;

    /** Smallest number, or {@link Long#MIN_VALUE} for none. */
    long minimum() default Long.MIN_VALUE;

    /** Largest number, or {@link Long#MAX_VALUE} for none. */
    long maximum() default Long.MAX_VALUE;

    /** A regular expression the text matches, empty for none. */
    String pattern() default "";

    /** What it means, in plain words. */
    String description() default "";
}
