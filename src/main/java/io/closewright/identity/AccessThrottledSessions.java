package io.closewright.identity;

import java.time.Duration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * A session store in front of another that writes a session's last access at most once per granularity
 * when nothing else about the session changed (see {@link AccessThrottledSession}). Page views of a
 * signed-in browser then leave the database untouched, so what is kept while the committed data stands
 * (ADR 0030) stays valid, and concurrent requests of one browser no longer queue on its session row.
 */
final class AccessThrottledSessions<S extends Session> implements SessionRepository<AccessThrottledSession<S>> {

    private final SessionRepository<S> store;
    private final Duration granularity;

    AccessThrottledSessions(SessionRepository<S> store, Duration granularity) {
        if (granularity.isNegative()) {
            throw new IllegalArgumentException("A negative granularity of session access writes: " + granularity);
        }
        this.store = store;
        this.granularity = granularity;
    }

    @Override
    public AccessThrottledSession<S> createSession() {
        return new AccessThrottledSession<>(store.createSession(), granularity);
    }

    @Override
    public void save(AccessThrottledSession<S> session) {
        store.save(session.stored());
    }

    @Override
    public AccessThrottledSession<S> findById(String id) {
        S found = store.findById(id);
        return found == null ? null : new AccessThrottledSession<>(found, granularity);
    }

    @Override
    public void deleteById(String id) {
        store.deleteById(id);
    }
}
