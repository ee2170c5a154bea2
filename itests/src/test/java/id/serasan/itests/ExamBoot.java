package id.serasan.itests;

import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.ops4j.pax.exam.Option;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * How the Pax Exam container boots, so that the probe never races the distribution's boot.
 *
 * <p>Pax Exam appends its features ({@code exam}: the JUnit invoker, the injector, the probe extender and the remote
 * bundle context that the test driver installs the probe through) to the distribution's single boot stage. All of it
 * then starts in one deployment with Serasan, in no fixed order: under load the remote bundle context came up, the
 * probe was installed and its extender waited its 10 s for {@code ProbeInvokerFactory} while the invoker bundle was
 * still queued behind Serasan's migrations; the driver then gave up after 180 s ("gave up waiting for service
 * org.ops4j.pax.exam.ProbeInvoker"). Here the boot has three stages instead:
 * <ol>
 *   <li>{@code serasan-itest-invoker}: every bundle of Pax Exam's {@code exam} feature except the remote bundle
 *       context, so the invoker factory, the injector and the extender are active before anything else;</li>
 *   <li>the distribution's own {@code featuresBoot}, unchanged, as one deployment as in production;</li>
 *   <li>what Pax Exam appends ({@code exam}, {@code test-dependencies}): only the remote bundle context is new, so
 *       the driver can install the probe only after the distribution's boot deployment is done.</li>
 * </ol>
 */
final class ExamBoot {
    static final String INVOKER_FEATURE = "serasan-itest-invoker";
    private static final String RBC = "pax-exam-container-rbc";

    private ExamBoot() {
    }

    static List<Option> stagedBoot(String distribution, String repo) {
        try {
            String boot = distributionFeaturesBoot(Paths.get(distribution));
            Path features = writeInvokerFeature(Paths.get(repo), System.getProperty("paxexam.version", "4.14.0"));
            // The distribution's boot in parentheses, so that what Pax Exam appends forms a stage of its own.
            String staged = "(" + INVOKER_FEATURE + "), " + (boot.contains("(") ? boot : "(" + boot + ")");
            return List.of(
                    editConfigurationFileExtend("etc/org.apache.karaf.features.cfg", "featuresRepositories",
                            features.toUri().toString()),
                    editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot", staged));
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare the staged Pax Exam boot", e);
        }
    }

    /**
     * The options bin/karaf and bin/setenv give the distribution's JVM that Pax Exam's runner does not: the Zip64
     * flag (the transaction feature embeds a jar Java 17 otherwise refuses), time zone and encoding, and the patched
     * spec locator that Karaf's spec bundles register with.
     */
    static List<Option> distributionJvmOptions() {
        List<Option> out = new ArrayList<>();
        for (String o : new String[] {"-Djdk.util.zip.disableZip64ExtraFieldValidation=true",
                "-Duser.timezone=Asia/Jakarta", "-Dfile.encoding=UTF-8",
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar"}) {
            out.add(vmOption(o));
        }
        return out;
    }

    /** {@code featuresBoot} as the distribution ships it (read from the tar.gz under test). */
    static String distributionFeaturesBoot(Path tarGz) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(tarGz));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.getName().endsWith("/etc/org.apache.karaf.features.cfg")) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(tar.readAllBytes()));
                    String boot = p.getProperty("featuresBoot");
                    if (boot == null || boot.isBlank()) {
                        throw new IllegalStateException("no featuresBoot in " + e.getName());
                    }
                    return boot.trim();
                }
            }
        }
        throw new IllegalStateException("no etc/org.apache.karaf.features.cfg in " + tarGz);
    }

    /** A features repository with {@value #INVOKER_FEATURE}: Pax Exam's exam feature without the remote bundle context. */
    static Path writeInvokerFeature(Path repo, String version) throws Exception {
        Path source = repo.resolve("org/ops4j/pax/exam/pax-exam-features/" + version + "/pax-exam-features-" + version + ".xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(source.toFile());
        StringBuilder bundles = new StringBuilder();
        NodeList features = doc.getElementsByTagNameNS("*", "feature");
        for (int i = 0; i < features.getLength(); i++) {
            Element feature = (Element) features.item(i);
            String name = feature.getAttribute("name");
            if (!name.equals("exam") && !name.equals("exam-no-junit")) {
                continue;
            }
            for (Node n = feature.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element b && b.getLocalName().equals("bundle")) {
                    String url = b.getTextContent().trim();
                    if (url.contains("/" + RBC + "/")) {
                        continue;
                    }
                    bundles.append("    <bundle").append("true".equals(b.getAttribute("dependency")) ? " dependency=\"true\"" : "")
                            .append('>').append(url).append("</bundle>\n");
                }
            }
        }
        if (bundles.indexOf("pax-exam-invoker-junit") < 0) {
            throw new IllegalStateException("no invoker bundle found in " + source);
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"serasan-itest\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"" + INVOKER_FEATURE + "\" version=\"" + version + "\">\n" + bundles
                + "  </feature>\n</features>\n";
        Path out = Paths.get("target", "exam-config", "serasan-itest-features.xml").toAbsolutePath();
        Files.createDirectories(out.getParent());
        Files.writeString(out, xml, StandardCharsets.UTF_8);
        return out;
    }
}
