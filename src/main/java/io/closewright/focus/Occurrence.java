package io.closewright.focus;

import java.time.LocalDate;

/**
 * One occurrence of a rule's trigger: the deal it is about, its owner, a key that names it uniquely for
 * the rule ({@code ask:42:overdue}), the day it happened and a sentence saying what happened.
 */
record Occurrence(
        long workspaceId, long dealId, String dealName, long ownerId, String key, LocalDate on, String what) {}
