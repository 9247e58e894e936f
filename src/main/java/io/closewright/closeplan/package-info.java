/**
 * Close plans: dated steps for both sides worked backwards from a deal's close date, the templates they
 * start from, the workspace calendar they are counted in, and the slip events when a plan goes off track.
 */
package io.closewright.closeplan;
