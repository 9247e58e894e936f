package io.closewright.web;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the date-times API clients send: an instant with an offset or {@code Z}
 * ({@code 2026-12-02T14:30:00+01:00}, {@code 2026-12-02T14:30:00Z}), or a local date-time
 * ({@code 2026-12-02T14:30}) read in the time zone of the caller's workspace (UTC without a caller).
 */
@Component
class ClientDateTimes {

    /** What a bad value's error says is expected. */
    static final String EXPECTED = "must be a date-time such as 2026-12-02T14:30:00Z, with an offset such as"
            + " 2026-12-02T14:30:00+01:00, or a local 2026-12-02T14:30 read in the workspace's time zone";

    private final ObjectProvider<IdentityManagement> identity;

    ClientDateTimes(ObjectProvider<IdentityManagement> identity) {
        this.identity = identity;
    }

    /** The date-time {@code text} names, or empty when it is neither form. */
    Optional<OffsetDateTime> parse(String text) {
        String value = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException withoutOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(value);
                return Optional.of(local.atZone(workspaceZone()).toOffsetDateTime());
            } catch (DateTimeParseException notADateTime) {
                return Optional.empty();
            }
        }
    }

    private ZoneId workspaceZone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserPrincipal user) {
            try {
                return ZoneId.of(
                        identity.getObject().workspace(user.workspaceId()).timeZone());
            } catch (DateTimeException unknownZone) {
                return ZoneOffset.UTC;
            }
        }
        return ZoneOffset.UTC;
    }
}
