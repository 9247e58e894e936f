/**
 * The forecast maths: periods, category sums, the roll-up, win calibration, slips, the plan-aware
 * simulation, accuracy scores and pipeline health. Plain Java, no Spring; other modules may read its
 * result types, which the forecast views carry.
 */
@org.springframework.modulith.NamedInterface("engine")
package io.closewright.forecast.engine;
