package io.closewright.activity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A deal's timeline and the search box over JSON; both show only what the caller may see. */
@RestController
@Tag(name = "Activities")
class TimelineApiController {

    private final Timeline timeline;
    private final Search search;

    TimelineApiController(Timeline timeline, Search search) {
        this.timeline = timeline;
        this.search = search;
    }

    @Operation(
            summary = "A deal's timeline, newest first, paged: activities and system events;"
                    + " kind filters by kinds or groups (ACTIVITY, DEAL, PLAN), comma-separated")
    @GetMapping("/api/opportunities/{id}/timeline")
    Paged<TimelineItem> timeline(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam(required = false) @Size(max = 400) String kind,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return timeline.of(me.viewer(), id, TimelineKind.parse(kind), PageSlice.of(page, size));
    }

    @Operation(summary = "Deals, accounts and contacts whose name, email or domain contains q (2 to 100 characters)")
    @GetMapping("/api/search")
    SearchResults search(@AuthenticationPrincipal UserPrincipal me, @RequestParam(required = false) String q) {
        return search.find(me.viewer(), q);
    }
}
