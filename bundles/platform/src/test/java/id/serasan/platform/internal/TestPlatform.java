package id.serasan.platform.internal;

import id.serasan.platform.internal.db.Database;
import id.serasan.platform.internal.db.Migrator;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.derby.jdbc.EmbeddedDataSource;

/** Unit-test fixtures: an in-memory Derby with the platform's own migrations applied, and typed configuration. */
public final class TestPlatform {
    private TestPlatform() {
    }

    public static EmbeddedDataSource derby() {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + UUID.randomUUID());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** A fresh database with every platform migration in target/classes applied. */
    public static Database database() {
        EmbeddedDataSource ds = derby();
        new Migrator(ds).migrate("platform", platformScripts(), Map.of());
        return new Database(ds);
    }

    public static Map<Integer, Migrator.Script> platformScripts() {
        Pattern name = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");
        Map<Integer, Migrator.Script> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Paths.get("target/classes/db/migration/platform"))) {
            for (Path f : files.toList()) {
                Matcher m = name.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.put(Integer.parseInt(m.group(1)), new Migrator.Script(Integer.parseInt(m.group(1)),
                            m.group(2).replace('_', ' '), Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The platform configuration with its defaults, some overridden. */
    public static PlatformConfig config(Map<String, Object> overrides) {
        return (PlatformConfig) Proxy.newProxyInstance(PlatformConfig.class.getClassLoader(),
                new Class<?>[] {PlatformConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("annotationType")) {
                        return PlatformConfig.class;
                    }
                    if (overrides.containsKey(method.getName())) {
                        return overrides.get(method.getName());
                    }
                    Object d = method.getDefaultValue();
                    if (d == null) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return d;
                });
    }
}
