package io.closewright.shared.web;

import jakarta.servlet.http.HttpServletResponse;

/** Toasts for htmx answers: the {@code HX-Trigger} header the page script turns into a toast. */
public final class Toasts {

    private Toasts() {}

    /** Asks the page to show {@code message} as a toast of {@code level} (success, warning, danger). */
    public static void show(HttpServletResponse response, String level, String message) {
        response.setHeader(
                "HX-Trigger", "{\"cw-toast\": {\"level\": \"" + level + "\", \"message\": \"" + json(message) + "\"}}");
    }

    /** The text as the body of a JSON string, ASCII only so that it survives an HTTP header. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
