package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.shared.DatabaseVendor;
import io.closewright.support.Api;
import io.closewright.support.Deals;
import io.closewright.support.Fixtures;
import io.closewright.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deal list in every order an index serves, both ways, with ties and empty values, on both databases
 * (on H2 read through {@link SortIndexWalks}, on PostgreSQL as planned), page by page; and the index each
 * walked order is read from on each database.
 */
@IntegrationTest
class DealListOrderIntegrationTests {

    static final int[] AMOUNTS = {5000, 12500, 12500, 700, 90000, 12500, 3000, 45000, 700};
    static final String[] CLOSE_DATES = {
        "2027-03-01",
        "2027-01-15",
        "2027-03-01",
        "2027-02-10",
        "2027-01-15",
        "2027-05-20",
        "2027-03-01",
        "2027-04-02",
        "2027-01-15"
    };

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OpportunityQueries queries;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    Fixtures.Team team;
    Api admin;

    @BeforeEach
    void setUp() {
        team = fixtures.team(port);
        admin = team.admin().api();
        List<Fixtures.Member> owners = List.of(team.repA1(), team.repA2(), team.repB1());
        Instant base = Instant.parse("2026-11-01T09:00:00Z");
        for (int i = 0; i < AMOUNTS.length; i++) {
            Api owner = owners.get(i % owners.size()).api();
            long account = Deals.account(owner, "Order " + i);
            Map<String, Object> body = Deals.deal(account, "Order deal " + i, CLOSE_DATES[i]);
            body.put("amount", AMOUNTS[i]);
            long id = owner.post("/api/opportunities", body).id();
            // Ties on purpose (every third deal shares a time), and no activity yet on every fourth.
            jdbc.sql("UPDATE opportunity SET updated_at = ?, last_activity_at = ? WHERE id = ?")
                    .params(
                            Timestamp.from(base.plusSeconds(3600L * (i / 3))),
                            i % 4 == 0 ? null : Timestamp.from(base.plusSeconds(600L * (i % 5))),
                            id)
                    .update();
        }
    }

    record Sorted(String sort, String field, Function<JsonNode, Comparable<?>> value) {}

    static final List<Sorted> SORTS = List.of(
            new Sorted("CLOSE_DATE", "closeDate", n -> LocalDate.parse(n.asString())),
            new Sorted("AMOUNT", "amount", n -> new BigDecimal(n.asString())),
            new Sorted("UPDATED", "updatedAt", n -> Instant.parse(n.asString())),
            new Sorted("LAST_ACTIVITY", "lastActivityAt", n -> Instant.parse(n.asString())));

    @Test
    void everyIndexedOrderBothWaysWithTiesByIdAndEmptyValuesHighest() {
        for (Sorted sorted : SORTS) {
            for (String direction : List.of("asc", "desc")) {
                for (String status : List.of("", "&status=OPEN")) {
                    String query = "sort=" + sorted.sort() + "&direction=" + direction + status;
                    List<JsonNode> all = items(
                            admin.get("/api/opportunities?size=50&" + query).json());
                    assertThat(all).as(query).hasSize(AMOUNTS.length);
                    assertThat(ids(all)).as(query).isEqualTo(ids(expected(all, sorted, direction)));

                    List<JsonNode> paged = new ArrayList<>();
                    for (int page = 0; page < 4; page++) {
                        paged.addAll(items(admin.get("/api/opportunities?size=3&page=" + page + "&" + query)
                                .json()));
                    }
                    assertThat(ids(paged)).as("pages of " + query).isEqualTo(ids(all));
                }
            }
        }
    }

    @Test
    void aRepSeesOnlyTheirOwnDealsInTheWalkedOrder() {
        List<JsonNode> own = items(team.repA1()
                .api()
                .get("/api/opportunities?size=50&sort=AMOUNT&direction=desc")
                .json());
        assertThat(own)
                .hasSize(3)
                .allSatisfy(d -> assertThat(d.get("ownerId").asLong())
                        .isEqualTo(team.repA1().id()));
        assertThat(ids(own)).isEqualTo(ids(expected(own, SORTS.get(1), "desc")));
    }

    /**
     * The index each walked order is read from. On H2 the statement names it and H2 says it sorted by it; on
     * PostgreSQL, which gets the plain statement, the planner told not to sort still finds an index that hands
     * the rows over in that order (what ADR 0031 relies on when it leaves PostgreSQL to plan the walk).
     */
    @Test
    void eachWalkedOrderIsReadFromAnIndexInThatOrder() {
        Viewer viewer = new Viewer(team.admin().id(), team.workspace().id(), Role.ADMIN);
        boolean h2 = DatabaseVendor.of(dataSource) == DatabaseVendor.H2;
        Map<OpportunityFilter, String> walked = Map.of(
                filter(null, OpportunityStatus.OPEN, OpportunitySort.CLOSE_DATE, false), "ix_opportunity_status_close",
                filter(null, null, OpportunitySort.CLOSE_DATE, true), "ix_opportunity_sort_close",
                filter(null, null, OpportunitySort.AMOUNT, true), "ix_opportunity_sort_amount",
                filter(null, OpportunityStatus.OPEN, OpportunitySort.UPDATED, false), "ix_opportunity_sort_updated",
                filter(null, null, OpportunitySort.LAST_ACTIVITY, true), "ix_opportunity_sort_activity");
        walked.forEach((filter, index) -> {
            if (h2) {
                assertThat(queries.pagePlan(viewer, filter))
                        .as("%s", filter)
                        .contains(index)
                        .contains("index sorted");
            } else {
                assertThat(planWithoutSorting(viewer, filter))
                        .as("%s", filter)
                        .contains("Index Scan")
                        .doesNotContainPattern("(?m)^\\s*(->\\s*)?(Incremental )?Sort\\b");
            }
        });

        if (h2) {
            assertThat(queries.pagePlan(viewer, filter(team.repA1().id(), null, OpportunitySort.AMOUNT, false)))
                    .as("an owner's deals are read as H2 chooses, not walked")
                    .doesNotContain("ix_opportunity_sort_amount")
                    .doesNotContain("index sorted");
        }
    }

    /** PostgreSQL's plan of the page with sorts and sequential scans priced out, in this transaction only. */
    private String planWithoutSorting(Viewer viewer, OpportunityFilter filter) {
        return new TransactionTemplate(transactions).execute(tx -> {
            jdbc.sql("SET LOCAL enable_sort = off").update();
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return queries.pagePlan(viewer, filter);
        });
    }

    private static OpportunityFilter filter(
            Long ownerId, OpportunityStatus status, OpportunitySort sort, boolean descending) {
        return new OpportunityFilter(ownerId, null, null, status, null, null, null, null, sort, descending);
    }

    /** The items in the order the sort means: by value (empty values highest), ties by id, both reversed. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<JsonNode> expected(List<JsonNode> items, Sorted sorted, String direction) {
        Comparator<JsonNode> byValue = Comparator.comparing(
                n -> {
                    JsonNode v = n.get(sorted.field());
                    return v == null || v.isNull()
                            ? null
                            : (Comparable) sorted.value().apply(v);
                },
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<JsonNode> order = byValue.thenComparing(n -> n.get("id").asLong());
        List<JsonNode> copy = new ArrayList<>(items);
        copy.sort("desc".equals(direction) ? order.reversed() : order);
        return copy;
    }

    private static List<JsonNode> items(JsonNode page) {
        List<JsonNode> items = new ArrayList<>();
        page.get("items").forEach(items::add);
        return items;
    }

    private static List<Long> ids(List<JsonNode> items) {
        return items.stream().map(n -> n.get("id").asLong()).toList();
    }
}
