package id.serasan.platform.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One successful answer of an endpoint that returns a {@code javax.ws.rs.core.Response} (the generator cannot see
 * its entity type). Repeat it for each status the endpoint may answer, e.g. 200 for a dry run and 201 for the real
 * import. Methods returning a plain type need none: their 200 (or 204 for void) is derived.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Returns.All.class)
public @interface Returns {
    /** The HTTP status, e.g. 201. */
    int status();

    /** The entity's type; {@code Void.class} for no body. */
    Class<?> type() default Void.class;

    /** True when the body is a JSON array of {@link #type()}. */
    boolean array() default false;

    /** The body's media type; a non-JSON type is described as binary. */
    String mediaType() default "application/json";

    /** What the answer means, in plain words. */
    String description() default "";

    /** True when the answer carries a {@code Location} header naming the created resource. */
    boolean location() default false;

    /** The container of repeated {@link Returns}. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface All {
        Returns[] value();
    }
}
