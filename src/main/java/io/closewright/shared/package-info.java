/**
 * Building blocks every module may use: the clock, paging, the base exceptions and page formatting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.closewright.shared;
