package io.closewright.risk;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which open deals a set-based read covers, as a SQL condition on a deal-id column: either an explicit set
 * of ids ({@code IN (:ids)}, for the few deals of a change) or every id from the first to the last of a
 * chunk of a workspace's open deals taken in id order ({@code BETWEEN :first AND :last}, an index range that
 * costs the same for the last chunk as for the first, on PostgreSQL and on H2, where a long {@code IN} list
 * is evaluated linearly for every row). A range also returns rows of deals that are not in the chunk
 * (closed deals between two open ones); callers keep only the rows of {@link #contains(long) contained}
 * deals.
 */
final class DealSelection {

    private final List<Long> ids;
    private final Set<Long> members;
    private final boolean range;

    private DealSelection(List<Long> ids, boolean range) {
        this.ids = ids;
        this.members = Set.copyOf(ids);
        this.range = range;
    }

    /** Exactly these deals. */
    static DealSelection of(Collection<Long> ids) {
        return new DealSelection(List.copyOf(ids), false);
    }

    /** A chunk of open deal ids in ascending order, read as the range from its first id to its last. */
    static DealSelection chunk(List<Long> ascendingIds) {
        if (ascendingIds.isEmpty()) {
            throw new IllegalArgumentException("An empty chunk");
        }
        return new DealSelection(List.copyOf(ascendingIds), true);
    }

    boolean isEmpty() {
        return ids.isEmpty();
    }

    List<Long> ids() {
        return ids;
    }

    boolean contains(long id) {
        return members.contains(id);
    }

    /** The condition on {@code column} (e.g. {@code o.id}), with the named parameters {@link #bind} sets. */
    String on(String column) {
        return range ? column + " BETWEEN :first AND :last" : column + " IN (:ids)";
    }

    /** Sets the parameters of {@link #on}. */
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return range ? spec.param("first", ids.get(0)).param("last", ids.get(ids.size() - 1)) : spec.param("ids", ids);
    }
}
