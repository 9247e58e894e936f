package io.closewright.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Rules over the whole document, after every operation is built: the {@code Problem} schema of
 * error answers; schemas that only answers use list every property that is not nullable as
 * required (the server always writes them); every request body without an example gets one
 * built from its schema (see {@link SchemaExamples}).
 */
class DocumentShapes implements GlobalOpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = api.getComponents().getSchemas() == null
                ? new TreeMap<>()
                : new TreeMap<>(api.getComponents().getSchemas());
        SchemaGraph graph = new SchemaGraph(schemas);
        Set<String> answered = graph.reachable(bodies(api, false));
        Set<String> sent = graph.reachable(bodies(api, true));
        answered.stream().filter(name -> !sent.contains(name)).forEach(name -> requireNonNullable(schemas.get(name)));
        schemas.put("FieldProblem", fieldProblem());
        schemas.put(OperationProblems.PROBLEM, problem());
        api.getComponents().setSchemas(schemas);
        SchemaExamples examples = new SchemaExamples(schemas);
        operations(api).forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> exemplify(media, examples));
            }
        });
    }

    private static void exemplify(MediaType media, SchemaExamples examples) {
        if (media.getExample() == null && media.getExamples() == null && media.getSchema() != null) {
            media.setExample(examples.of(media.getSchema()));
        }
    }

    @SuppressWarnings("rawtypes")
    private static void requireNonNullable(Schema schema) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        List<String> required = new ArrayList<>();
        properties.forEach((name, property) -> {
            if (!Boolean.TRUE.equals(property.getNullable())) {
                required.add(name);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    private static Stream<Operation> operations(OpenAPI api) {
        return api.getPaths() == null
                ? Stream.empty()
                : api.getPaths().values().stream().flatMap(path -> path.readOperations().stream());
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> bodies(OpenAPI api, boolean requests) {
        List<Schema> bodies = new ArrayList<>();
        operations(api).forEach(operation -> {
            if (requests
                    && operation.getRequestBody() != null
                    && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> bodies.add(media.getSchema()));
            }
            if (!requests && operation.getResponses() != null) {
                operation.getResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .flatMap(response -> response.getContent().values().stream())
                        .forEach(media -> bodies.add(media.getSchema()));
            }
        });
        bodies.removeIf(schema -> schema == null);
        return bodies;
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .description("One problem with one input field")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description("The field as the client sent it")
                                .example("closeDate"))
                .addProperty(
                        "message",
                        new StringSchema().description("What is wrong with it").example("must not be null"))
                .required(List.of("field", "message"));
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, and for bad input which fields")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", new StringSchema().example("/api/opportunities"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
                                .description("Each field that is wrong, for bad input"))
                .required(List.of("title", "status"));
    }

    /** The schemas of the document as a graph of references. */
    @SuppressWarnings("rawtypes")
    private record SchemaGraph(Map<String, Schema> schemas) {

        Set<String> reachable(List<Schema> roots) {
            Set<String> seen = new HashSet<>();
            roots.forEach(root -> visit(root, seen));
            return seen;
        }

        private void visit(Schema schema, Set<String> seen) {
            if (schema == null) {
                return;
            }
            if (schema.get$ref() != null) {
                String name = SchemaExamples.refName(schema.get$ref());
                if (seen.add(name)) {
                    visit(schemas.get(name), seen);
                }
                return;
            }
            if (schema.getProperties() != null) {
                ((Map<String, Schema>) schema.getProperties()).values().forEach(p -> visit(p, seen));
            }
            visit(schema.getItems(), seen);
            if (schema.getAdditionalProperties() instanceof Schema additional) {
                visit(additional, seen);
            }
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null)
                    .forEach(list -> ((List<Schema>) list).forEach(s -> visit(s, seen)));
        }
    }
}
