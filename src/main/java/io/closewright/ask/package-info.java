/**
 * Value-backed asks ("If you do X, it will get us to Y") and the buyer's shared close-plan page, reached
 * by a secret link without an account.
 */
package io.closewright.ask;
