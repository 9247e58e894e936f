/**
 * Checkups before deadlines and the blocker log: each open plan step gets a checkup a few working days
 * before its due date; a held checkup names the problem and brings a solution, and its quality says
 * whether it did; blockers are raised, aged in working days and resolved. Also the reps' checkup agenda,
 * the managers' coaching view and the morning reminder of the checkups due.
 */
package io.closewright.checkup;
