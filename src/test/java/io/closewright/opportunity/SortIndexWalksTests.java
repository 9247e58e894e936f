package io.closewright.opportunity;

import static org.assertj.core.api.Assertions.assertThat;

import io.closewright.shared.DatabaseVendor;
import org.junit.jupiter.api.Test;

class SortIndexWalksTests {

    static final SortIndexWalks H2 = new SortIndexWalks(DatabaseVendor.H2);

    static OpportunityFilter filter(OpportunityStatus status, OpportunitySort sort, boolean descending) {
        return new OpportunityFilter(null, null, null, status, null, null, null, null, sort, descending);
    }

    @Test
    void openDealsByCloseDateWalkTheStatusIndexFromItsFirstColumn() {
        assertThat(H2.walk(filter(OpportunityStatus.OPEN, OpportunitySort.CLOSE_DATE, false)))
                .contains(new SortIndexWalks.Walk(
                        " USE INDEX (ix_opportunity_status_close)",
                        " ORDER BY o.workspace_id ASC, o.status ASC, o.close_date ASC, o.id ASC"));
    }

    @Test
    void everyOtherWalkLeadsWithTheWorkspaceInTheListsDirection() {
        assertThat(H2.walk(filter(null, OpportunitySort.AMOUNT, true)))
                .contains(new SortIndexWalks.Walk(
                        " USE INDEX (ix_opportunity_sort_amount)",
                        " ORDER BY o.workspace_id DESC, o.amount DESC, o.id DESC"));
        assertThat(H2.walk(filter(null, OpportunitySort.CLOSE_DATE, false))
                        .orElseThrow()
                        .hint())
                .contains("ix_opportunity_sort_close");
        assertThat(H2.walk(filter(OpportunityStatus.WON, OpportunitySort.UPDATED, false))
                        .orElseThrow()
                        .hint())
                .contains("ix_opportunity_sort_updated");
        assertThat(H2.walk(filter(null, OpportunitySort.LAST_ACTIVITY, true))
                        .orElseThrow()
                        .order())
                .isEqualTo(" ORDER BY o.workspace_id DESC, o.last_activity_at DESC, o.id DESC");
    }

    @Test
    void narrowedListsAndNameSortsAreLeftToH2AndPostgreSQLGetsNoWalk() {
        OpportunitySort sort = OpportunitySort.AMOUNT;
        assertThat(H2.walk(new OpportunityFilter(7L, null, null, null, null, null, null, null, sort, false)))
                .isEmpty();
        assertThat(H2.walk(new OpportunityFilter(null, null, 7L, null, null, null, null, null, sort, false)))
                .isEmpty();
        assertThat(H2.walk(new OpportunityFilter(null, null, null, null, "propose", null, null, null, sort, false)))
                .isEmpty();
        assertThat(H2.walk(new OpportunityFilter(null, null, null, null, null, null, null, "acme", sort, false)))
                .isEmpty();
        assertThat(H2.walk(new OpportunityFilter(null, null, null, null, null, null, null, " ", sort, false)))
                .isPresent();
        assertThat(H2.walk(filter(null, OpportunitySort.NAME, false))).isEmpty();
        assertThat(H2.walk(filter(null, OpportunitySort.OWNER, false))).isEmpty();
        assertThat(new SortIndexWalks(DatabaseVendor.POSTGRESQL).walk(filter(null, sort, false)))
                .isEmpty();
    }
}
