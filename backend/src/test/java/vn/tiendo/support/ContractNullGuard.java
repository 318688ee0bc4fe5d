package vn.tiendo.support;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import vn.tiendo.common.ProblemMapper;

/**
 * Tests only: every answer the test suite provokes is checked against the contract's {@code required} (see
 * OpenApiProblems): a record component without {@code @Nullable} is declared always present and never null, so a
 * null there turns the answer into a 500 naming it, and the test that provoked it fails.
 */
public class ContractNullGuard {
    @ServerResponseFilter
    public void check(ContainerRequestContext request, ContainerResponseContext response) {
        String violation = violation(response.getEntity(), "body", 0);
        if (violation != null) {
            // printed too: a test that only checks the status still leads to the field
            System.err.println("CONTRACT VIOLATED: " + request.getMethod() + " "
                    + request.getUriInfo().getPath() + ": " + violation);
            response.setStatus(500);
            response.getHeaders().putSingle("Content-Type", ProblemMapper.PROBLEM_JSON);
            response.setEntity(ProblemMapper.problem(
                            500,
                            "Contract violated",
                            violation + " is null but not @Nullable in the contract",
                            List.of(),
                            null)
                    .getEntity());
        }
    }

    static String violation(Object value, String where, int depth) {
        if (value == null || depth > 20) {
            return null;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                String v = violation(item, where + "[" + i++ + "]", depth + 1);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) {
                String v = violation(e.getValue(), where + "." + e.getKey(), depth + 1);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        Class<?> type = value.getClass();
        if (!type.isRecord() || !type.getName().startsWith("vn.tiendo.")) {
            return null;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Object component;
            try {
                component = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String here = type.getSimpleName() + "." + c.getName() + " (at " + where + "." + c.getName() + ")";
            if (component == null && !c.isAnnotationPresent(Nullable.class)) {
                return here;
            }
            String v = violation(component, where + "." + c.getName(), depth + 1);
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
