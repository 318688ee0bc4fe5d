package vn.tiendo.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A query parameter that does not parse (?size=abc, ?from=31/12, ?status=NOPE) is bad input: 400 naming the
 * parameter, where JAX-RS would answer 404.
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = Arrays.stream(annotations)
                .filter(a -> a instanceof QueryParam)
                .map(a -> ((QueryParam) a).value())
                .findFirst()
                .orElse(null);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) strict(name, "phải là số nguyên", Integer::valueOf);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) strict(name, "phải là số nguyên", Long::valueOf);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, "phải là ngày dạng yyyy-MM-dd", LocalDate::parse);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) strict(name, "phải là true hoặc false", QueryParamConverters::bool);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) rawType;
            String allowed = String.join(
                    ", ",
                    Arrays.stream(enumType.getEnumConstants()).map(Enum::name).toList());
            return (ParamConverter<T>) strict(
                    name, "phải là một trong: " + allowed, v -> Enum.valueOf(enumType, v.toUpperCase(Locale.ROOT)));
        }
        return null;
    }

    private static Boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(v);
        };
    }

    private static <T> ParamConverter<T> strict(String name, String message, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw ApiException.badRequest(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
