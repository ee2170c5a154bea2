package id.serasan.platform.internal.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No import cycles between the platform's packages: reads the compiled classes' constant pools (every class a class
 * refers to is named there) and looks for a cycle in the package graph.
 */
class PackageCyclesTest {
    private static final String ROOT = "id/serasan/platform/internal/";
    private static final Pattern REF = Pattern.compile("id/serasan/platform/internal/((?:[a-z0-9_]+/)*)[A-Z]");

    @Test
    void thePlatformsPackagesHaveNoImportCycles() throws IOException {
        Map<String, Set<String>> graph = graph(Paths.get("target/classes", ROOT));
        assertThat(graph).as("classes found").containsKeys("rest", "openapi", "security");
        List<String> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            findCycle(graph, start, new ArrayList<>(List.of(start)), cycles);
        }
        assertThat(cycles).as("package cycles").isEmpty();
    }

    @Test
    void theOpenApiGeneratorDoesNotKnowTheRouter() throws IOException {
        Map<String, Set<String>> graph = graph(Paths.get("target/classes", ROOT));
        assertThat(graph.get("openapi")).doesNotContain("rest");
    }

    private static void findCycle(Map<String, Set<String>> graph, String start, List<String> path, List<String> out) {
        String last = path.get(path.size() - 1);
        for (String next : graph.getOrDefault(last, Set.of())) {
            if (next.equals(start)) {
                out.add(String.join(" -> ", path) + " -> " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                findCycle(graph, start, path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    /** package (relative to internal/, "" for internal itself) -> packages its classes refer to. */
    static Map<String, Set<String>> graph(Path root) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String pkg = pkg(root.relativize(f.getParent()).toString().replace('\\', '/'));
                Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                try (InputStream in = Files.newInputStream(f)) {
                    for (String s : utf8Constants(in)) {
                        Matcher m = REF.matcher(s);
                        while (m.find()) {
                            String target = pkg(m.group(1));
                            if (!target.equals(pkg)) {
                                deps.add(target);
                            }
                        }
                    }
                }
            }
        }
        return graph;
    }

    private static String pkg(String relative) {
        String p = relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
        return p.isEmpty() ? "(internal)" : p.replace('/', '.');
    }

    /** The CONSTANT_Utf8 entries of a class file (class names, descriptors, signatures). */
    static List<String> utf8Constants(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> out.add(in.readUTF());
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }
}
