package io.closewright.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: their role, their manager and their password hash. */
@Table("app_user")
class AppUser {

    @Id
    Long id;

    Long workspaceId;
    String email;
    String name;
    String passwordHash;
    Role role;
    Long managerId;
    boolean active;
    String calendarSecret;

    @Version
    Long version;

    Instant createdAt;

    UserView view() {
        return new UserView(id, email, name, role, managerId, active, version);
    }

    UserPrincipal principal() {
        return new UserPrincipal(id, workspaceId, email, name, role, managerId, passwordHash, active);
    }
}
