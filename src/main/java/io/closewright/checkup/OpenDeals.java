package io.closewright.checkup;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open deals with a plan, as the morning reminder walks them. */
@Component
class OpenDeals {

    /** An open deal with a plan: its id, name, account and owner. */
    record OpenDeal(long id, String name, String accountName, long ownerId, String ownerName) {}

    private static final String SELECT = "SELECT o.id, o.name, a.name AS account_name, o.owner_id, u.name AS owner_name"
            + " FROM opportunity o JOIN close_plan p ON p.opportunity_id = o.id"
            + " JOIN account a ON a.id = o.account_id JOIN app_user u ON u.id = o.owner_id"
            + " WHERE o.workspace_id = :ws AND o.status = 'OPEN'";

    private final JdbcClient jdbc;

    OpenDeals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every open deal with a plan in a workspace, for background work acting for each deal's owner. */
    List<OpenDeal> all(long workspaceId) {
        return jdbc.sql(SELECT + " ORDER BY o.id")
                .param("ws", workspaceId)
                .query(OpenDeal.class)
                .list();
    }
}
