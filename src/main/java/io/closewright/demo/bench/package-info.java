/**
 * The benchmark workspace of {@code PERFORMANCE.md}: a seeded, deterministic generator that bulk-loads
 * 200 reps, 100,000 deals with plans, checkups, asks and activities into the app's own schema, then runs
 * the app's own whole-workspace recompute so the workspace reads as if the app had made it.
 */
package io.closewright.demo.bench;
