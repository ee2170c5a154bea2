package id.serasan.platform.internal.page;

import freemarker.cache.URLTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.framework.Bundle;

/**
 * FreeMarker configurations: one for the platform's own templates (layout, error pages) and one per contributing
 * bundle revision, each loading templates from that bundle's own entries. {@code .ftlh} templates auto-escape every
 * value as HTML; errors in a template fail the render (no half pages, no debug output to the visitor).
 */
final class Templates {
    private final Configuration platform;
    private final Map<String, Configuration> byBundle = new ConcurrentHashMap<>();

    Templates(Function<String, URL> platformEntries) {
        this.platform = configuration(platformEntries);
    }

    static Configuration configuration(Function<String, URL> entries) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setTemplateLoader(new URLTemplateLoader() {
            @Override
            protected URL getURL(String name) {
                return entries.apply(name);
            }
        });
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setURLEscapingCharset("UTF-8"); // ?url in templates (links with a query)
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        // bundle contents do not change while the revision lives: never look for changes
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
        return cfg;
    }

    /** Renders one of the platform's own templates. */
    String platform(String name, Map<String, Object> model) throws IOException, TemplateException {
        return render(platform.getTemplate(name), model);
    }

    /** Renders {@code name} from {@code bundle}'s own entries. */
    String module(Bundle bundle, String name, Map<String, Object> model) throws IOException, TemplateException {
        String key = bundle.getBundleId() + "@" + bundle.getLastModified();
        Configuration cfg = byBundle.computeIfAbsent(key, k -> configuration(bundle::getEntry));
        return render(cfg.getTemplate(name), model);
    }

    /** Forgets the configurations of bundles no longer contributing (their templates are cached there). */
    void retain(java.util.Set<String> keys) {
        byBundle.keySet().retainAll(keys);
    }

    private static String render(Template t, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(4096);
        t.process(model, out);
        return out.toString();
    }
}
