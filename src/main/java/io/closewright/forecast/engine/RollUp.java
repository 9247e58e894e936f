package io.closewright.forecast.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up of a team down the manager hierarchy: one row per person, depth first, each with the
 * figures of their own deals plus everyone below them. A person's quota in the roll-up is the sum of
 * the quotas set for them and for everyone below them; null when none is set anywhere in that subtree.
 */
public final class RollUp {

    private RollUp() {}

    /** A person in the hierarchy. */
    public record Person(long id, String name, @Nullable Long managerId, boolean leads) {}

    /**
     * One row: {@code depth} 0 is the root. {@code attainment} is closed won / quota (null without a
     * quota or with a zero quota).
     */
    public record Row(
            long userId,
            String name,
            int depth,
            boolean leads,
            CategoryFigures figures,
            @Nullable BigDecimal quota,
            @Nullable Double attainment) {}

    public static List<Row> of(
            List<Person> people, Map<Long, CategoryFigures> own, Map<Long, BigDecimal> quotas, long rootId) {
        Map<Long, List<Person>> children = new HashMap<>();
        Person root = null;
        for (Person p : people) {
            if (p.id() == rootId) {
                root = p;
            } else if (p.managerId() != null) {
                children.computeIfAbsent(p.managerId(), k -> new ArrayList<>()).add(p);
            }
        }
        if (root == null) {
            return List.of();
        }
        children.values()
                .forEach(list -> list.sort(Comparator.comparing(Person::name).thenComparing(Person::id)));
        List<Row> rows = new ArrayList<>();
        walk(root, 0, children, own, quotas, rows);
        return rows;
    }

    private record Totals(CategoryFigures figures, @Nullable BigDecimal quota) {}

    private static Totals walk(
            Person person,
            int depth,
            Map<Long, List<Person>> children,
            Map<Long, CategoryFigures> own,
            Map<Long, BigDecimal> quotas,
            List<Row> rows) {
        int at = rows.size();
        rows.add(null);
        CategoryFigures figures = own.getOrDefault(person.id(), CategoryFigures.ZERO);
        BigDecimal quota = quotas.get(person.id());
        for (Person child : children.getOrDefault(person.id(), List.of())) {
            Totals t = walk(child, depth + 1, children, own, quotas, rows);
            figures = figures.plus(t.figures());
            quota = t.quota() == null ? quota : quota == null ? t.quota() : quota.add(t.quota());
        }
        rows.set(
                at,
                new Row(person.id(), person.name(), depth, person.leads(), figures, quota, attainment(figures, quota)));
        return new Totals(figures, quota);
    }

    /** Closed won divided by quota; null without a positive quota. */
    public static @Nullable Double attainment(CategoryFigures figures, @Nullable BigDecimal quota) {
        if (quota == null || quota.signum() <= 0) {
            return null;
        }
        return figures.closedWon().divide(quota, 6, RoundingMode.HALF_UP).doubleValue();
    }
}
