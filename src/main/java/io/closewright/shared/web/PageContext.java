package io.closewright.shared.web;

/**
 * What every page needs besides its own data: who is signed in, the CSRF token for forms and htmx,
 * which navigation entry is active, how to format money and dates, and the flash message left by the
 * previous request (redirect-after-post).
 *
 * @param role {@code REP}, {@code MANAGER} or {@code ADMIN}
 * @param nav the key of the active navigation entry ({@code pipeline}, {@code opportunities},
 *     {@code accounts}, {@code admin}) or empty
 * @param currency the workspace currency, an ISO 4217 code
 * @param flash a success message to show once, or null
 * @param flashError a failure message to show once, or null
 */
public record PageContext(
        long userId,
        String name,
        String email,
        String role,
        String csrfParameterName,
        String csrfHeaderName,
        String csrfToken,
        String nav,
        String currency,
        Formats fmt,
        String flash,
        String flashError) {

    public boolean isAdmin() {
        return "ADMIN".equals(role);
    }

    public boolean leadsOthers() {
        return "ADMIN".equals(role) || "MANAGER".equals(role);
    }

    public boolean navIs(String key) {
        return key.equals(nav);
    }

    /** The JSON for htmx's {@code hx-headers}: the CSRF header every htmx request sends. */
    public String htmxHeaders() {
        return "{\"" + csrfHeaderName + "\": \"" + csrfToken + "\"}";
    }

    public String initials() {
        return Formats.initials(name);
    }
}
