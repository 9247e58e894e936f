package io.closewright.opportunity;

import io.closewright.shared.DatabaseVendor;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * On H2, the index a deal list's page is read from in the list's order. Under the visibility condition H2
 * plans {@code ORDER BY ... LIMIT} by reading every visible deal, naming each, and sorting them all (an
 * admin's first page at 100,000 deals: 2.4 s for the ids alone, no answer within a minute with the names); it
 * walks an index in order, stopping at the page's last row, only when the statement names the index
 * ({@code USE INDEX}) and orders by the index's columns from its first (the workspace, then the status
 * where the index has it, both the same for every row the list reads). PostgreSQL plans that walk by
 * itself, so it gets no walk and the statement it always had.
 *
 * <p>A walk is offered only for lists that no condition narrows much: with an owner, an account, a stage
 * or a text query H2's own choice reads those few rows and sorts them, which a walk through the whole
 * workspace would not beat. Sorts by a name need the joined statement and have no walk.
 */
@Component
class SortIndexWalks {

    /** The index hint to put after {@code FROM opportunity o}, and the {@code ORDER BY} that walks it. */
    record Walk(String hint, String order) {}

    private final boolean h2;

    @org.springframework.beans.factory.annotation.Autowired
    SortIndexWalks(DataSource dataSource) {
        this(DatabaseVendor.of(dataSource));
    }

    SortIndexWalks(DatabaseVendor vendor) {
        this.h2 = vendor == DatabaseVendor.H2;
    }

    /** The walk for the filter's page, if the database needs one and an index serves the filter's order. */
    Optional<Walk> walk(OpportunityFilter filter) {
        if (!h2
                || filter.ownerId() != null
                || filter.accountId() != null
                || filter.stage() != null
                || (filter.query() != null && !filter.query().isBlank())) {
            return Optional.empty();
        }
        String index;
        List<String> leading = List.of("o.workspace_id");
        switch (filter.sort()) {
            case CLOSE_DATE -> {
                if (filter.status() != null) {
                    index = "ix_opportunity_status_close";
                    leading = List.of("o.workspace_id", "o.status");
                } else {
                    index = "ix_opportunity_sort_close";
                }
            }
            case AMOUNT -> index = "ix_opportunity_sort_amount";
            case UPDATED -> index = "ix_opportunity_sort_updated";
            case LAST_ACTIVITY -> index = "ix_opportunity_sort_activity";
            default -> {
                return Optional.empty();
            }
        }
        String direction = filter.descending() ? " DESC" : " ASC";
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (String column : leading) {
            order.append(column).append(direction).append(", ");
        }
        order.append(filter.sort().column).append(direction).append(", o.id").append(direction);
        return Optional.of(new Walk(" USE INDEX (" + index + ")", order.toString()));
    }
}
