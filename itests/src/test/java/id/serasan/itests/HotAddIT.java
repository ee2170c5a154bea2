package id.serasan.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.inject.Inject;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/**
 * The platform's core promise: while clients keep calling running modules, another module is installed,
 * updated, stopped, started, dropped into deploy/ and removed, and the clients never see an error.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HotAddIT extends SerasanTestSupport {
    static final String GUESTBOOK = "serasan-example-guestbook";

    @Inject
    FeaturesService features;

    @Configuration
    public Option[] config() {
        return baseConfiguration();
    }

    /** Keeps calling {@code paths} over kept-alive and new connections, recording every non-200. */
    static final class Poller implements Runnable {
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong ok = new AtomicLong();
        final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private final String base;
        private final String token;
        private final List<String> paths;
        private final boolean freshConnections;

        Poller(String base, String token, List<String> paths, boolean freshConnections) {
            this.base = base;
            this.token = token;
            this.paths = paths;
            this.freshConnections = freshConnections;
        }

        @Override
        public void run() {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            int i = 0;
            while (!stop.get()) {
                String path = paths.get(i++ % paths.size());
                try {
                    if (freshConnections) {
                        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    }
                    HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + token).GET().build();
                    int status = client.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        ok.incrementAndGet();
                    } else {
                        failures.merge(path + " -> " + status, 1, Integer::sum);
                    }
                } catch (Exception e) {
                    failures.merge(path + " -> " + e.getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        }
    }

    @Test
    public void installingUpdatingAndRemovingAModuleNeverDisturbsOtherModules() throws Exception {
        String token = adminToken();
        List<String> paths = List.of("/api/v1/platform/navigation", "/api/v1/auth/me", "/api/v1/platform/modules",
                "/api/health");
        Poller kept = new Poller(http().base(), token, paths, false);
        Poller fresh = new Poller(http().base(), token, paths, true);
        Thread t1 = new Thread(kept, "poller-kept-alive");
        Thread t2 = new Thread(fresh, "poller-new-connections");
        t1.start();
        t2.start();
        try {
            Thread.sleep(1000);
            // 1. feature:install
            features.installFeature(GUESTBOOK);
            await("/api/v1/guestbook/entries", null, 200, 30);
            assertEquals(201, http().post("/api/v1/guestbook/entries", token, "{\"message\":\"hot\"}").status());
            Thread.sleep(500);
            // 2. bundle:update (a new revision of the module)
            Bundle gb = bundle("id.serasan.example.guestbook");
            gb.update();
            await("/api/v1/guestbook/entries", null, 200, 30);
            Thread.sleep(500);
            // 3. stop and start
            gb.stop();
            await("/api/v1/guestbook/entries", null, 404, 30);
            gb.start();
            await("/api/v1/guestbook/entries", null, 200, 30);
            Thread.sleep(500);
            // 4. feature:uninstall
            features.uninstallFeature(GUESTBOOK);
            await("/api/v1/guestbook/entries", null, 404, 30);
            Thread.sleep(500);
            // 5. a jar dropped into deploy/ and removed again (the JPA stack stays installed from the boot)
            features.installFeature("serasan-jpa");
            Path versions = Paths.get(System.getProperty("karaf.home"), "system", "id", "serasan",
                    "id.serasan.example.guestbook");
            Path jar;
            try (var dirs = Files.list(versions)) {
                jar = dirs.findFirst().orElseThrow();
            }
            Path dropped = Paths.get(System.getProperty("karaf.home"), "deploy", "guestbook.jar");
            try (var jars = Files.list(jar)) {
                Files.copy(jars.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow(), dropped,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            await("/api/v1/guestbook/entries", null, 200, 60);
            Files.delete(dropped);
            await("/api/v1/guestbook/entries", null, 404, 60);
            Thread.sleep(1000);
        } finally {
            kept.stop.set(true);
            fresh.stop.set(true);
            t1.join(15_000);
            t2.join(15_000);
        }
        long calls = kept.ok.get() + fresh.ok.get();
        System.out.println("HotAddIT: " + calls + " successful calls, failures kept-alive=" + kept.failures
                + " new-connections=" + fresh.failures);
        assertTrue("the pollers ran: " + calls, calls > 200);
        assertTrue("kept-alive connections saw failures: " + kept.failures, kept.failures.isEmpty());
        assertTrue("new connections saw failures: " + fresh.failures, fresh.failures.isEmpty());
    }

    private Bundle bundle(String bsn) {
        for (Bundle b : bundleContext.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + bsn);
    }
}
