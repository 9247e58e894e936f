package io.closewright.closeplan;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's business calendar: working week, holidays and the risk buffer. */
@RestController
@Tag(name = "Close plans")
class CalendarApiController {

    private final ClosePlanManagement plans;

    CalendarApiController(ClosePlanManagement plans) {
        this.plans = plans;
    }

    record CalendarBody(
            @Size(max = 7) List<DayOfWeek> workdays,
            @Size(max = 1000) List<LocalDate> holidays,
            java.util.Map<LocalDate, @Size(max = 200) String> holidayNames,
            Integer riskBufferDays) {}

    @Operation(summary = "The workspace calendar")
    @GetMapping("/api/workspace/calendar")
    ResponseEntity<CalendarView> workspaceCalendar(@AuthenticationPrincipal UserPrincipal me) {
        CalendarView calendar = plans.calendar(me.viewer());
        return Tagged.ok(calendar, calendar.version());
    }

    @Operation(summary = "Change the workspace calendar (admins); fields left out keep their value")
    @PutMapping("/api/workspace/calendar")
    ResponseEntity<CalendarView> changeWorkspaceCalendar(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CalendarBody body) {
        Long version = Versions.optional(ifMatch);
        CalendarView calendar = plans.changeCalendar(
                me.viewer(),
                version,
                body.workdays() == null ? null : new HashSet<>(body.workdays()),
                body.holidays() == null
                        ? null
                        : body.holidays().stream()
                                .map(d -> new CalendarView.HolidayView(
                                        d,
                                        body.holidayNames() == null
                                                ? null
                                                : body.holidayNames().get(d)))
                                .toList(),
                body.riskBufferDays());
        return Tagged.ok(calendar, calendar.version());
    }
}
