package io.closewright.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.session.Session;

/**
 * A stored web session whose last access is handed to the store only when it moved on by at least a
 * granularity, or together with any other change: a request that only reads the session (a page view)
 * leaves the stored row as it is for up to that long.
 *
 * <p>Contract: {@link #getLastAccessedTime()} and {@link #isExpired()} answer from the latest access seen,
 * whether handed on or not; setting or removing an attribute, changing the id or the inactivity limit first
 * hands the latest access to the stored session, so every write of the row carries it (and the store's
 * locking of the row around attribute writes is kept). The stored expiry lags the true one by less than the
 * granularity, so a session may end up to that much earlier than its inactivity limit says.
 */
final class AccessThrottledSession<S extends Session> implements Session {

    private final S stored;
    private final Duration granularity;
    private Instant unsaved;

    AccessThrottledSession(S stored, Duration granularity) {
        this.stored = stored;
        this.granularity = granularity;
    }

    /** The store's own session, with every access handed on that is due. */
    S stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        Instant saved = stored.getLastAccessedTime();
        if (lastAccessedTime.isBefore(saved)
                || Duration.between(saved, lastAccessedTime).compareTo(granularity) >= 0) {
            stored.setLastAccessedTime(lastAccessedTime);
            unsaved = null;
        } else {
            unsaved = lastAccessedTime;
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return unsaved != null ? unsaved : stored.getLastAccessedTime();
    }

    @Override
    public boolean isExpired() {
        Duration limit = getMaxInactiveInterval();
        return !limit.isNegative() && !Instant.now().minus(limit).isBefore(getLastAccessedTime());
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        handOnAccess();
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        handOnAccess();
        stored.removeAttribute(attributeName);
    }

    @Override
    public String changeSessionId() {
        handOnAccess();
        return stored.changeSessionId();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        handOnAccess();
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    private void handOnAccess() {
        if (unsaved != null) {
            stored.setLastAccessedTime(unsaved);
            unsaved = null;
        }
    }
}
