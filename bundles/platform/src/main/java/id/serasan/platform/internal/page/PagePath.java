package id.serasan.platform.internal.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page's path template: literal segments and {@code {name}} variables matching one segment each. {@code /} is
 * the home page.
 */
record PagePath(String template, List<String> segments) {
    /** Top-level segments the platform keeps for itself. */
    static final List<String> RESERVED = List.of("api", "assets", "tampilan");

    static PagePath of(String template) {
        if (template == null || !template.startsWith("/") || template.contains("//") || template.contains("?")
                || template.contains("#") || (template.length() > 1 && template.endsWith("/"))) {
            throw new IllegalArgumentException("a path such as /berita or /berita/{slug}: " + template);
        }
        List<String> segs = split(template);
        for (String s : segs) {
            boolean variable = s.startsWith("{") && s.endsWith("}");
            if (variable ? !s.substring(1, s.length() - 1).matches("[a-zA-Z][a-zA-Z0-9]*")
                    : !s.matches("[a-z0-9][a-z0-9._-]*")) {
                throw new IllegalArgumentException("segment '" + s + "' of " + template
                        + ": lower-case letters, digits, '.', '_', '-', or {name}");
            }
        }
        if (!segs.isEmpty() && RESERVED.contains(segs.get(0))) {
            throw new IllegalArgumentException("/" + segs.get(0) + " belongs to the platform: " + template);
        }
        return new PagePath(template, List.copyOf(segs));
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    /** The variables' values when {@code path} (already split) matches. */
    Optional<Map<String, String>> match(List<String> path) {
        if (path.size() != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> vars = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String t = segments.get(i);
            if (t.startsWith("{")) {
                vars.put(t.substring(1, t.length() - 1), path.get(i));
            } else if (!t.equals(path.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }

    /** How many literal segments: the more, the more specific. */
    int literals() {
        return (int) segments.stream().filter(s -> !s.startsWith("{")).count();
    }
}
