package io.closewright.forecast;

import io.closewright.forecast.engine.PipelineHealth;
import java.time.LocalDate;
import java.util.List;

/**
 * Pipeline health per person down the tree (the first is the scope's person; a manager's row covers
 * their team). Coverage is against the quota of {@code period}; win rate, cycle and deal size look at
 * the deals closed from {@code closedFrom} to {@code today}.
 */
public record HealthView(
        ForecastView.Scope scope, String period, LocalDate closedFrom, LocalDate today, List<PersonHealth> people) {

    /** One person's health (their team's, for a manager in a team scope). */
    public record PersonHealth(long userId, String name, int depth, boolean team, PipelineHealth health) {}
}
