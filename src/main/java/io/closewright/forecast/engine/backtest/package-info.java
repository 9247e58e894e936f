/** The back-test of the forecast model on the Maven Analytics CRM sample: a small CSV reader and the monthly replay. */
package io.closewright.forecast.engine.backtest;
