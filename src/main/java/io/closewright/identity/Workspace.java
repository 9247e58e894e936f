package io.closewright.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("workspace")
record Workspace(@Id Long id, String name, String currency, String timeZone, Instant createdAt) {

    WorkspaceInfo info() {
        return new WorkspaceInfo(id, name, currency, timeZone);
    }
}
