package io.closewright.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Declares a property {@code nullable} in the OpenAPI document exactly when its record component is
 * annotated {@link Nullable}: a strictly typed client generated from the document then expects null
 * there and nowhere else. A nullable reference to another schema becomes a nullable schema of the
 * same type with {@code allOf} that reference, since OpenAPI 3.0 ignores the siblings of a {@code $ref}.
 */
class NullableComponents implements ModelConverter {

    private static final String REFS = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (schema != null && raw.isRecord()) {
            Schema<?> model = schema.get$ref() == null ? schema : defined(context, schema.get$ref());
            if (model != null && model.getProperties() != null) {
                markNullable(raw, model.getProperties(), context);
            }
        }
        return schema;
    }

    private static Schema<?> defined(ModelConverterContext context, String ref) {
        return context.getDefinedModels().get(ref.startsWith(REFS) ? ref.substring(REFS.length()) : ref);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markNullable(Class<?> record, Map<String, Schema> properties, ModelConverterContext context) {
        for (RecordComponent component : record.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null || !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                continue;
            }
            if (property.get$ref() != null) {
                Schema referenced = defined(context, property.get$ref());
                Schema wrapped = new ComposedSchema().allOf(List.of(new Schema<>().$ref(property.get$ref())));
                wrapped.setType(referenced == null || referenced.getType() == null ? "object" : referenced.getType());
                wrapped.setNullable(true);
                wrapped.setDescription(property.getDescription());
                properties.put(component.getName(), wrapped);
            } else {
                property.setNullable(true);
            }
        }
    }
}
