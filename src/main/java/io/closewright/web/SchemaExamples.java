package io.closewright.web;

import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds an example value that its schema accepts: a property's own example when it has one, else the
 * first enum value, else a value of its type and format within its bounds. Strings with a pattern
 * and no example are left out unless required, since no value can be guessed for them.
 */
@SuppressWarnings("rawtypes")
final class SchemaExamples {

    private static final String REFS = "#/components/schemas/";
    private static final int DEPTH = 5;

    private final Map<String, Schema> schemas;

    SchemaExamples(Map<String, Schema> schemas) {
        this.schemas = schemas;
    }

    static String refName(String ref) {
        return ref.startsWith(REFS) ? ref.substring(REFS.length()) : ref;
    }

    Object of(Schema schema) {
        return of(schema, "value", DEPTH);
    }

    private Object of(Schema schema, String name, int depth) {
        if (schema == null || depth == 0) {
            return null;
        }
        if (schema.get$ref() != null) {
            return of(schemas.get(refName(schema.get$ref())), name, depth - 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            return of((Schema) schema.getAllOf().get(0), name, depth - 1);
        }
        String type = schema.getType() != null ? schema.getType() : schema.getProperties() != null ? "object" : "";
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> List.of(of(schema.getItems(), name, depth - 1));
            case "string" -> string(schema, name);
            case "integer" -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
            case "number" ->
                schema.getMinimum() != null && schema.getMinimum().signum() > 0
                        ? schema.getMinimum()
                        : new BigDecimal("25000.00");
            case "boolean" -> true;
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private Object object(Schema schema, int depth) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return example;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        ((Map<String, Schema>) schema.getProperties()).forEach((property, propertySchema) -> {
            boolean guessable = propertySchema.getPattern() == null || propertySchema.getExample() != null;
            Object value = guessable || required.contains(property) ? of(propertySchema, property, depth - 1) : null;
            if (value != null) {
                example.put(property, value);
            }
        });
        return example;
    }

    private static Object string(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "date" -> "2027-03-31";
            case "date-time" -> "2027-03-31T14:30:00Z";
            case "email" -> "ana.lopez@example.com";
            case "uri" -> "https://example.com";
            default -> text(schema, name);
        };
    }

    private static String text(Schema schema, String name) {
        String text = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        Integer max = schema.getMaxLength();
        Integer min = schema.getMinLength();
        if (min != null && text.length() < min) {
            text = text + "x".repeat(min - text.length());
        }
        return max != null && text.length() > max ? text.substring(0, max) : text;
    }
}
