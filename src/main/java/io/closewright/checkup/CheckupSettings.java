package io.closewright.checkup;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code closewright.checkup}: from what time of a working morning (workspace time) the
 * reminders of the checkups due are written, and how often the reminder job looks whether it is time.
 */
@ConfigurationProperties("closewright.checkup")
record CheckupSettings(
        @DefaultValue("07:00") LocalTime reminderTime,
        @DefaultValue("15m") Duration reminderInterval) {}
