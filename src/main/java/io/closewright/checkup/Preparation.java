package io.closewright.checkup;

/** What a rep prepared for a step's coming checkup: the problem they expect and the solution they will bring. */
record Preparation(String stepKey, String problem, String solution) {}
