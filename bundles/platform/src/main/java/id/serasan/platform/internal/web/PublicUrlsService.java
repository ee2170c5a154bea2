package id.serasan.platform.internal.web;

import id.serasan.platform.api.PublicUrls;
import id.serasan.platform.api.RestModule;
import id.serasan.platform.internal.PlatformConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link PublicUrls} from {@code publicBaseUrl} of the platform configuration (live). */
@Component(service = {PublicUrls.class, PublicUrlsService.class}, configurationPid = PlatformConfig.PID)
public class PublicUrlsService implements PublicUrls {
    static final String DEFAULT = "http://localhost:8181";
    private static final Logger LOG = LoggerFactory.getLogger(PublicUrlsService.class);

    private volatile URI base;
    private volatile boolean secureCookies;

    @Activate
    public PublicUrlsService(PlatformConfig config) {
        this.base = parse(config.publicBaseUrl(), URI.create(DEFAULT));
        this.secureCookies = config.secureCookies();
    }

    @Modified
    void modified(PlatformConfig config) {
        this.base = parse(config.publicBaseUrl(), base);
        this.secureCookies = config.secureCookies();
    }

    /** {@code secureCookies} of the platform configuration: session cookies are marked Secure (HTTPS only). */
    public boolean secureCookies() {
        return secureCookies;
    }

    /**
     * An absolute http(s) URL with a host and no query, fragment or user info, without its trailing slash; anything
     * else is logged and {@code fallback} kept.
     */
    static URI parse(String value, URI fallback) {
        try {
            URI u = new URI(value == null ? "" : value.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || u.getRawQuery() != null
                    || u.getRawFragment() != null || u.getRawUserInfo() != null) {
                throw new URISyntaxException(String.valueOf(value), "not an absolute http(s) URL with a host only");
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            return new URI(scheme + "://" + u.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            LOG.error("publicBaseUrl '{}' in {} is not an absolute http(s) URL such as https://serasan.example.go.id; "
                    + "keeping {}", value, PlatformConfig.PID, fallback);
            return fallback;
        }
    }

    @Override
    public URI base() {
        return base;
    }

    /** True when the public address is https (then every answer carries Strict-Transport-Security). */
    public boolean https() {
        return "https".equals(base.getScheme());
    }

    @Override
    public URI api(String module, String... segments) {
        if (!RestModule.isValidName(module)) {
            throw new IllegalArgumentException("not a module name: " + module);
        }
        StringBuilder sb = new StringBuilder(base.toString()).append("/api/v1/").append(module);
        for (String s : segments) {
            sb.append('/').append(PublicUrls.encodeSegment(s));
        }
        return URI.create(sb.toString());
    }
}
