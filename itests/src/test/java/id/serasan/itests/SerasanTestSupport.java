package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.sql.DataSource;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Boots the real Serasan distribution (the tar.gz the build made) once per test class, on free ports, and offers
 * HTTP, login and console helpers. Tests run inside the container and call it over real HTTP.
 *
 * <p>The database is the one the failsafe execution names ({@link TestDatabase}): embedded Derby, or a fresh
 * PostgreSQL database per test class written into {@code etc/org.ops4j.datasource-serasan.cfg}. Pax Exam's own
 * bundles get a boot stage before the distribution's ({@link ExamBoot}), and every test waits for Karaf's boot to
 * finish, so a test never starts against a half-installed runtime.
 */
public abstract class SerasanTestSupport {
    /** Password every test sets for {@code admin} after the first-admin flow. */
    public static final String ADMIN_PASSWORD = "Uji-Integrasi-2026!";
    /** Generous bound for a boot: only a hang exceeds it. */
    public static final int BOOT_BOUND_SECONDS = 180;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> CHECKED = new ConcurrentHashMap<>();

    /** The options every test class boots with; the database is created for the calling test class. */
    public static Option[] baseConfiguration() {
        Class<?> owner = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).getCallerClass();
        String dist = System.getProperty("serasan.distribution");
        String repo = System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository");
        int http = freePort();
        TestDatabase db = TestDatabase.fresh(owner.getSimpleName());
        List<Option> options = new ArrayList<>(Arrays.asList(
            karafDistributionConfiguration().frameworkUrl(new File(dist).toURI().toString())
                    .name("Serasan").karafVersion("4.4.10")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder(),
            logLevel(LogLevelOption.LogLevel.INFO),
            junitBundles(),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", repo),
            // Small limits so the tests can reach them quickly.
            editConfigurationFilePut("etc/id.serasan.platform.cfg", "maxRequestBytes", "65536"),
            editConfigurationFilePut("etc/id.serasan.platform.cfg", "maxFailuresPerAccount", "3"),
            editConfigurationFilePut("etc/id.serasan.platform.cfg", "maxFailuresPerAddress", "1000"),
            systemProperty("serasan.itest.httpPort").value(String.valueOf(http)),
            // answers and descriptions for the contract module (ContractRecorder)
            systemProperty("serasan.contract.dir").value(new File("target/contract").getAbsolutePath()),
            systemProperty("serasan.itest.db").value(TestDatabase.kind()),
            systemProperty("serasan.itest.db.name").value(db.isPostgresql() ? db.name() : "")));
        // Pax Exam starts java itself and skips bin/setenv: give the container the JVM options the distribution runs with.
        options.addAll(ExamBoot.distributionJvmOptions());
        options.addAll(ExamBoot.stagedBoot(dist, repo));
        if (db.isPostgresql()) {
            try {
                options.add(replaceConfigurationFile("etc/org.ops4j.datasource-serasan.cfg",
                        db.writeConfig(Paths.get("target", "exam-config").toAbsolutePath()).toFile()));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return options.toArray(new Option[0]);
    }

    /**
     * Before every test: Karaf's boot features are all installed (the {@code BootFinished} service), and the shared
     * DataSource is the database this run promises (checked once per container).
     */
    @Before
    public void bootFinishedOnTheExpectedDatabase() throws Exception {
        long end = System.currentTimeMillis() + BOOT_BOUND_SECONDS * 1000L;
        while (bundleContext.getServiceReference(BootFinished.class) == null) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("Karaf's boot features did not finish within " + BOOT_BOUND_SECONDS + " s");
            }
            Thread.sleep(100);
        }
        String home = System.getProperty("karaf.home");
        if (CHECKED.putIfAbsent(home, Boolean.TRUE) == null) {
            DataSource ds = service(DataSource.class, "(osgi.jndi.service.name=serasan)", 60);
            try (Connection c = ds.getConnection()) {
                DatabaseMetaData md = c.getMetaData();
                String expected = "postgresql".equals(System.getProperty("serasan.itest.db")) ? "PostgreSQL" : "Apache Derby";
                assertEquals("the DataSource's database product", expected, md.getDatabaseProductName());
                String name = System.getProperty("serasan.itest.db.name", "");
                assertTrue(md.getURL(), name.isEmpty() || md.getURL().split("\\?")[0].endsWith("/" + name));
            }
        }
    }

    /** Waits (at most {@code seconds}) for a service matching {@code filter} and returns it. */
    protected <T> T service(Class<T> type, String filter, int seconds) throws Exception {
        long end = System.currentTimeMillis() + seconds * 1000L;
        while (true) {
            Collection<ServiceReference<T>> refs = bundleContext.getServiceReferences(type, filter);
            if (!refs.isEmpty()) {
                T s = bundleContext.getService(refs.iterator().next());
                if (s != null) {
                    return s;
                }
            }
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("no " + type.getName() + " " + filter + " within " + seconds + " s");
            }
            Thread.sleep(100);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected Http http() {
        return new Http(Integer.getInteger("serasan.itest.httpPort"));
    }

    /** Waits until {@code GET path} answers {@code status} (at most {@code seconds}). */
    protected Http.Answer await(String path, String token, int status, int seconds) throws InterruptedException {
        long end = System.currentTimeMillis() + seconds * 1000L;
        Http.Answer last = null;
        while (System.currentTimeMillis() < end) {
            try {
                last = http().get(path, token);
                if (last.status() == status) {
                    return last;
                }
            } catch (AssertionError e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + seconds + " s; last: " + last);
    }

    /**
     * A token of the admin. The first call performs the first-admin flow: reads the one-time password from
     * data/serasan/initial-admin-password, logs in and changes it to {@link #ADMIN_PASSWORD}.
     */
    protected String adminToken() throws Exception {
        String cached = TOKENS.get("admin@" + http().base());
        if (cached != null) {
            return cached;
        }
        await("/api/health", null, 200, 90);
        Path file = initialPasswordFile();
        String password = ADMIN_PASSWORD;
        if (Files.exists(file)) {
            String oneTime = Files.readString(file, StandardCharsets.UTF_8).trim();
            JsonNode login = http().post("/api/v1/auth/login", null, Http.json("username", "admin", "password", oneTime)).json();
            Http.Answer change = http().post("/api/v1/auth/password", login.get("token").asText(),
                    Http.json("currentPassword", oneTime, "newPassword", ADMIN_PASSWORD));
            assertEquals(change.toString(), 204, change.status());
        }
        String token = login("admin", password);
        TOKENS.put("admin@" + http().base(), token);
        return token;
    }

    protected static Path initialPasswordFile() {
        return Paths.get(System.getProperty("karaf.data"), "serasan", "initial-admin-password");
    }

    protected String login(String username, String password) {
        Http.Answer a = http().post("/api/v1/auth/login", null, Http.json("username", username, "password", password));
        assertEquals(a.toString(), 200, a.status());
        return a.json().get("token").asText();
    }

    /** Creates an account with one role, linked to the employee with {@code nip}, and returns a token for it. */
    protected String linkedToken(String username, String role, String nip) throws Exception {
        String key = username + "@" + http().base();
        String cached = TOKENS.get(key);
        if (cached != null) {
            return cached;
        }
        String password = "Sandi-" + role.toLowerCase() + "-2026!";
        Http.Answer created = http().post("/api/v1/platform/users", adminToken(), "{\"username\":\"" + username
                + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"],\"nip\":\"" + nip + "\"}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        String token = login(username, password);
        TOKENS.put(key, token);
        return token;
    }

    /** Creates an account (as admin) and returns a token for it. */
    protected String userToken(String username, String role) throws Exception {
        String key = username + "@" + http().base();
        String cached = TOKENS.get(key);
        if (cached != null) {
            return cached;
        }
        String password = "Sandi-" + role.toLowerCase() + "-2026!";
        Http.Answer created = http().post("/api/v1/platform/users", adminToken(),
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]}");
        assertTrue(created.toString(), created.status() == 201 || created.status() == 409);
        String token = login(username, password);
        TOKENS.put(key, token);
        return token;
    }

    /** Runs a console command as an administrator and returns what it printed. */
    protected String console(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(System.in, out, out);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("itest"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        subject.getPrincipals().add(new RolePrincipal("manager"));
        subject.getPrincipals().add(new RolePrincipal("viewer"));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
        } finally {
            out.flush();
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    protected static void assertProblem(Http.Answer a, int status) {
        assertEquals(a.toString(), status, a.status());
        assertTrue("problem+json expected, was " + a.contentType(), a.contentType().startsWith("application/problem+json"));
        JsonNode p = a.json();
        assertEquals(status, p.get("status").asInt());
        assertTrue(p.has("title"));
        assertTrue(p.has("type"));
    }
}
