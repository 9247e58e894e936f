package io.closewright.opportunity;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.Tagged;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals over JSON. Reads and writes are limited to deals the caller may see (others answer 404);
 * changes need {@code If-Match} with the current version (412 when stale, 428 when missing).
 */
@RestController
@Tag(name = "Opportunities")
class OpportunitiesApiController {

    private final OpportunityManagement opportunities;

    OpportunitiesApiController(OpportunityManagement opportunities) {
        this.opportunities = opportunities;
    }

    record CreateBody(
            @NotBlank @Size(max = 200) String name,
            @NotNull Long accountId,
            Long ownerId,

            @NotNull @DecimalMin("0") @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO code such as USD")
            String currency,

            @NotBlank @Size(max = 40) String stage,
            @NotNull LocalDate closeDate,
            ForecastCategory forecastCategory) {}

    record PatchBody(
            @Size(min = 1, max = 200) String name,
            Long accountId,
            Long ownerId,

            @DecimalMin("0") @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @Pattern(regexp = "[A-Z]{3}", message = "must be a three-letter ISO code such as USD")
            String currency,

            @Size(min = 1, max = 40) String stage,
            LocalDate closeDate,
            @Size(max = 500) String closeDateReason,
            ForecastCategory forecastCategory) {}

    record CloseDateBody(
            @NotNull LocalDate closeDate, @Size(max = 500) String reason) {}

    record CloseBody(
            @NotNull CloseOutcome outcome,
            LocalDate closedOn,

            @DecimalMin("0") @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @Size(max = 500) String reason) {}

    @Operation(summary = "Open a deal")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/opportunities")
    ResponseEntity<OpportunityView> createOpportunity(
            @AuthenticationPrincipal UserPrincipal me, @Valid @RequestBody CreateBody body) {
        OpportunityView deal = opportunities.open(
                me.viewer(),
                new NewOpportunity(
                        body.name(),
                        body.accountId(),
                        body.ownerId(),
                        body.amount(),
                        body.currency(),
                        body.stage(),
                        body.closeDate(),
                        body.forecastCategory()));
        return Tagged.created("/api/opportunities/" + deal.id(), deal, deal.version());
    }

    @Operation(summary = "One deal, with its version as ETag")
    @GetMapping("/api/opportunities/{id}")
    ResponseEntity<OpportunityView> opportunity(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        OpportunityView deal = opportunities.opportunity(me.viewer(), id);
        return Tagged.ok(deal, deal.version());
    }

    @Operation(
            summary = "Deals the caller may see, filtered and paged",
            description = "`total` counts at most 1,000 deals past the start of the page. When more match, `total`"
                    + " is that bound (page start + 1,000), a lower bound, and `totalExact` is false; a next page then"
                    + " always exists. Otherwise `total` is exact and `totalExact` true. Ties in any sort go by id in"
                    + " the sort's direction.")
    @GetMapping("/api/opportunities")
    Paged<OpportunityView> listOpportunities(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) Long teamOf,
            @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) OpportunityStatus status,
            @RequestParam(required = false) @Size(max = 40) String stage,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closingTo,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false, defaultValue = "CLOSE_DATE") OpportunitySort sort,
            @RequestParam(required = false, defaultValue = "asc") @Pattern(regexp = "asc|desc") String direction,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        OpportunityFilter filter = new OpportunityFilter(
                ownerId, teamOf, accountId, status, stage, closingFrom, closingTo, q, sort, "desc".equals(direction));
        return opportunities.opportunities(me.viewer(), filter, PageSlice.of(page, size));
    }

    @Operation(summary = "Change fields of a deal (needs If-Match); a later closeDate needs closeDateReason")
    @PatchMapping("/api/opportunities/{id}")
    ResponseEntity<OpportunityView> changeOpportunity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody PatchBody body) {
        long version = Versions.required(ifMatch);
        OpportunityView deal = opportunities.change(
                me.viewer(),
                id,
                version,
                new OpportunityChanges(
                        body.name(),
                        body.accountId(),
                        body.ownerId(),
                        body.amount(),
                        body.currency(),
                        body.stage(),
                        body.closeDate(),
                        body.closeDateReason(),
                        body.forecastCategory()));
        return Tagged.ok(deal, deal.version());
    }

    @Operation(
            summary =
                    "Move the close date; a later date needs a reason and counts as a push. If-Match is optional here")
    @PostMapping("/api/opportunities/{id}/close-date")
    ResponseEntity<OpportunityView> moveCloseDate(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CloseDateBody body) {
        long version = ifMatch == null || ifMatch.isBlank()
                ? opportunities.opportunity(me.viewer(), id).version()
                : Versions.parse(ifMatch);
        OpportunityView deal = opportunities.change(
                me.viewer(), id, version, OpportunityChanges.closeDate(body.closeDate(), body.reason()));
        return Tagged.ok(deal, deal.version());
    }

    @Operation(summary = "Every recorded change of a deal: field, from, to, reason, who and when; newest first")
    @GetMapping("/api/opportunities/{id}/history")
    List<HistoryEntry> opportunityHistory(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id) {
        return opportunities.history(me.viewer(), id);
    }

    @Operation(summary = "Close a deal as WON or LOST (LOST needs a reason). If-Match is optional here")
    @PostMapping("/api/opportunities/{id}/close")
    ResponseEntity<OpportunityView> closeOpportunity(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody CloseBody body) {
        Long version = Versions.optional(ifMatch);
        OpportunityView deal = opportunities.close(
                me.viewer(), id, version, body.outcome(), body.closedOn(), body.amount(), body.reason());
        return Tagged.ok(deal, deal.version());
    }
}
