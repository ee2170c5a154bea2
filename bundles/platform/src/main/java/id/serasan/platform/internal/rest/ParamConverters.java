package id.serasan.platform.internal.rest;

import id.serasan.platform.api.FieldError;
import id.serasan.platform.api.ProblemException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Query, path, header, cookie and form parameters of every module: a value that is not a whole number, a number,
 * true/false, one of an enum's names, an ISO-8601 date or time, or a UUID where the method asks for one is answered
 * 400 problem+json naming the parameter ({@code invalid-parameter}) - not 404, as JAX-RS would by default for query
 * and path parameters.
 */
@Component(service = ParamConverterProvider.class)
@JaxrsExtension
@JaxrsName(ParamConverters.NAME)
public class ParamConverters implements ParamConverterProvider {
    public static final String NAME = "serasan.params";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        Class<?> t = rawType;
        if (t == int.class || t == Integer.class) {
            return (ParamConverter<T>) converter(name, t, s -> Integer.valueOf(s.trim()), String::valueOf);
        }
        if (t == long.class || t == Long.class) {
            return (ParamConverter<T>) converter(name, t, s -> Long.valueOf(s.trim()), String::valueOf);
        }
        if (t == short.class || t == Short.class) {
            return (ParamConverter<T>) converter(name, t, s -> Short.valueOf(s.trim()), String::valueOf);
        }
        if (t == double.class || t == Double.class) {
            return (ParamConverter<T>) converter(name, t, s -> finite(Double.valueOf(s.trim())), String::valueOf);
        }
        if (t == float.class || t == Float.class) {
            return (ParamConverter<T>) converter(name, t, s -> (float) finite(Double.valueOf(s.trim())), String::valueOf);
        }
        if (t == BigDecimal.class) {
            return (ParamConverter<T>) converter(name, t, s -> new BigDecimal(s.trim()), BigDecimal::toPlainString);
        }
        if (t == boolean.class || t == Boolean.class) {
            return (ParamConverter<T>) converter(name, t, ParamConverters::strictBoolean, String::valueOf);
        }
        if (t == LocalDate.class) {
            return (ParamConverter<T>) converter(name, t, s -> LocalDate.parse(s.trim()), Object::toString);
        }
        if (t == LocalDateTime.class) {
            return (ParamConverter<T>) converter(name, t, s -> LocalDateTime.parse(s.trim()), Object::toString);
        }
        if (t == LocalTime.class) {
            return (ParamConverter<T>) converter(name, t, s -> LocalTime.parse(s.trim()), Object::toString);
        }
        if (t == Instant.class) {
            return (ParamConverter<T>) converter(name, t, s -> Instant.parse(s.trim()), Object::toString);
        }
        if (t == OffsetDateTime.class) {
            return (ParamConverter<T>) converter(name, t, s -> OffsetDateTime.parse(s.trim()), Object::toString);
        }
        if (t == YearMonth.class) {
            return (ParamConverter<T>) converter(name, t, s -> YearMonth.parse(s.trim()), Object::toString);
        }
        if (t == UUID.class) {
            return (ParamConverter<T>) converter(name, t, s -> UUID.fromString(s.trim()), Object::toString);
        }
        if (t.isEnum()) {
            Class<? extends Enum> e = (Class<? extends Enum>) t;
            return (ParamConverter<T>) converter(name, t, s -> enumValue(e, s), v -> ((Enum<?>) v).name());
        }
        return null;
    }

    /** The constant named {@code s}, in any letter case ({@code active} is {@code ACTIVE}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Enum<?> enumValue(Class<? extends Enum> type, String s) {
        String v = s.trim();
        for (Enum<?> c : type.getEnumConstants()) {
            if (c.name().equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw new IllegalArgumentException("not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    private static double finite(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new NumberFormatException("not finite");
        }
        return d;
    }

    private static Boolean strictBoolean(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.valueOf(v);
        }
        throw new IllegalArgumentException("not a boolean");
    }

    /** The parameter's name from its JAX-RS annotation ("parameter" when there is none). */
    static String name(Annotation[] annotations) {
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof CookieParam c) {
                return c.value();
            }
            if (a instanceof FormParam f) {
                return f.value();
            }
            if (a instanceof MatrixParam m) {
                return m.value();
            }
        }
        return "parameter";
    }

    private static <T> ParamConverter<T> converter(String name, Class<?> type, Function<String, T> parse,
                                                    Function<T, String> format) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    throw new IllegalArgumentException("null");
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw invalid(name, type);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : format.apply(value);
            }
        };
    }

    /** 400 naming the parameter and what it must be. */
    static ProblemException invalid(String name, Class<?> type) {
        String must;
        if (type == int.class || type == Integer.class) {
            must = range(Integer.MIN_VALUE, Integer.MAX_VALUE);
        } else if (type == long.class || type == Long.class) {
            must = range(Long.MIN_VALUE, Long.MAX_VALUE);
        } else if (type == short.class || type == Short.class) {
            must = range(Short.MIN_VALUE, Short.MAX_VALUE);
        } else {
            String[] what = JsonProvider.describe(type);
            if (type == boolean.class || type == Boolean.class) {
                what = new String[] {"true atau false", "true or false"};
            } else if (type == UUID.class) {
                what = new String[] {"UUID", "a UUID"};
            }
            must = "harus " + what[0].replace("\"", "") + " / must be " + what[1].replace("\"", "");
        }
        return new ProblemException(400, "invalid-parameter", "Parameter tidak valid / Invalid parameter",
                "Nilai parameter '" + name + "' tidak valid / Invalid value for parameter '" + name + "'",
                List.of(new FieldError(name, must)));
    }

    private static String range(long min, long max) {
        return "harus bilangan bulat dari " + min + " sampai " + max + " / must be a whole number from " + min + " to " + max;
    }
}
