package io.closewright.web;

import io.closewright.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;

/** Names the field a malformed JSON body went wrong at, when Jackson can tell. */
final class JsonProblems {

    private JsonProblems() {}

    static List<FieldProblem> describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return List.of(new FieldProblem(field, "has a value of the wrong type or format"));
        }
        return List.of(new FieldProblem("body", "is not valid JSON"));
    }
}
