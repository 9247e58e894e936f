package io.closewright.opportunity;

/** One tracked field's change, recorded in the deal's history with who, when and why. */
record FieldChange(String field, String from, String to, String reason) {}
