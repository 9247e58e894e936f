package io.closewright.opportunity;

import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.util.Map;

/**
 * The filters of the Opportunities page as its query string carries them ({@code q}, {@code owner},
 * {@code team} (the deals of a manager's team, as on the board), {@code stage}, {@code status} (open deals unless given), {@code from}, {@code to}, {@code sort},
 * {@code dir}), so that every view of that list (the page, its CSV export) filters alike. Values that
 * cannot be read are ignored, as on the page.
 */
public final class OpportunityListFilters {

    private OpportunityListFilters() {}

    /** The status the page shows when none is asked for. */
    public static String status(Form filters) {
        return filters.text("status") == null ? "OPEN" : filters.text("status");
    }

    public static OpportunityFilter of(Map<String, String> params) {
        return of(Form.posted(params));
    }

    public static OpportunityFilter of(Form filters) {
        FormErrors ignored = FormErrors.none();
        OpportunitySort sort = FormValues.choice(OpportunitySort.class, filters.text("sort"), "sort", ignored);
        return new OpportunityFilter(
                FormValues.id(filters.text("owner"), "owner", ignored),
                FormValues.id(filters.text("team"), "team", ignored),
                null,
                FormValues.choice(OpportunityStatus.class, status(filters), "status", ignored),
                filters.text("stage"),
                FormValues.date(filters.text("from"), "from", ignored),
                FormValues.date(filters.text("to"), "to", ignored),
                filters.text("q"),
                sort == null ? OpportunitySort.CLOSE_DATE : sort,
                "desc".equals(filters.text("dir")));
    }
}
