package io.closewright.checkup;

import io.closewright.identity.Viewer;
import io.closewright.identity.Visibility;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open deals with a plan, as the agenda and the morning reminder walk them. */
@Component
class OpenDeals {

    /** An open deal with a plan: its id, name, account and owner. */
    record OpenDeal(long id, String name, String accountName, long ownerId, String ownerName) {}

    private static final String SELECT = "SELECT o.id, o.name, a.name AS account_name, o.owner_id, u.name AS owner_name"
            + " FROM opportunity o JOIN close_plan p ON p.opportunity_id = o.id"
            + " JOIN account a ON a.id = o.account_id JOIN app_user u ON u.id = o.owner_id"
            + " WHERE o.workspace_id = :ws AND o.status = 'OPEN'";

    private static final String MINE = " AND o.owner_id = :viewerId";

    private final JdbcClient jdbc;

    OpenDeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The viewer's visible open deals with a plan; only their own when {@code mine}. At most {@code limit}, closing first. */
    List<OpenDeal> visible(Viewer viewer, boolean mine, int limit) {
        return jdbc.sql(SELECT + " AND " + Visibility.visibleOwner("o.owner_id") + (mine ? MINE : "")
                        + " ORDER BY o.close_date, o.id LIMIT :limit")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .param("limit", limit)
                .query(OpenDeal.class)
                .list();
    }

    /** How many deals {@link #visible} would list without a limit. */
    long countVisible(Viewer viewer, boolean mine) {
        return jdbc.sql("SELECT COUNT(*) FROM (" + SELECT + " AND " + Visibility.visibleOwner("o.owner_id")
                        + (mine ? MINE : "") + ") d")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .query(Long.class)
                .single();
    }

    /** Every open deal with a plan in a workspace, for background work acting for each deal's owner. */
    List<OpenDeal> all(long workspaceId) {
        return jdbc.sql(SELECT + " ORDER BY o.id")
                .param("ws", workspaceId)
                .query(OpenDeal.class)
                .list();
    }
}
