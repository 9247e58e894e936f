package io.closewright.account;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person at an account and the part they play in the decision. */
@Table("contact")
class Contact {

    @Id
    Long id;

    Long workspaceId;
    Long accountId;
    String name;
    String email;
    String title;
    String phone;
    ContactRole role;

    @Version
    Long version;

    Instant createdAt;

    ContactView view() {
        return new ContactView(id, accountId, name, email, title, phone, role, version);
    }
}
