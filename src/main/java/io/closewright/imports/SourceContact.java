package io.closewright.imports;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A contact named on an imported row: a name (1 to 200 characters) and an email when the file gives
 * one. Within an account it is the same contact on every row and every later import when its email is
 * the same, or, without an email, its name.
 */
record SourceContact(String name, @Nullable String email) {

    /** The contact's key within its account: {@code email:} plus the email, else {@code name:} plus the name. */
    String key() {
        return email != null ? "email:" + email.toLowerCase(Locale.ROOT) : "name:" + name.toLowerCase(Locale.ROOT);
    }

    /** What was imported of the contact, to tell a changed contact from an unchanged one. */
    String fingerprint() {
        return ImportPlanner.fingerprint(name, String.valueOf(email));
    }
}
