package id.serasan.platform.internal.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.List;
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
 * JSON for every resource behind the router, with the platform's one Jackson configuration. Input that is not
 * JSON, or JSON of the wrong shape, is answered 400 problem+json naming the field.
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
        } catch (UnrecognizedPropertyException e) {
            rethrowProblem(e);
            throw new ProblemException(400, "invalid-json", "Kolom tidak dikenal / Unknown field",
                    "Kolom '" + e.getPropertyName() + "' tidak dikenal / Unknown field '" + e.getPropertyName() + "'",
                    List.of(new FieldError(path(e), "tidak dikenal / unknown field")));
        } catch (MismatchedInputException e) {
            rethrowProblem(e);
            String field = path(e);
            throw new ProblemException(400, "invalid-json", "Jenis data salah / Wrong value type",
                    "Nilai tidak sesuai untuk '" + field + "' / Wrong value for '" + field + "'",
                    List.of(new FieldError(field.isEmpty() ? "$" : field, "jenis nilai salah / wrong type: "
                            + e.getOriginalMessage().split("\n")[0])));
        } catch (JsonMappingException e) {
            rethrowProblem(e);
            String field = path(e);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProblemException(400, "invalid-json", "Nilai tidak valid / Invalid value",
                    "Nilai tidak valid untuk '" + field + "' / Invalid value for '" + field + "'",
                    List.of(new FieldError(field.isEmpty() ? "$" : field, String.valueOf(cause.getMessage()).split("\n")[0])));
        } catch (JsonProcessingException e) {
            rethrowProblem(e);
            String where = e.getLocation() == null ? "" : " (baris/line " + e.getLocation().getLineNr() + ", kolom/column "
                    + e.getLocation().getColumnNr() + ")";
            throw new ProblemException(400, "malformed-json", "JSON tidak valid / Malformed JSON",
                    "Data permintaan bukan JSON yang benar / The request body is not well-formed JSON" + where, null);
        }
    }

    /** A problem raised while reading the stream (e.g. the body size limit) reaches Jackson as a cause. */
    private static void rethrowProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                throw p;
            }
        }
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
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
