package io.closewright.opportunity;

import io.closewright.account.AccountManagement;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.web.Formats;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns a deal's recorded changes into rows people can read: names instead of ids and keys. */
@Component
class DealHistory {

    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;

    DealHistory(OpportunityManagement opportunities, AccountManagement accounts) {
        this.opportunities = opportunities;
        this.accounts = accounts;
    }

    List<HistoryRow> rows(Viewer viewer, long dealId, List<UserView> users) {
        Map<String, String> stageNames = opportunities.stages(viewer.workspaceId()).stream()
                .collect(Collectors.toMap(StageView::key, StageView::name));
        Map<String, String> userNames =
                users.stream().collect(Collectors.toMap(u -> String.valueOf(u.id()), UserView::name));
        return opportunities.history(viewer, dealId).stream()
                .map(entry -> switch (entry.field()) {
                    case "stage" -> row(entry, "Stage", "text", key -> stageNames.getOrDefault(key, key));
                    case "owner" ->
                        row(entry, "Owner", "text", id -> userNames.getOrDefault(id, "someone outside your team"));
                    case "account" -> row(entry, "Account", "text", id -> accountName(viewer, id));
                    case "closeDate" -> row(entry, "Close date", "date", Function.identity());
                    case "amount" -> row(entry, "Amount", "money", Function.identity());
                    case "forecastCategory" -> row(entry, "Forecast category", "text", Formats::label);
                    case "status" -> row(entry, "Status", "text", Formats::label);
                    default -> row(entry, Formats.label(entry.field()), "text", Function.identity());
                })
                .toList();
    }

    private static HistoryRow row(HistoryEntry e, String label, String kind, Function<String, String> words) {
        return new HistoryRow(
                label,
                kind,
                e.from() == null ? null : words.apply(e.from()),
                e.to() == null ? null : words.apply(e.to()),
                e.reason(),
                e.changedBy(),
                e.changedAt());
    }

    private String accountName(Viewer viewer, String id) {
        try {
            return accounts.account(viewer, Long.parseLong(id)).name();
        } catch (NotFoundException | NumberFormatException e) {
            return "another account";
        }
    }
}
