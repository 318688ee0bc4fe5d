package vn.tiendo.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem answers of a resource method that only its service knows about, e.g. {@code @Fails({409, 422})} for a
 * state conflict and a broken business rule, or 404 for an id given in the query or the body. {@link OpenApiProblems}
 * derives the others from the method itself (roles, path parameters, body, If-Match, PUT/PATCH, {@link Idempotent}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Fails {
    int[] value();
}
