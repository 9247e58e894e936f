package io.closewright.activity;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Viewer;
import io.closewright.identity.WorkspaceInfo;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.web.Formats;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The formats of a viewer's workspace (currency, today, time zone), for titles and forms. */
@Component
class WorkspaceFormats {

    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;

    WorkspaceFormats(IdentityManagement identity, OpportunityManagement opportunities) {
        this.identity = identity;
        this.opportunities = opportunities;
    }

    Formats of(Viewer viewer) {
        WorkspaceInfo workspace = identity.workspace(viewer.workspaceId());
        return new Formats(workspace.currency(), opportunities.today(viewer), ZoneId.of(workspace.timeZone()));
    }
}
