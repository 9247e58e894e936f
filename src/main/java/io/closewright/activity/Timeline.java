package io.closewright.activity;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.opportunity.StageView;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.web.Formats;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A deal's timeline as people read it: each entry with a one-line title in words (stage names, people,
 * dates and money as the workspace shows them), newest first, filtered by kind and paged. A deal the
 * viewer may not see is a 404.
 */
@Component
class Timeline {

    private final TimelineQueries queries;
    private final ActivityQueries activities;
    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final WorkspaceFormats workspaceFormats;

    Timeline(
            TimelineQueries queries,
            ActivityQueries activities,
            OpportunityManagement opportunities,
            IdentityManagement identity,
            WorkspaceFormats workspaceFormats) {
        this.queries = queries;
        this.activities = activities;
        this.opportunities = opportunities;
        this.identity = identity;
        this.workspaceFormats = workspaceFormats;
    }

    Paged<TimelineItem> of(Viewer viewer, long dealId, Set<TimelineKind> kinds, PageSlice slice) {
        OpportunityView deal = opportunities.opportunity(viewer, dealId);
        long total = queries.count(viewer, dealId, kinds);
        List<TimelineQueries.TimelineRow> rows = queries.page(viewer, dealId, kinds, slice);
        Map<Long, ActivityView> logged = activities.byIds(
                viewer,
                rows.stream()
                        .filter(TimelineQueries.TimelineRow::isActivity)
                        .map(TimelineQueries.TimelineRow::refId)
                        .toList());
        TimelineTitles titles = titles(viewer, deal);
        List<TimelineItem> items = rows.stream()
                .filter(r -> !r.isActivity() || logged.containsKey(r.refId()))
                .map(r -> item(r, titles, r.isActivity() ? logged.get(r.refId()) : null))
                .toList();
        return Paged.of(items, slice, total);
    }

    private TimelineTitles titles(Viewer viewer, OpportunityView deal) {
        Formats formats = workspaceFormats.of(viewer);
        Map<String, String> stageNames = opportunities.stages(viewer.workspaceId()).stream()
                .collect(Collectors.toMap(StageView::key, StageView::name));
        Map<String, String> userNames = identity.visibleUsers(viewer).stream()
                .collect(Collectors.toMap(u -> String.valueOf(u.id()), UserView::name));
        return new TimelineTitles(formats, deal.currency(), stageNames, userNames);
    }

    private static TimelineItem item(TimelineQueries.TimelineRow row, TimelineTitles titles, ActivityView activity) {
        TimelineKind kind = known(row.kind());
        String group = kind == null ? "OTHER" : kind.group.name();
        if (activity != null) {
            return new TimelineItem(
                    row.kind(),
                    group,
                    row.at(),
                    row.actorId(),
                    row.actorName(),
                    activity.subject(),
                    activity.body(),
                    activity);
        }
        return new TimelineItem(
                row.kind(),
                group,
                row.at(),
                row.actorId(),
                row.actorName(),
                titles.title(row),
                titles.detail(row),
                null);
    }

    private static TimelineKind known(String kind) {
        try {
            return TimelineKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
