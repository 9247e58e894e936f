package io.closewright.opportunity;

import java.math.BigDecimal;
import java.util.List;

/** One stage on the pipeline board: how many deals and how much money, and the first cards. */
public record BoardColumn(StageView stage, long count, BigDecimal total, List<OpportunityView> cards) {

    public boolean hasMore() {
        return cards.size() < count;
    }
}
