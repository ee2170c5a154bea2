package id.serasan.platform.jetty;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Properties;

/**
 * Whether the platform's configured public address ({@code publicBaseUrl} in {@code etc/id.serasan.platform.cfg})
 * is https, read from the same file the platform reads (this fragment lives in the web server's bundle and cannot
 * see the platform's configuration service). Re-read when the file changes, checked at most every 10 seconds.
 */
final class PublicBase {
    private static final long RECHECK_MS = 10_000L;

    private final Path file;
    private volatile long checkedAt = Long.MIN_VALUE;
    private volatile long modified = Long.MIN_VALUE;
    private volatile boolean https;

    PublicBase(Path file) {
        this.file = file;
    }

    static PublicBase fromKarafEtc() {
        return new PublicBase(Paths.get(System.getProperty("karaf.etc", "etc"), "id.serasan.platform.cfg"));
    }

    boolean https() {
        long now = System.currentTimeMillis();
        if (now - checkedAt >= RECHECK_MS || checkedAt == Long.MIN_VALUE) {
            checkedAt = now;
            try {
                long m = Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
                if (m != modified) {
                    modified = m;
                    https = m >= 0 && isHttps(read(file));
                }
            } catch (IOException | RuntimeException e) {
                // keep what was known
            }
        }
        return https;
    }

    private static String read(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
        }
        return p.getProperty("publicBaseUrl");
    }

    static boolean isHttps(String url) {
        if (url == null) {
            return false;
        }
        String u = url.trim();
        if (u.length() >= 2 && u.startsWith("\"") && u.endsWith("\"")) {
            u = u.substring(1, u.length() - 1).trim();
        }
        return u.toLowerCase(Locale.ROOT).startsWith("https://");
    }
}
