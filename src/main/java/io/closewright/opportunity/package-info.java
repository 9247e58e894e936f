/**
 * Opportunities (deals), the pipeline stages they move through, close-date history and won/lost.
 */
package io.closewright.opportunity;
