/**
 * Early warning on deals: the risk signals of every open deal (plan off track, overdue steps and asks,
 * aging blockers, pushes, staleness, single-threading, ...), a level, and what to do about it; the
 * current risk of every deal kept as a read model for badges and the managers' Team risks page; the
 * manager's slip alert, escalations and the weekly risk digest, raised as notices for the notify module.
 */
package io.closewright.risk;
