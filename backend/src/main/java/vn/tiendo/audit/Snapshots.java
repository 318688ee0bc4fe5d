package vn.tiendo.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON picture of an entity or DTO at one moment. Records (DTOs) go through Jackson as the API shows them;
 * entities by their own declared fields, without Hibernate's enhancement fields. Never pass an entity
 * holding a secret (AppUser): pass its DTO.
 */
@ApplicationScoped
public class Snapshots {
    @Inject
    ObjectMapper mapper;

    public JsonNode of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value.getClass().isRecord() || value instanceof Map<?, ?>) {
            return mapper.valueToTree(value);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        // Quarkus' Hibernate enhancement turns the entities' public fields private: read the declared fields
        for (Field f : value.getClass().getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    || Modifier.isTransient(f.getModifiers())
                    || f.getName().startsWith("$$")) {
                continue;
            }
            try {
                f.setAccessible(true);
                fields.put(f.getName(), f.get(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return mapper.valueToTree(fields);
    }
}
