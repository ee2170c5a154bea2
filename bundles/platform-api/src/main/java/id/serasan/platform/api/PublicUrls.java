package id.serasan.platform.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's public address, as configured ({@code publicBaseUrl} in {@code etc/id.serasan.platform.cfg}) and
 * never taken from a request's {@code Host} header, so a forged Host cannot end up in a {@code Location} header or a
 * link. Reference it as an OSGi service and build every {@code Location} with it:
 *
 * <pre>
 * &#64;Reference PublicUrls urls;
 * ...
 * return Response.created(urls.api("guestbook", "entries", String.valueOf(entry.id()))).entity(entry).build();
 * </pre>
 *
 * @since 1.1
 */
@ProviderType
public interface PublicUrls {

    /** The public base URL without a trailing slash, e.g. {@code https://serasan.muaraenimkab.go.id}. */
    URI base();

    /**
     * {@code <base>/api/v1/<module>/<segment>/...}: the public address of a module's resource. Each segment is one
     * path segment, percent-encoded (a {@code /} inside a segment stays inside it).
     *
     * @param module   the module's name, as in {@link RestModule#MODULE_PROPERTY}
     * @param segments the path below the module, e.g. {@code "employees", nip, "ranks", "42"}
     */
    URI api(String module, String... segments);

    /** One path segment percent-encoded: everything but {@code A-Z a-z 0-9 - . _ ~} as UTF-8 {@code %XX}. */
    static String encodeSegment(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return segment.replace(".", "%2E");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
