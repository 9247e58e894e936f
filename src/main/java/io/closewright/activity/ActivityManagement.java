package io.closewright.activity;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs, changes, deletes and reads activities on behalf of a viewer. An activity on a deal needs the
 * deal visible; one on an account alone needs the account visible; its participants must be contacts of
 * that account. Only the author changes or deletes an activity (others get 403), every change names the
 * version it changes, and the audit trail keeps what each edit and deletion replaced. The deal's last and
 * next activity follow every change.
 */
@Service
public class ActivityManagement {

    private final Activities activities;
    private final ActivityQueries queries;
    private final ActivityAudit audit;
    private final LastActivity lastActivity;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final ActivitySettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityManagement(
            Activities activities,
            ActivityQueries queries,
            ActivityAudit audit,
            LastActivity lastActivity,
            OpportunityManagement opportunities,
            AccountManagement accounts,
            ActivitySettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.activities = activities;
        this.queries = queries;
        this.audit = audit;
        this.lastActivity = lastActivity;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Logs an activity on a deal the viewer may see; {@code occurredAt} defaults to now. */
    @Transactional
    public ActivityView logOnDeal(Viewer viewer, long opportunityId, ActivityDraft draft) {
        OpportunityView deal = opportunities.opportunity(viewer, opportunityId);
        return log(viewer, deal.accountId(), deal.id(), draft);
    }

    /** Logs an activity on an account the viewer may see, outside any deal. */
    @Transactional
    public ActivityView logOnAccount(Viewer viewer, long accountId, ActivityDraft draft) {
        accounts.account(viewer, accountId);
        return log(viewer, accountId, null, draft);
    }

    private ActivityView log(Viewer viewer, long accountId, Long opportunityId, ActivityDraft draft) {
        Instant now = clock.instant();
        ActivityDraft timed = draft.occurredAt() == null ? withTime(draft, now) : draft;
        ActivityDraft checked = ActivityRules.check(timed, now, settings.scheduleAhead());
        requireContacts(viewer, accountId, checked.contactIds());
        Activity saved = activities.save(
                Activity.log(viewer.workspaceId(), accountId, opportunityId, viewer.userId(), checked, now));
        refresh(saved);
        events.publishEvent(new ActivityLogged(
                saved.id,
                viewer.workspaceId(),
                accountId,
                opportunityId,
                viewer.userId(),
                checked.type(),
                checked.subject(),
                checked.occurredAt(),
                checked.contactIds() == null ? List.of() : List.copyOf(checked.contactIds())));
        return activity(viewer, saved.id);
    }

    /**
     * Changes the viewer's own activity, if {@code version} is still current; null fields stay. With
     * {@code opportunityId} the activity must belong to that deal.
     */
    @Transactional
    public ActivityView change(
            Viewer viewer, Long opportunityId, long activityId, long version, ActivityDraft changes) {
        Activity activity = own(viewer, opportunityId, activityId);
        Versions.check("Activity", version, activity.version);
        Instant now = clock.instant();
        ActivityDraft checked = ActivityRules.check(activity.merged(changes), now, settings.scheduleAhead());
        requireContacts(viewer, activity.accountId, checked.contactIds());
        String before = audit.snapshot(activity);
        activity.edit(checked, now);
        activities.save(activity);
        audit.edited(activity, before, viewer.userId(), now);
        refresh(activity);
        return activity(viewer, activityId);
    }

    /** Deletes the viewer's own activity; with a {@code version}, only if it is still current. */
    @Transactional
    public void delete(Viewer viewer, Long opportunityId, long activityId, Long version) {
        Activity activity = own(viewer, opportunityId, activityId);
        if (version != null) {
            Versions.check("Activity", version, activity.version);
        }
        audit.deleted(activity, audit.snapshot(activity), viewer.userId(), clock.instant());
        activities.delete(activity);
        refresh(activity);
    }

    /** One activity the viewer may see; 404 otherwise. */
    public ActivityView activity(Viewer viewer, long activityId) {
        return queries.one(viewer, activityId).orElseThrow(() -> new NotFoundException("Activity", activityId));
    }

    /** The activities of a deal the viewer may see, newest first. */
    public Paged<ActivityView> dealActivities(Viewer viewer, long opportunityId, PageSlice slice) {
        opportunities.opportunity(viewer, opportunityId);
        return queries.ofDeal(viewer, opportunityId, slice);
    }

    /** The latest activities on an account the viewer may see, its deals' included, newest first. */
    public List<ActivityView> accountActivities(Viewer viewer, long accountId, int limit) {
        accounts.account(viewer, accountId);
        return queries.ofAccount(viewer, accountId, limit);
    }

    /** The latest activities a contact the viewer may see took part in, newest first. */
    public List<ActivityView> contactActivities(Viewer viewer, long contactId, int limit) {
        accounts.contact(viewer, contactId);
        return queries.ofContact(viewer, contactId, limit);
    }

    private Activity own(Viewer viewer, Long opportunityId, long activityId) {
        ActivityView visible = activity(viewer, activityId);
        if (opportunityId != null && !Objects.equals(visible.opportunityId(), opportunityId)) {
            throw new NotFoundException("Activity", activityId);
        }
        Activity activity =
                activities.findById(activityId).orElseThrow(() -> new NotFoundException("Activity", activityId));
        activity.requireAuthor(viewer.userId());
        return activity;
    }

    private void requireContacts(Viewer viewer, long accountId, List<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return;
        }
        Set<Long> ofAccount = accounts.contacts(viewer, accountId).stream()
                .map(ContactView::id)
                .collect(Collectors.toSet());
        List<Long> strangers =
                contactIds.stream().filter(id -> !ofAccount.contains(id)).toList();
        if (!strangers.isEmpty()) {
            throw new RuleViolationException("contactIds", "not contacts of this account: " + strangers);
        }
    }

    private void refresh(Activity activity) {
        if (activity.opportunityId != null) {
            lastActivity.refresh(activity.opportunityId);
        }
    }

    private static ActivityDraft withTime(ActivityDraft d, Instant at) {
        return new ActivityDraft(d.type(), d.subject(), d.body(), d.outcome(), at, d.durationMinutes(), d.contactIds());
    }
}
