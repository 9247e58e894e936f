/** The scheduler itself: plain Java, no Spring; other modules may read its result types. */
@org.springframework.modulith.NamedInterface("scheduling")
package io.closewright.closeplan.scheduling;
