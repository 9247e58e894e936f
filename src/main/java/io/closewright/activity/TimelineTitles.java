package io.closewright.activity;

import io.closewright.shared.web.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** The words of system entries on a timeline: "Moved from Discover to Propose", "Close date pushed ...". */
record TimelineTitles(Formats formats, String currency, Map<String, String> stageNames, Map<String, String> userNames) {

    String title(TimelineQueries.TimelineRow row) {
        return switch (row.kind()) {
            case "OPENED" -> "Deal opened in " + stage(row.newValue());
            case "STAGE_CHANGED" -> "Moved from " + stage(row.oldValue()) + " to " + stage(row.newValue());
            case "CLOSE_DATE_MOVED" -> closeDate(row);
            case "AMOUNT_CHANGED" -> amount(row);
            case "DEAL_CLOSED" -> "WON".equals(row.newValue()) ? "Deal won" : "Deal lost";
            case "DEAL_EDITED" -> edited(row);
            case "NURTURED" -> "Moved to nurture";
            case "REVIVED" -> "Revived from nurture";
            case "STEP_DONE" -> "Plan step done: " + row.newValue();
            case "STEP_REOPENED" -> "Plan step reopened: " + row.newValue();
            case "BUYER_STEP_DONE" -> "The buyer marked a step done: " + row.newValue();
            case "PLAN_SLIPPED" -> "Plan went off track";
            default -> row.newValue() == null ? Formats.label(row.kind()) : row.newValue();
        };
    }

    /** The reason of a field change, or the stored detail of a system event. */
    String detail(TimelineQueries.TimelineRow row) {
        if ("STEP_DONE".equals(row.kind()) || "STEP_REOPENED".equals(row.kind())) {
            return row.detail() == null ? null : Formats.label(row.detail()) + " step";
        }
        return row.detail();
    }

    private String closeDate(TimelineQueries.TimelineRow row) {
        LocalDate from = LocalDate.parse(row.oldValue());
        LocalDate to = LocalDate.parse(row.newValue());
        String verb = to.isAfter(from) ? "Close date pushed from " : "Close date moved earlier, from ";
        return verb + formats.date(from) + " to " + formats.date(to);
    }

    private String amount(TimelineQueries.TimelineRow row) {
        if ("currency".equals(row.field())) {
            return "Currency changed from " + row.oldValue() + " to " + row.newValue();
        }
        return "Amount changed from " + money(row.oldValue()) + " to " + money(row.newValue());
    }

    private String edited(TimelineQueries.TimelineRow row) {
        return switch (row.field()) {
            case "name" -> "Renamed from \u201c" + row.oldValue() + "\u201d to \u201c" + row.newValue() + "\u201d";
            case "owner" -> "Handed from " + user(row.oldValue()) + " to " + user(row.newValue());
            case "account" -> "Moved to another account";
            case "forecastCategory" ->
                "Forecast category changed from " + Formats.label(row.oldValue()) + " to "
                        + Formats.label(row.newValue());
            default -> Formats.label(row.field()) + " changed";
        };
    }

    private String stage(String key) {
        return key == null ? "no stage" : stageNames.getOrDefault(key, key);
    }

    private String user(String id) {
        return userNames.getOrDefault(id, "someone outside your team");
    }

    private String money(String amount) {
        return amount == null ? "nothing" : formats.money(new BigDecimal(amount), currency);
    }
}
