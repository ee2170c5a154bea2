package id.serasan.platform.internal.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import id.serasan.platform.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * JSON for every resource behind the router, with the platform's one Jackson configuration ({@link Json}: no
 * coercion between JSON types, no duplicate keys, no unknown fields). Input that is not JSON, or JSON of the wrong
 * shape, is answered 400 problem+json naming the field by its path and the expected JSON type in plain words.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsName(JsonProvider.NAME)
@JaxrsMediaType({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, Problems.MEDIA_TYPE, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    public static final String NAME = "serasan.json";

    static boolean isJson(MediaType mt) {
        if (mt == null) {
            return true;
        }
        String sub = mt.getSubtype();
        return ("application".equals(mt.getType()) || mt.isWildcardType())
                && ("json".equals(sub) || sub.endsWith("+json") || mt.isWildcardSubtype());
    }

    private static boolean plain(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || java.io.Reader.class.isAssignableFrom(type) || StreamingOutput.class.isAssignableFrom(type)
                || type == java.io.File.class || javax.ws.rs.core.Response.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !plain(type) && isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entityStream, 1);
        int first = in.read();
        if (first < 0) {
            throw new ProblemException(400, "missing-body", "Data permintaan kosong / Request body missing",
                    "Kirim data JSON / Send a JSON body", null);
        }
        in.unread(first);
        JavaType jt = Json.mapper().getTypeFactory().constructType(genericType == null ? type : genericType);
        try {
            return Json.mapper().readerFor(jt).readValue(in);
        } catch (JsonProcessingException e) {
            throw problem(e);
        }
    }

    /**
     * The 400 problem for JSON that cannot be read: the field by its path ({@code roles[1]}, {@code address.city},
     * {@code $} for the whole body) and what was expected in plain JSON words, never a Java type.
     */
    static ProblemException problem(JsonProcessingException e) {
        rethrowProblem(e);
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return new ProblemException(400, "invalid-json", "Kolom ganda / Duplicate field",
                    "Kolom '" + duplicate + "' muncul lebih dari sekali / Field '" + duplicate + "' appears more than once",
                    List.of(new FieldError(duplicate, "muncul lebih dari sekali / appears more than once")));
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new ProblemException(400, "invalid-json", "Kolom tidak dikenal / Unknown field",
                    "Kolom '" + u.getPropertyName() + "' tidak dikenal / Unknown field '" + u.getPropertyName() + "'",
                    List.of(new FieldError(field(u), "tidak dikenal / unknown field")));
        }
        if (e instanceof JsonMappingException m) {
            String field = field(m);
            String message = m instanceof MismatchedInputException mi ? expected(mi)
                    : outOfRange(m).orElseGet(() -> invalidValue(m));
            return new ProblemException(400, "invalid-json", "Jenis data salah / Wrong value type",
                    "Nilai tidak sesuai untuk '" + field + "' / Wrong value for '" + field + "'",
                    List.of(new FieldError(field, message)));
        }
        String where = e.getLocation() == null ? "" : " (baris/line " + e.getLocation().getLineNr() + ", kolom/column "
                + e.getLocation().getColumnNr() + ")";
        return new ProblemException(400, "malformed-json", "JSON tidak valid / Malformed JSON",
                "Data permintaan bukan JSON yang benar / The request body is not well-formed JSON" + where, null);
    }

    /** A problem raised while reading the stream (e.g. the body size limit) reaches Jackson as a cause. */
    private static void rethrowProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                throw p;
            }
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "$" : path;
    }

    /** The path of a key that appears twice in one object (strict duplicate detection), or null. */
    private static String duplicateField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException sr && sr.getOriginalMessage() != null
                    && sr.getOriginalMessage().startsWith("Duplicate field '")) {
                JsonParser p = sr.getProcessor();
                String pointer = p == null ? null : p.getParsingContext().pathAsPointer().toString();
                if (pointer == null || pointer.isEmpty()) {
                    String m = sr.getOriginalMessage();
                    return m.substring("Duplicate field '".length(), m.length() - 1);
                }
                return pointerToPath(pointer);
            }
        }
        return null;
    }

    /** {@code /roles/1/name} as {@code roles[1].name}. */
    static String pointerToPath(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String seg : pointer.substring(1).split("/", -1)) {
            String name = seg.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                out.append('[').append(name).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(name);
            }
        }
        return out.toString();
    }

    /** "harus ... / must be ..." for a value of the wrong JSON type (or null, or missing). */
    private static String expected(MismatchedInputException e) {
        String[] what = describe(e.getTargetType());
        if (String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
            return "wajib diisi dengan " + what[0] + " / required: " + what[1];
        }
        return "harus " + what[0] + " / must be " + what[1];
    }

    private static Optional<String> outOfRange(JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputCoercionException ic) {
                Class<?> target = ic.getTargetType();
                if (target == int.class || target == Integer.class) {
                    return Optional.of(range(Integer.MIN_VALUE, Integer.MAX_VALUE));
                }
                if (target == long.class || target == Long.class) {
                    return Optional.of(range(Long.MIN_VALUE, Long.MAX_VALUE));
                }
                if (target == short.class || target == Short.class) {
                    return Optional.of(range(Short.MIN_VALUE, Short.MAX_VALUE));
                }
                return Optional.of("bilangan di luar jangkauan / number out of range");
            }
        }
        return Optional.empty();
    }

    private static String range(long min, long max) {
        return "harus bilangan bulat dari " + min + " sampai " + max + " / must be a whole number from " + min + " to " + max;
    }

    /** A value the target refused (a record's own check): its message when it is one of ours, else a plain one. */
    private static String invalidValue(JsonMappingException e) {
        Throwable cause = e.getCause();
        String m = cause == null ? null : cause.getMessage();
        if (m != null && m.contains(" / ") && !m.contains("java.") && !m.contains("`")) {
            return m.split("\n")[0];
        }
        return "nilai tidak valid / invalid value";
    }

    /** What a value of {@code t} looks like in JSON: {Bahasa Indonesia, English}. */
    static String[] describe(Class<?> t) {
        if (t == null) {
            return new String[] {"nilai yang sesuai", "a value of the right type"};
        }
        if (t == String.class || t == char.class || t == Character.class || CharSequence.class.isAssignableFrom(t)) {
            return new String[] {"teks (string JSON)", "text (a JSON string)"};
        }
        if (t == boolean.class || t == Boolean.class) {
            return new String[] {"true atau false", "true or false"};
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == short.class
                || t == Short.class || t == byte.class || t == Byte.class || t == BigInteger.class) {
            return new String[] {"bilangan bulat", "a whole number"};
        }
        if (t.isPrimitive() || Number.class.isAssignableFrom(t)) {
            return new String[] {"bilangan", "a number"};
        }
        if (t == LocalDate.class) {
            return new String[] {"tanggal ISO-8601, mis. \"2026-11-28\"", "an ISO-8601 date such as \"2026-11-28\""};
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return new String[] {"waktu ISO-8601, mis. \"2026-11-28T04:18:47Z\"",
                "an ISO-8601 instant such as \"2026-11-28T04:18:47Z\""};
        }
        if (t == LocalDateTime.class) {
            return new String[] {"tanggal dan jam ISO-8601, mis. \"2026-11-28T11:18:47\"",
                "an ISO-8601 date and time such as \"2026-11-28T11:18:47\""};
        }
        if (t == LocalTime.class) {
            return new String[] {"jam ISO-8601, mis. \"07:30\"", "an ISO-8601 time such as \"07:30\""};
        }
        if (t == YearMonth.class) {
            return new String[] {"bulan ISO-8601, mis. \"2026-11\"", "an ISO-8601 month such as \"2026-11\""};
        }
        if (t.isEnum()) {
            String values = Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new String[] {"salah satu dari " + values, "one of " + values};
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return new String[] {"daftar (array JSON)", "a list (JSON array)"};
        }
        if (t == UUID.class) {
            return new String[] {"UUID (teks)", "a UUID (text)"};
        }
        return new String[] {"objek JSON", "a JSON object"};
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !plain(type) && isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream out) throws IOException {
        if (mediaType == null || mediaType.isWildcardType() || mediaType.isWildcardSubtype()) {
            httpHeaders.putSingle("Content-Type", MediaType.APPLICATION_JSON + ";charset=UTF-8");
        }
        Json.mapper().writeValue(new NonClosing(out), value);
    }

    /** Jackson closes the stream it writes to by default; the container owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
