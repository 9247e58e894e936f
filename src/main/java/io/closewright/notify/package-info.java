/**
 * Telling users: delivers {@link io.closewright.shared.NoticeRaised} (and the buyer's comments and completed
 * steps) to the recipient through the channels they chose for its kind: the in-app inbox, email over SMTP
 * and Slack-compatible webhooks (the workspace's and the user's own), each notice once per recipient and
 * {@code dedupKey}. Email and webhook deliveries are rows of an outbox that a db-scheduler task sends with a
 * claim, retrying with back-off, so nothing is lost or sent twice when an instance dies. Nothing depends
 * on this module.
 */
package io.closewright.notify;
