package io.closewright.shared;

/** One problem with one input field: {@code field} names it as the client sent it. */
public record FieldProblem(String field, String message) {}
