/**
 * Nurture campaigns: drip emails with steps a few days apart, enrolling the buyer-side contacts of deals
 * moved out of the pipeline, sending each email once over SMTP (db-scheduler, rows claimed in the
 * database), unsubscribe links signed per workspace, and the revival of deals that ripen.
 */
package io.closewright.nurture;
