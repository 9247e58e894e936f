package io.closewright.forecast;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The forecast API: a period ({@code 2026-12} or {@code 2026-Q4}, default this month) and a scope
 * ({@code ownerId} for one person's own deals or {@code teamOf} for a manager's whole team; default the
 * caller's). Calls and quotas change with {@code If-Match} once they exist.
 */
@RestController
@Tag(name = "Forecast")
class ForecastApiController {

    private final ForecastManagement forecasts;

    ForecastApiController(ForecastManagement forecasts) {
        this.forecasts = forecasts;
    }

    record CallBody(@Nullable BigDecimal amount) {}

    /** A quota: whose, how much (0 or more) and, optionally, its currency, which must be the workspace's. */
    record QuotaBody(
            @Nullable Long userId,
            @Nullable BigDecimal amount,
            @Nullable String currency) {}

    record SnapshotBody(
            @Nullable String period,
            @Nullable Long ownerId,
            @Nullable Long teamOf) {}

    @Operation(summary = "The forecast of a period for a person or a team, with the simulated band and the roll-up")
    @ApiResponse(responseCode = "200", description = "The forecast", useReturnTypeSchema = true)
    @GetMapping("/api/forecast")
    ForecastView forecast(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable String period,
            @RequestParam(required = false) @Nullable Long ownerId,
            @RequestParam(required = false) @Nullable Long teamOf) {
        return forecasts.forecast(me.viewer(), period, ownerId, teamOf);
    }

    @Operation(summary = "Set your call for a period (a rep's own, a manager's for the team); If-Match to change one")
    @PutMapping("/api/forecast/calls/{period}")
    ResponseEntity<PeriodAmount> changeCall(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String period,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody CallBody body) {
        PeriodAmount call = forecasts.call(me.viewer(), period, body.amount(), Versions.optional(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(call.version())).body(call);
    }

    @Operation(summary = "Set a person's quota for a period (admins; managers for their team); If-Match to change one")
    @PutMapping("/api/forecast/quotas/{period}")
    ResponseEntity<PeriodAmount> changeQuota(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable String period,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody QuotaBody body) {
        PeriodAmount quota = forecasts.quota(
                me.viewer(), period, body.userId(), body.amount(), body.currency(), Versions.optional(ifMatch));
        return ResponseEntity.ok().eTag(String.valueOf(quota.version())).body(quota);
    }

    @Operation(summary = "Take a snapshot of a forecast now (default: this month, your scope)")
    @PostMapping("/api/forecast/snapshots")
    @ResponseStatus(HttpStatus.CREATED)
    SnapshotView takeSnapshot(
            @AuthenticationPrincipal UserPrincipal me, @RequestBody(required = false) @Nullable SnapshotBody body) {
        SnapshotBody b = body == null ? new SnapshotBody(null, null, null) : body;
        return forecasts.snapshot(me.viewer(), b.period(), b.ownerId(), b.teamOf());
    }

    @Operation(summary = "Forecast against actual over the last closed periods: MAPE, WAPE and bias per person")
    @ApiResponse(responseCode = "200", description = "Accuracy per person", useReturnTypeSchema = true)
    @GetMapping("/api/forecast/accuracy")
    AccuracyView accuracy(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable Long ownerId,
            @RequestParam(required = false) @Nullable Long teamOf,
            @RequestParam(required = false) @Nullable Integer periods,
            @RequestParam(required = false) @Nullable String unit) {
        return forecasts.accuracy(me.viewer(), ownerId, teamOf, periods, unit);
    }

    @Operation(
            summary = "Pipeline health per person: coverage, win rate, cycle, velocity, slippage, conversion, ageing")
    @ApiResponse(responseCode = "200", description = "Pipeline health per person", useReturnTypeSchema = true)
    @GetMapping("/api/pipeline/health")
    HealthView pipelineHealth(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) @Nullable Long ownerId,
            @RequestParam(required = false) @Nullable Long teamOf,
            @RequestParam(required = false) @Nullable String period) {
        return forecasts.health(me.viewer(), ownerId, teamOf, period);
    }
}
