package io.closewright.focus;

import io.closewright.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The private iCalendar feed at {@code /calendar/{secret}.ics}, read without a session by Google Calendar
 * or Outlook; a wrong or regenerated secret answers 404 and shows nothing.
 */
@Controller
@Tag(name = "Calendar feed")
class CalendarFeedController {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final FocusManagement focus;

    CalendarFeedController(FocusManagement focus) {
        this.focus = focus;
    }

    @Operation(summary = "A user's steps, checkups, asks and tasks as an iCalendar feed (RFC 5545)")
    @GetMapping("/calendar/{secret}.ics")
    ResponseEntity<String> calendarFeed(@PathVariable String secret) {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath();
        String host = base.build().getHost();
        return focus.calendarFeed(secret, base.toUriString(), host == null ? "closewright" : host)
                .map(ics -> ResponseEntity.ok()
                        .contentType(CALENDAR)
                        .cacheControl(CacheControl.noStore())
                        .body(ics))
                .orElseThrow(() -> new NotFoundException("Calendar", secret));
    }
}
