package io.closewright.focus;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The focus list and the calendar-feed secret over JSON. */
@RestController
@Tag(name = "Focus")
class FocusApiController {

    private final FocusManagement focus;

    FocusApiController(FocusManagement focus) {
        this.focus = focus;
    }

    /** The new private URL of the caller's calendar feed. */
    record CalendarLink(String calendarUrl) {}

    @Operation(
            summary =
                    "Today's ranked focus list of the caller, or of a rep below a manager (userId): highest score first,"
                            + " each item with a one-line why; a page of items at a time (page from 0, size 1 to 200,"
                            + " default 50), with the number of items in the whole list")
    @GetMapping("/api/focus")
    FocusPage focusList(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Long userId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        PageSlice slice = PageSlice.of(page, size);
        return FocusPage.of(focus.focus(me.viewer(), userId), slice);
    }

    @Operation(summary = "Give the caller a new calendar-feed secret: the old feed URL answers 404 from now on")
    @PostMapping("/api/me/calendar-secret")
    CalendarLink regenerateCalendarSecret(@AuthenticationPrincipal UserPrincipal me) {
        String secret = focus.regenerateCalendarSecret(me.viewer());
        return new CalendarLink(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/calendar/{secret}.ics")
                .buildAndExpand(secret)
                .toUriString());
    }
}
