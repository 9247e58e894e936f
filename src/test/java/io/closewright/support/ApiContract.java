package io.closewright.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Holds every API response the tests receive to the live {@code /v3/api-docs} of the server that
 * answered it: a status the operation does not document, a body that contradicts its schema (a null
 * where the document promises a value, a missing required field, a wrong type) or a success from an
 * undocumented operation fails the test, naming the operation, the status and the field. (A 4xx to a
 * path or method no operation documents is the server refusing junk, and passes.)
 */
public final class ApiContract {

    private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern POINTER = Pattern.compile("\\[Path '([^']*)'\\]");

    private ApiContract() {}

    /**
     * @throws AssertionError when the response contradicts the document
     */
    public static void check(String base, String method, String pathAndQuery, Api.Response response) {
        String path = URI.create(base + pathAndQuery).getRawPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.status())
                .withContentType(response.contentType().isBlank() ? null : response.contentType());
        if (response.text() != null && !response.text().isEmpty()) {
            answer.withBody(response.text());
        }
        ValidationReport report =
                validator(base).validateResponse(path, Request.Method.valueOf(method), answer.build());
        boolean undocumented = report.getMessages().stream().anyMatch(ApiContract::isUndocumentedOperation);
        if (undocumented && response.status() >= 400 && response.status() < 500) {
            return;
        }
        if (errors(report, response).findAny().isPresent()) {
            throw new AssertionError(describe(method, path, response, report));
        }
    }

    /**
     * The errors of the report, less those about a null where the document declares a nullable
     * reference ({@code nullable: true} with {@code allOf: [$ref]}, the OpenAPI 3.0 idiom generated
     * clients read as "this object or null"), which the validator does not read that way.
     */
    private static Stream<ValidationReport.Message> errors(ValidationReport report, Api.Response response) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(m.getKey().endsWith("schema.allOf") && isNullAt(response, m.getMessage())));
    }

    private static boolean isNullAt(Api.Response response, String message) {
        Matcher pointer = POINTER.matcher(message);
        return pointer.find() && response.json().at(pointer.group(1)).isNull();
    }

    private static boolean isUndocumentedOperation(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed");
    }

    private static String describe(String method, String path, Api.Response response, ValidationReport report) {
        String operation = report.getMessages().stream()
                .flatMap(m -> m.getContext().flatMap(c -> c.getApiOperation()).stream())
                .map(op -> op.getOperation().getOperationId())
                .findFirst()
                .orElse("no documented operation");
        String messages = errors(report, response)
                .map(m -> "  - " + m.getKey() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
        return method + " " + path + " (" + operation + ") answered " + response.status()
                + " contrary to /v3/api-docs:\n" + messages + "\n  body: " + abbreviate(response.text());
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    private static OpenApiInteractionValidator validator(String base) {
        return VALIDATORS.computeIfAbsent(base, ApiContract::load);
    }

    private static OpenApiInteractionValidator load(String base) {
        LevelResolver levels = LevelResolver.create()
                .withLevel("validation.request", ValidationReport.Level.IGNORE)
                .withLevel("validation.request.path.missing", ValidationReport.Level.ERROR)
                .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.ERROR)
                .build();
        return OpenApiInteractionValidator.createForInlineApiSpecification(document(base))
                .withLevelResolver(levels)
                .build();
    }

    /** The document as the server at {@code base} publishes it. */
    public static String document(String base) {
        try {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("/v3/api-docs answered " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
