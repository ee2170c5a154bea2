package id.serasan.itests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The distribution as an operator runs it: unpacked from the tar.gz into a folder of its own, on free ports, on the
 * run's database ({@link TestDatabase}), started with {@code bin/karaf server} and stopped with {@code bin/stop}.
 * Used by the process-level tests (no Pax Exam).
 */
final class KarafProcess implements AutoCloseable {
    final Path home;
    final int port;
    final TestDatabase database;
    private Process karaf;

    private KarafProcess(Path home, int port, TestDatabase database) {
        this.home = home;
        this.port = port;
        this.database = database;
    }

    /** Unpacks the distribution under test into {@code target/<name>-<time>} with free ports and a fresh database. */
    static KarafProcess unpack(String name) throws Exception {
        Path dir = Paths.get("target", name + "-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(dir);
        run(dir, "tar", "xzf", System.getProperty("serasan.distribution"), "--strip-components=1");
        int port = SerasanTestSupport.freePort();
        set(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(port));
        set(dir.resolve("etc/org.ops4j.pax.web.cfg"), "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        set(dir.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(SerasanTestSupport.freePort()));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(SerasanTestSupport.freePort()));
        set(dir.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(SerasanTestSupport.freePort()));
        TestDatabase db = TestDatabase.fresh(name);
        db.configure(dir);
        return new KarafProcess(dir, port, db);
    }

    Http http() {
        return new Http(port);
    }

    void start() throws IOException {
        karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile())).start();
    }

    /**
     * Waits until {@code /api/health} answers 200 and returns the milliseconds since {@code sinceMillis}; fails only
     * when {@code boundSeconds} pass without it (a hang).
     */
    long awaitHealth(long sinceMillis, int boundSeconds) throws InterruptedException, IOException {
        long end = System.currentTimeMillis() + boundSeconds * 1000L;
        Http http = http();
        while (System.currentTimeMillis() < end) {
            try {
                if (http.get("/api/health", null).status() == 200) {
                    return System.currentTimeMillis() - sinceMillis;
                }
            } catch (AssertionError e) {
                // not listening yet
            }
            if (karaf != null && !karaf.isAlive() && !pidAlive()) {
                throw new AssertionError("Karaf exited before answering /api/health; see " + home.resolve("console.log"));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no 200 on /api/health within " + boundSeconds + " s (hang); log ends:\n" + logTail(40));
    }

    String log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    /** The lines of karaf.log logged at ERROR level. */
    List<String> errorLines() throws IOException {
        Pattern error = Pattern.compile("^\\S+ \\| ERROR \\|.*");
        List<String> out = new ArrayList<>();
        for (String line : log().split("\\R")) {
            if (error.matcher(line).matches()) {
                out.add(line);
            }
        }
        return out;
    }

    String logTail(int lines) throws IOException {
        String[] all = log().split("\\R");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, all.length - lines); i < all.length; i++) {
            b.append(all[i]).append('\n');
        }
        return b.toString();
    }

    /**
     * bin/stop, then waits (at most 90 s) for the JVM (its PID in karaf.pid) to end; kills only that PID if it does
     * not. Returns whether it ended by itself.
     */
    boolean stop() throws Exception {
        if (karaf == null) {
            return true;
        }
        run(home, home.resolve("bin/stop").toString());
        boolean clean = karaf.waitFor(60, TimeUnit.SECONDS);
        if (!clean) {
            karaf.destroyForcibly();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (pidAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        if (pidAlive()) {
            clean = false;
            ProcessHandle.of(pid()).ifPresent(ProcessHandle::destroyForcibly);
        }
        karaf = null;
        return clean;
    }

    /** kill -9 of the Karaf JVM (its PID in karaf.pid), as a power cut would; waits until it is gone. */
    void kill() throws Exception {
        long p = pid();
        ProcessHandle.of(p).ifPresent(ProcessHandle::destroyForcibly);
        long deadline = System.currentTimeMillis() + 30_000;
        while (pidAlive() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        if (karaf != null) {
            karaf.destroyForcibly();
            karaf.waitFor(30, TimeUnit.SECONDS);
        }
        karaf = null;
    }

    private long pid() throws IOException {
        Path file = home.resolve("karaf.pid");
        if (!Files.exists(file)) {
            return -1;
        }
        String p = Files.readString(file).trim();
        return p.isEmpty() ? -1 : Long.parseLong(p);
    }

    private boolean pidAlive() {
        try {
            long p = pid();
            return p > 0 && ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    /** Stops Karaf, drops the database and deletes the folder. */
    @Override
    public void close() throws Exception {
        try {
            stop();
        } finally {
            database.drop();
        }
    }

    void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void set(Path cfg, String key, String value) throws IOException {
        List<String> out = new ArrayList<>();
        boolean done = false;
        for (String line : Files.readAllLines(cfg)) {
            if (line.matches("\\s*" + Pattern.quote(key) + "\\s*=.*")) {
                out.add(key + " = " + value);
                done = true;
            } else {
                out.add(line);
            }
        }
        if (!done) {
            out.add(key + " = " + value);
        }
        Files.write(cfg, out);
    }

    static void run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", cmd));
        }
    }
}
