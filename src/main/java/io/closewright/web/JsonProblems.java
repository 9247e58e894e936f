package io.closewright.web;

import io.closewright.shared.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Names the field a malformed JSON body went wrong at, when Jackson can tell, and for dates and
 * date-times the format expected.
 */
final class JsonProblems {

    private JsonProblems() {}

    private static String expected(DatabindException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == OffsetDateTime.class || type == Instant.class) {
            return ClientDateTimes.EXPECTED;
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-12-02 (YYYY-MM-DD)";
        }
        return "has a value of the wrong type or format";
    }

    static List<FieldProblem> describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            return List.of(new FieldProblem(field, expected(databind)));
        }
        return List.of(new FieldProblem("body", "is not valid JSON"));
    }
}
