package id.serasan.platform.api.page;

import id.serasan.platform.api.security.SerasanPrincipal;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** What a page gets of one request. Implemented by the platform. */
@ProviderType
public interface PageRequest {
    /** {@code GET} or {@code POST}. */
    String method();

    /** The request path, e.g. {@code /berita/pelantikan-2026}. */
    String path();

    /** The values of the path template's variables. */
    Map<String, String> pathParams();

    /** A path variable's value, or null. */
    default String pathParam(String name) {
        return pathParams().get(name);
    }

    /** The query parameters, each with all its values in order. */
    Map<String, List<String>> query();

    /** The first value of a query parameter, or null. */
    default String query(String name) {
        List<String> v = query().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** The fields of a posted form ({@code application/x-www-form-urlencoded}); empty for a GET. */
    Map<String, List<String>> form();

    /** The first value of a form field, or null. */
    default String form(String name) {
        List<String> v = form().get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /**
     * The files of a posted {@code multipart/form-data} form ({@code <form enctype="multipart/form-data">}), by
     * field; its other fields are in {@link #form()}. Empty for other requests. The body is limited by the platform's
     * {@code maxUploadBytes}.
     *
     * @since 1.1
     */
    Map<String, List<Upload>> uploads();

    /** The first file of a field, or null. */
    default Upload upload(String field) {
        List<Upload> u = uploads().get(field);
        return u == null || u.isEmpty() ? null : u.get(0);
    }

    /** The logged-in account, or null for a visitor. */
    SerasanPrincipal caller();

    /** The language the visitor chose: {@code id} (default) or {@code en}. */
    String lang();

    /** {@code id} or {@code en} of a text, by {@link #lang()}. */
    default String text(String id, String en) {
        return "en".equals(lang()) ? en : id;
    }

    /** The address the visitor connects from (for rate limits); never shown. */
    String clientAddress();

    /**
     * A random id of this browser: the value of its form-token cookie, the same across its requests until the
     * browser is closed or the visitor logs in or out. For once-per-browser rules (a survey answered once a day);
     * store only a hash of it, never the value, and never show it.
     *
     * @since 1.1
     */
    String visitorId();

    /** A request header, or null. */
    String header(String name);
}
