package io.closewright.shared;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which rows a set-based read covers, as a SQL condition on an id column: either an explicit set of ids
 * ({@code IN (:ids)}, for a few scattered ids) or every id from the first to the last of a chunk taken in id
 * order ({@code BETWEEN :first AND :last}, an index range that costs the same for the last chunk as for the
 * first, on PostgreSQL and on H2, where a long {@code IN} list is evaluated linearly for every row). A range
 * also returns rows of ids that are not in the chunk (e.g. closed deals between two open ones); callers keep
 * only the rows of {@link #contains(long) contained} ids.
 */
public final class IdSelection {

    private final List<Long> ids;
    private final Set<Long> members;
    private final boolean range;

    private IdSelection(List<Long> ids, boolean range) {
        this.ids = ids;
        this.members = Set.copyOf(ids);
        this.range = range;
    }

    /** Exactly these ids, as {@code IN (:ids)}. */
    public static IdSelection of(Collection<Long> ids) {
        return new IdSelection(List.copyOf(ids), false);
    }

    /**
     * A chunk of ids in ascending order, read as the range from its first id to its last.
     *
     * @throws IllegalArgumentException for no ids, or ids out of order (the range would miss some)
     */
    public static IdSelection chunk(List<Long> ascendingIds) {
        if (ascendingIds.isEmpty()) {
            throw new IllegalArgumentException("An empty chunk");
        }
        refuseDescending(ascendingIds);
        return new IdSelection(List.copyOf(ascendingIds), true);
    }

    /**
     * Ids in ascending order, read as a range when they lie close together (their span at most
     * {@code maxSpanPerId} times their number), else as {@code IN (:ids)}.
     *
     * @throws IllegalArgumentException for ids out of order (their span would be wrong)
     */
    public static IdSelection densest(List<Long> ascendingIds, int maxSpanPerId) {
        if (ascendingIds.isEmpty()) {
            return of(ascendingIds);
        }
        refuseDescending(ascendingIds);
        long span = ascendingIds.get(ascendingIds.size() - 1) - ascendingIds.get(0);
        return span < (long) maxSpanPerId * ascendingIds.size() ? chunk(ascendingIds) : of(ascendingIds);
    }

    private static void refuseDescending(List<Long> ids) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i) < ids.get(i - 1)) {
                throw new IllegalArgumentException(
                        "Ids out of ascending order at " + i + ": " + ids.get(i - 1) + " then " + ids.get(i));
            }
        }
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }

    public List<Long> ids() {
        return ids;
    }

    public boolean contains(long id) {
        return members.contains(id);
    }

    /** The condition on {@code column} (e.g. {@code o.id}), with the named parameters {@link #bind} sets. */
    public String on(String column) {
        return range ? column + " BETWEEN :first AND :last" : column + " IN (:ids)";
    }

    /** Sets the parameters of {@link #on}. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        return range ? spec.param("first", ids.get(0)).param("last", ids.get(ids.size() - 1)) : spec.param("ids", ids);
    }
}
