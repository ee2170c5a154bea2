package id.serasan.platform.internal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.ws.rs.core.Response;

/**
 * The platform's static files (the stylesheet, icons), served under {@code /assets/}. Each is also served under a
 * name carrying its content hash ({@code serasan.1a2b3c4d.css}), which pages link to and browsers may keep for a
 * year: a new version has a new name.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=UTF-8",
            "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon", "js", "text/javascript; charset=UTF-8",
            "webmanifest", "application/manifest+json");

    private final Function<String, URL> entries;
    private final Map<String, Asset> byName = new ConcurrentHashMap<>();

    private record Asset(String name, String hashedName, byte[] bytes, String etag, String type) {
    }

    Assets(Function<String, URL> entries) {
        this.entries = entries;
    }

    /** The hashed name of {@code name}, e.g. {@code serasan.1a2b3c4d.css}. */
    String hashed(String name) {
        Asset a = load(name);
        if (a == null) {
            throw new IllegalStateException("no asset " + name);
        }
        return a.hashedName();
    }

    Response serve(String requested, String ifNoneMatch) {
        String name = requested;
        boolean hashed = false;
        String[] parts = requested.split("\\.");
        if (parts.length == 3 && parts[1].matches("[0-9a-f]{8}")) {
            name = parts[0] + "." + parts[2];
            hashed = true;
        }
        if (!name.matches("[a-z0-9-]+\\.[a-z]+")) {
            return notFound();
        }
        Asset a = load(name);
        if (a == null || (hashed && !a.hashedName().equals(requested))) {
            return notFound();
        }
        String cache = hashed ? "public, max-age=31536000, immutable" : "public, max-age=300";
        if (a.etag().equals(ifNoneMatch)) {
            return Response.notModified().header("ETag", a.etag()).header("Cache-Control", cache).build();
        }
        return Response.ok(a.bytes(), a.type()).header("ETag", a.etag()).header("Cache-Control", cache)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'").build();
    }

    private static Response notFound() {
        return Response.status(404).type("text/plain; charset=UTF-8").entity("404")
                .header("Cache-Control", "no-store").build();
    }

    private Asset load(String name) {
        return byName.computeIfAbsent(name, n -> {
            URL url = entries.apply(n);
            String ext = n.substring(n.lastIndexOf('.') + 1);
            if (url == null || !TYPES.containsKey(ext)) {
                return null;
            }
            try (InputStream in = url.openStream()) {
                byte[] bytes = in.readAllBytes();
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
                String base = n.substring(0, n.lastIndexOf('.'));
                return new Asset(n, base + "." + hash.substring(0, 8) + "." + ext, bytes, "\"" + hash + "\"",
                        TYPES.get(ext));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
