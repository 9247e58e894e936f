package io.closewright.imports;

/** What a column of an imported file can mean for a deal; {@code required} fields must be mapped. */
enum DealField {
    EXTERNAL_ID("External id", true),
    NAME("Deal name", false),
    ACCOUNT("Account", false),
    OWNER("Owner", false),
    STAGE("Stage", true),
    AMOUNT("Amount", false),
    CLOSE_DATE("Close date", false),
    CREATED_DATE("Created or engaged on", false),
    CURRENCY("Currency", false),
    STATUS("Won/lost status", false),
    IS_WON("Is won (0/1)", false),
    IS_CLOSED("Is closed (0/1)", false),
    PRODUCT("Product", false),
    CONTACT("Contacts (name, email or name (email); several split by ;)", false),
    CONTACT_EMAIL("Contact email", false);

    final String label;
    final boolean required;

    DealField(String label, boolean required) {
        this.label = label;
        this.required = required;
    }

    /** The parameter that maps this field to a column in the generic preset: {@code column.closeDate}. */
    String parameter() {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    String label() {
        return label;
    }
}
