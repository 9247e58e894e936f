package io.closewright.web;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;

/**
 * Documents on every API operation the problem+json answers it can give, read from the handler
 * method itself, so that endpoints added later are documented the same way without annotations:
 * 400 when it takes input; 401 unless it is public ({@code @SecurityRequirements} left empty), and
 * for a public one that takes a body (credentials), with 429 when throttled; 403 unless it is public
 * (roles, and authorship for changes); 404 when its path, body or an {@code ...Id}/{@code teamOf} query
 * parameter names a record; 409 for changes that
 * conflict; 412 for changes, which can lose a race with another writer (with {@code If-Match}, 428 when
 * a PUT or PATCH goes without it); 413 and 415 for request bodies (JSON, CSV or multipart).
 * Responses an operation documents itself are kept.
 */
class OperationProblems implements GlobalOperationCustomizer {

    static final String PROBLEM = "Problem";

    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        boolean isPublic = isPublic(handler);
        if (isPublic) {
            operation.setSecurity(List.of());
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        statuses(handler, isPublic).forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problem(description));
            }
        });
        operation.setResponses(responses);
        return operation;
    }

    static boolean isPublic(HandlerMethod handler) {
        SecurityRequirements requirements = handler.getMethodAnnotation(SecurityRequirements.class);
        return requirements != null && requirements.value().length == 0;
    }

    private static Map<String, String> statuses(HandlerMethod handler, boolean isPublic) {
        List<MethodParameter> parameters = Arrays.asList(handler.getMethodParameters());
        boolean changes = isChange(handler);
        boolean body = parameters.stream()
                        .anyMatch(p -> p.hasParameterAnnotation(RequestBody.class)
                                || p.hasParameterAnnotation(RequestPart.class))
                || consumesBody(handler);
        boolean ifMatch = parameters.stream().anyMatch(OperationProblems::isIfMatch);
        Map<String, String> statuses = new LinkedHashMap<>();
        if (body || parameters.stream().anyMatch(OperationProblems::isInput)) {
            statuses.put("400", "Bad input: `errors` names each field and what is wrong with it");
        }
        if (!isPublic) {
            statuses.put("401", "No valid bearer token: send `Authorization: Bearer <token>` (POST /api/auth/token)");
        } else if (body) {
            statuses.put("401", "The credentials are wrong");
        }
        if (!isPublic) {
            statuses.put(
                    "403",
                    changes
                            ? "The caller's role, or authorship of the record, does not allow this change"
                            : "The caller's role does not allow this read");
        }
        if (body
                || parameters.stream()
                        .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class)
                                || (p.hasParameterAnnotation(RequestParam.class)
                                        && p.getParameterName() != null
                                        && (p.getParameterName().endsWith("Id")
                                                || p.getParameterName().equals("teamOf"))))) {
            statuses.put("404", "No such record, or one the caller may not see");
        }
        if (!isPublic && changes) {
            statuses.put("409", "The change conflicts with the record's state or with existing data");
        }
        if (ifMatch) {
            statuses.put("412", "`If-Match` names a version that is no longer current: read the record again");
        } else if (!isPublic && changes) {
            statuses.put("412", "Someone else changed the record at the same moment: read it again and retry");
        }
        if (ifMatch
                && (handler.hasMethodAnnotation(PutMapping.class) || handler.hasMethodAnnotation(PatchMapping.class))) {
            statuses.put("428", "The change needs `If-Match` with the version it changes (the ETag of the last read)");
        }
        if (body) {
            statuses.put("413", "The request body is too large");
            statuses.put("415", "The request body is not of a type the operation takes");
        }
        if (isPublic && body) {
            statuses.put("429", "Too many failed attempts from this account or address; wait and try again");
        }
        return statuses;
    }

    /** A handler that reads the raw request body itself declares what it consumes. */
    private static boolean consumesBody(HandlerMethod handler) {
        PostMapping post = handler.getMethodAnnotation(PostMapping.class);
        PutMapping put = handler.getMethodAnnotation(PutMapping.class);
        return (post != null && post.consumes().length > 0) || (put != null && put.consumes().length > 0);
    }

    private static boolean isChange(HandlerMethod handler) {
        return handler.hasMethodAnnotation(PostMapping.class)
                || handler.hasMethodAnnotation(PutMapping.class)
                || handler.hasMethodAnnotation(PatchMapping.class)
                || handler.hasMethodAnnotation(DeleteMapping.class);
    }

    private static boolean isInput(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(RequestParam.class)
                || parameter.hasParameterAnnotation(PathVariable.class)
                || parameter.hasParameterAnnotation(RequestHeader.class);
    }

    private static boolean isIfMatch(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        return header != null
                && ("If-Match".equalsIgnoreCase(header.name()) || "If-Match".equalsIgnoreCase(header.value()));
    }

    private static ApiResponse problem(String description) {
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse()
                .description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schema)));
    }
}
