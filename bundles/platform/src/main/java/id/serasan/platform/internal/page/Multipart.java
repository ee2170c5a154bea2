package id.serasan.platform.internal.page;

import id.serasan.platform.api.page.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) as a browser's form sends it: text fields and files. Bounded: at
 * most {@link #MAX_PARTS} parts and {@link #MAX_FIELD} bytes per text field; the body's total size is limited by
 * the security filter before it gets here.
 */
final class Multipart {
    static final int MAX_PARTS = 100;
    static final int MAX_FIELD = 200_000;
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    /** The parsed form. */
    record Form(Map<String, List<String>> fields, Map<String, List<Upload>> uploads) {
    }

    /** Why a body is not a well-formed form. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    private Multipart() {
    }

    static String boundary(String contentType) throws Malformed {
        Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (!m.find()) {
            throw new Malformed("no boundary");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    static Form parse(String contentType, InputStream in) throws IOException, Malformed {
        byte[] body = in.readAllBytes();
        byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Map<String, List<Upload>> uploads = new LinkedHashMap<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new Malformed("no first boundary");
        }
        int parts = 0;
        while (true) {
            int after = pos + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return new Form(fields, uploads); // the closing delimiter
            }
            int headersStart = skipLineBreak(body, after);
            int headersEnd = indexOf(body, new byte[] {'\r', '\n', '\r', '\n'}, headersStart);
            if (headersEnd < 0) {
                throw new Malformed("part without headers");
            }
            byte[] next = new byte[delimiter.length + 2];
            next[0] = '\r';
            next[1] = '\n';
            System.arraycopy(delimiter, 0, next, 2, delimiter.length);
            int contentStart = headersEnd + 4;
            int contentEnd = indexOf(body, next, contentStart);
            if (contentEnd < 0) {
                throw new Malformed("part not closed");
            }
            if (++parts > MAX_PARTS) {
                throw new Malformed("too many parts");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            String disposition = null;
            String type = null;
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).trim();
                if (name.equals("content-disposition")) {
                    disposition = value;
                } else if (name.equals("content-type")) {
                    type = value;
                }
            }
            if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
                throw new Malformed("part without form-data disposition");
            }
            Matcher n = NAME.matcher(disposition);
            if (!n.find()) {
                throw new Malformed("part without a name");
            }
            String field = n.group(1);
            Matcher f = FILENAME.matcher(disposition);
            byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
            if (f.find()) {
                uploads.computeIfAbsent(field, k -> new ArrayList<>())
                        .add(new Upload(field, baseName(f.group(1)), type, content));
            } else {
                if (content.length > MAX_FIELD) {
                    throw new Malformed("field too long: " + field);
                }
                fields.computeIfAbsent(field, k -> new ArrayList<>()).add(new String(content, StandardCharsets.UTF_8));
            }
            pos = contentEnd + 2;
        }
    }

    /** The name without any folder (old browsers sent {@code C:\Users\…\foto.jpg}). */
    static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static int skipLineBreak(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

}
