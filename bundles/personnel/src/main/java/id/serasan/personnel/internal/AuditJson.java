package id.serasan.personnel.internal;

import java.lang.reflect.RecordComponent;
import java.util.Map;

/** Writes a record or map as compact JSON for the audit trail (before/after), without a JSON library. */
public final class AuditJson {
    private AuditJson() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        write(b, value);
        return b.toString();
    }

    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Map<?, ?> m) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, String.valueOf(e.getKey()));
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Record r) {
            b.append('{');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object x;
                try {
                    x = c.getAccessor().invoke(r);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                if (x == null) {
                    continue;
                }
                if (!first) {
                    b.append(',');
                }
                first = false;
                string(b, c.getName());
                b.append(':');
                write(b, x);
            }
            b.append('}');
        } else {
            string(b, v.toString());
        }
    }

    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        b.append('"');
    }
}
