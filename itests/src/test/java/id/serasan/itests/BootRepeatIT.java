package id.serasan.itests;

import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.After;
import org.junit.Test;

/**
 * The start-up hang is gone: the distribution, unpacked fresh each time (empty database: the first-boot deployment
 * is the one that used to deadlock), is cold-started {@code serasan.itest.bootRepeat} times (5 in the build, itests/pom.xml) as a
 * process. Every start must answer 200 on {@code /api/health}, log no ERROR and stop again on {@code bin/stop}.
 * The only time bound is a generous hang bound ({@value #HANG_BOUND_SECONDS} s); the start-up times are printed and
 * written to {@code target/boot-repeat-<database>.txt}, never asserted.
 */
public class BootRepeatIT {
    static final int HANG_BOUND_SECONDS = 120;
    private KarafProcess karaf;

    @After
    public void cleanUp() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void everyColdStartAnswersHealthWithoutErrorsAndStops() throws Exception {
        int runs = Integer.getInteger("serasan.itest.bootRepeat", 8);
        List<String> report = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            karaf = KarafProcess.unpack("boot-repeat-" + i);
            long t0 = System.currentTimeMillis();
            karaf.start();
            long up = karaf.awaitHealth(t0, HANG_BOUND_SECONDS);
            // Let the boot deployment finish logging before reading the log.
            Thread.sleep(3000);
            List<String> errors = karaf.errorLines();
            assertTrue("start " + i + " logged errors:\n" + String.join("\n", errors), errors.isEmpty());
            assertTrue("start " + i + ": bin/stop did not end the JVM within 90 s", karaf.stop());
            karaf.close();
            karaf.deleteFolder();
            karaf = null;
            millis.add(up);
            report.add(String.format("start %d: first 200 on /api/health after %.2f s", i, up / 1000.0));
        }
        long min = millis.stream().mapToLong(Long::longValue).min().orElse(0);
        long max = millis.stream().mapToLong(Long::longValue).max().orElse(0);
        report.add(String.format("%s: %d of %d cold starts answered 200 (%.2f-%.2f s), no ERROR logged, all stopped",
                TestDatabase.kind(), runs, runs, min / 1000.0, max / 1000.0));
        String text = String.join("\n", report) + "\n";
        System.out.print("BootRepeatIT\n" + text);
        Path out = Paths.get("target", "boot-repeat-" + TestDatabase.kind() + ".txt");
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
