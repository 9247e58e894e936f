package io.closewright.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.support.Api;
import io.closewright.support.ApiContract;
import io.closewright.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The published OpenAPI document follows the rules generated clients and linters rely on. The test
 * also writes it to {@code target/openapi.json}, where {@code .ci/run} lints it with Redocly.
 */
@IntegrationTest
class ApiDocumentIntegrationTests {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    @LocalServerPort
    int port;

    JsonNode document;

    @BeforeEach
    void readDocument() throws IOException {
        String text = ApiContract.document("http://localhost:" + port);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi.json"), text);
        document = Api.json(text);
    }

    @Test
    void declaresBearerTokensAndRequiresThemExceptOnPublicOperations() {
        JsonNode scheme = document.at("/components/securitySchemes/bearer");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("bearer")).isTrue();
        JsonNode signIn = document.at("/paths/~1api~1auth~1token/post");
        assertThat(signIn.get("security")).isEmpty();
        assertThat(signIn.at("/responses/401/description").asString()).isEqualTo("The credentials are wrong");
        assertThat(signIn.at("/responses").has("429")).isTrue();
        assertThat(document.at("/paths/~1api~1me/get/responses").has("401")).isTrue();
    }

    @Test
    void everyOperationHasAReadableUniqueIdATagAndProblemAnswers() {
        Set<String> ids = new HashSet<>();
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            String id = operation.path("operationId").asString("");
            if (!id.matches("[a-z][a-zA-Z]+") || !ids.add(id)) {
                failures.add(name + ": operationId '" + id + "' is not unique camelCase");
            }
            if (operation.path("tags").isEmpty()) {
                failures.add(name + ": no tag");
            }
            boolean documentsAnError = false;
            for (Map.Entry<String, JsonNode> response :
                    operation.get("responses").properties()) {
                if (response.getKey().startsWith("4")) {
                    documentsAnError = true;
                    if (!response.getValue()
                            .at("/content/application~1problem+json/schema/$ref")
                            .asString("")
                            .endsWith("/Problem")) {
                        failures.add(name + ": " + response.getKey() + " is not problem+json");
                    }
                }
            }
            if (!documentsAnError) {
                failures.add(name + ": documents no 4xx answer");
            }
        });
        assertThat(failures).isEmpty();
        assertThat(document.at("/components/schemas/Problem/properties/errors/items/$ref")
                        .asString())
                .endsWith("/FieldProblem");
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> failures = new ArrayList<>();
        operations((name, operation) -> {
            JsonNode content = operation.at("/requestBody/content");
            for (Map.Entry<String, JsonNode> media : content.properties()) {
                if (!media.getValue().has("example") && !media.getValue().has("examples")) {
                    failures.add(name + " " + media.getKey());
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void declaresNullableFieldsAndRequiresTheOthersInAnswers() {
        JsonNode deal = document.at("/components/schemas/OpportunityView");
        assertThat(deal.at("/properties/closedOn/nullable").asBoolean()).isTrue();
        assertThat(deal.at("/properties/lastActivityAt/nullable").asBoolean()).isTrue();
        assertThat(deal.at("/properties/name/nullable").isMissingNode()).isTrue();
        List<String> required = new ArrayList<>();
        deal.get("required").forEach(field -> required.add(field.asString()));
        assertThat(required).contains("id", "name", "closeDate").doesNotContain("closedOn", "lastActivityAt");
    }

    @Test
    void creatingOperationsAnswer201AndDeletingOnes204() {
        assertThat(document.at("/paths/~1api~1opportunities/post/responses").has("201"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1accounts/post/responses").has("201"))
                .isTrue();
        assertThat(document.at("/paths/~1api~1opportunities~1{id}~1activities~1{activityId}/delete/responses")
                        .has("204"))
                .isTrue();
    }

    private void operations(java.util.function.BiConsumer<String, JsonNode> each) {
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (String method : METHODS) {
                if (path.getValue().has(method)) {
                    each.accept(
                            method.toUpperCase() + " " + path.getKey(),
                            path.getValue().get(method));
                }
            }
        }
    }
}
