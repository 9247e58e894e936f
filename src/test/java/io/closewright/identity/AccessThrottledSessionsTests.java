package io.closewright.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class AccessThrottledSessionsTests {

    static final Duration MINUTE = Duration.ofMinutes(1);

    Map<String, org.springframework.session.Session> store;
    AccessThrottledSessions<MapSession> sessions;
    Instant created;
    String id;

    @BeforeEach
    void setUp() {
        store = new HashMap<>();
        sessions = new AccessThrottledSessions<>(new MapSessionRepository(store), MINUTE);
        AccessThrottledSession<MapSession> session = sessions.createSession();
        session.setMaxInactiveInterval(Duration.ofHours(8));
        created = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        session.stored().setLastAccessedTime(created);
        sessions.save(session);
        id = session.getId();
    }

    @Test
    void anAccessWithinTheGranularityIsSeenButNotStored() {
        Instant later = created.plusSeconds(59);
        AccessThrottledSession<MapSession> session = accessedAt(later);
        sessions.save(session);

        assertThat(session.getLastAccessedTime()).isEqualTo(later);
        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(created);
    }

    @Test
    void anAccessAGranularityLaterIsStored() {
        Instant later = created.plus(MINUTE);
        AccessThrottledSession<MapSession> session = accessedAt(later);
        sessions.save(session);

        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void attributeAndLimitChangesCarryTheLatestAccess() {
        Instant later = created.plusSeconds(10);
        AccessThrottledSession<MapSession> set = accessedAt(later);
        set.setAttribute("flash", "saved");
        sessions.save(set);
        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(later);

        AccessThrottledSession<MapSession> removed = accessedAt(later.plusSeconds(10));
        removed.removeAttribute("flash");
        sessions.save(removed);
        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(later.plusSeconds(10));

        AccessThrottledSession<MapSession> limited = accessedAt(later.plusSeconds(20));
        limited.setMaxInactiveInterval(Duration.ofHours(1));
        sessions.save(limited);
        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(later.plusSeconds(20));
        assertThat(store.get(id).getMaxInactiveInterval()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aNewIdCarriesTheLatestAccess() {
        Instant later = created.plusSeconds(5);
        AccessThrottledSession<MapSession> session = accessedAt(later);
        String newId = session.changeSessionId();
        sessions.save(session);

        assertThat(newId).isNotEqualTo(id);
        assertThat(store.get(newId).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void anEarlierAccessIsStoredAtOnce() {
        Instant earlier = created.minusSeconds(5);
        AccessThrottledSession<MapSession> session = accessedAt(earlier);
        sessions.save(session);

        assertThat(store.get(id).getLastAccessedTime()).isEqualTo(earlier);
    }

    @Test
    void expiryFollowsTheLatestAccessSeen() {
        AccessThrottledSession<MapSession> session = sessions.findById(id);
        session.setMaxInactiveInterval(Duration.ofMinutes(30).plusSeconds(30));
        sessions.save(session);
        session = sessions.findById(id);
        assertThat(session.isExpired()).as("30.5 minutes allowed, 30 passed").isFalse();

        session.setMaxInactiveInterval(Duration.ofMinutes(29));
        assertThat(session.isExpired()).isTrue();

        session.setLastAccessedTime(Instant.now());
        assertThat(session.isExpired()).isFalse();
    }

    @Test
    void aSessionWithoutLimitNeverExpires() {
        AccessThrottledSession<MapSession> session = sessions.findById(id);
        session.setMaxInactiveInterval(Duration.ofSeconds(-1));
        assertThat(session.isExpired()).isFalse();
    }

    @Test
    void unknownAndDeletedSessionsAreNotFound() {
        assertThat(sessions.findById("nobody")).isNull();
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }

    /** The stored session as the next request finds it, accessed at {@code at}. */
    private AccessThrottledSession<MapSession> accessedAt(Instant at) {
        AccessThrottledSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(at);
        return session;
    }

    @Test
    void aNegativeGranularityIsRefused() {
        assertThatThrownBy(() -> new AccessThrottledSessions<>(new MapSessionRepository(store), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
