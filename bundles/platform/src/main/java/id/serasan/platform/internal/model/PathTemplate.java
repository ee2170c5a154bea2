package id.serasan.platform.internal.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A JAX-RS path template compiled to a regular expression, with its JAX-RS sort keys. */
public final class PathTemplate {
    private static final Pattern VAR = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})+))?\\}");

    private final String template;
    private final Pattern regex;
    private final int literalChars;
    private final int variables;

    public PathTemplate(String template) {
        this.template = normalise(template);
        StringBuilder re = new StringBuilder();
        Matcher m = VAR.matcher(this.template);
        int last = 0;
        int lits = 0;
        int vars = 0;
        while (m.find()) {
            String lit = this.template.substring(last, m.start());
            re.append(Pattern.quote(lit));
            lits += lit.length();
            re.append('(').append(m.group(2) == null ? "[^/]+?" : m.group(2).trim()).append(')');
            vars++;
            last = m.end();
        }
        String tail = this.template.substring(last);
        lits += tail.length();
        if (!tail.isEmpty()) {
            re.append(Pattern.quote(tail));
        }
        this.regex = Pattern.compile(re.toString());
        this.literalChars = lits;
        this.variables = vars;
    }

    /** Strips leading and trailing slashes and joins double ones. */
    public static String normalise(String path) {
        String p = path == null ? "" : path.replaceAll("/{2,}", "/");
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Joins two template parts with one slash. */
    public static String join(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty()) {
            return y;
        }
        return y.isEmpty() ? x : x + "/" + y;
    }

    public boolean matches(String path) {
        return regex.matcher(normalise(path)).matches();
    }

    public String template() {
        return template;
    }

    public int literalChars() {
        return literalChars;
    }

    public int variables() {
        return variables;
    }

    /** The variable names, in order. */
    public java.util.List<String> variableNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = VAR.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** The template with regular expressions dropped: {@code users/{name}}, as OpenAPI wants it. */
    public String plain() {
        return VAR.matcher(template).replaceAll(mr -> Matcher.quoteReplacement("{" + mr.group(1) + "}"));
    }
}
