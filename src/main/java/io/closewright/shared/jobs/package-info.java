/**
 * Background jobs: one db-scheduler instance that runs every task bean exactly once across instances.
 * Modules contribute {@code Task} beans; nothing else here is for them to call.
 */
package io.closewright.shared.jobs;
