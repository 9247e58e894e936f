/**
 * Today: one ranked focus list per rep of what moves their most valuable, ripest deals now (steps,
 * checkups, asks, blockers, re-dating, stale deals and the rep's own tasks), the tasks themselves, the
 * workspace's automation rules that create repetitive work, and each user's private calendar feed.
 */
package io.closewright.focus;
