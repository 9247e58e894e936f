/** The demo workspace, created on an empty database when the {@code demo} profile is active. */
package io.closewright.demo;
