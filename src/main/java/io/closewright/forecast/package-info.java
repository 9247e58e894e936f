/**
 * Forecasts: per period (month or quarter) and scope (one person, or a manager's whole team down the
 * hierarchy) the closed-won, commit, best-case, pipeline and weighted figures, quotas and attainment,
 * the reps' and managers' calls, a roll-up per person, and the plan-aware simulation of what will
 * close; weekly and on-demand snapshots with their accuracy against what actually closed; pipeline
 * health. The maths is plain Java in {@code forecast.engine}.
 */
package io.closewright.forecast;
