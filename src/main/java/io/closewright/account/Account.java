package io.closewright.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A company deals are sold to, owned by one user. */
@Table("account")
class Account {

    @Id
    Long id;

    Long workspaceId;
    String name;
    String domain;
    String industry;
    Long ownerId;

    @Version
    Long version;

    Instant createdAt;
}
