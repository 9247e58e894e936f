package io.closewright.demo;

import io.closewright.account.AccountManagement;
import io.closewright.account.ContactView;
import io.closewright.activity.ActivityDraft;
import io.closewright.activity.ActivityManagement;
import io.closewright.activity.ActivityType;
import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityFilter;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.opportunity.OpportunitySort;
import io.closewright.opportunity.OpportunityStatus;
import io.closewright.opportunity.OpportunityView;
import io.closewright.shared.PageSlice;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * The demo deals' activity: each open deal gets a few calls, meetings, emails and notes logged by its
 * owner over the last five weeks with the account's contacts, some deals a meeting scheduled ahead, and
 * some none for weeks, so that the board shows fresh and stale deals side by side.
 */
@Component
class DemoActivities {

    private static final List<String> CALLS = List.of(
            "Discovery call with %s",
            "Pricing questions from %s", "Check-in on the security review", "Rollout timeline call");
    private static final List<String> MEETINGS =
            List.of("Demo for %s's team", "Kick-off with %s", "Business case review", "Workshop on success criteria");
    private static final List<String> EMAILS = List.of(
            "Sent the proposal to %s",
            "Follow-up: next steps", "Security questionnaire answered", "Reference call intro");
    private static final List<String> NOTES = List.of(
            "Champion confirmed the budget",
            "A competitor is in the deal",
            "Legal wants our DPA early",
            "Procurement needs three quotes");
    private static final List<String> OUTCOMES = List.of(
            "Agreed next steps",
            "Demo booked",
            "Waiting on their legal team",
            "Sent a follow-up",
            "Needs a second call");

    private final ActivityManagement activities;
    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final Clock clock;

    DemoActivities(
            ActivityManagement activities,
            OpportunityManagement opportunities,
            AccountManagement accounts,
            Clock clock) {
        this.activities = activities;
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Logs activity on every open deal the admin {@code boss} sees; returns how many were logged. */
    int addTo(Viewer boss, Random random) {
        OpportunityFilter open = new OpportunityFilter(
                null, null, null, OpportunityStatus.OPEN, null, null, null, null, OpportunitySort.CLOSE_DATE, false);
        int logged = 0;
        for (OpportunityView deal :
                opportunities.opportunities(boss, open, new PageSlice(0, 200)).items()) {
            Viewer owner = new Viewer(deal.ownerId(), boss.workspaceId(), Role.REP);
            List<ContactView> people = accounts.contacts(boss, deal.accountId());
            for (ActivityDraft draft : drafts(random, people)) {
                activities.logOnDeal(owner, deal.id(), draft);
                logged++;
            }
        }
        return logged;
    }

    private List<ActivityDraft> drafts(Random random, List<ContactView> people) {
        List<ActivityDraft> drafts = new ArrayList<>();
        boolean quiet = random.nextInt(5) == 0;
        int count = quiet ? 1 : 1 + random.nextInt(4);
        Instant now = clock.instant().truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < count; i++) {
            int daysAgo = quiet ? 20 + random.nextInt(15) : 1 + random.nextInt(12);
            drafts.add(draft(
                    random, people, now.minus(Duration.ofDays(daysAgo)).minus(Duration.ofHours(random.nextInt(8)))));
        }
        if (!quiet && random.nextInt(4) == 0) {
            Instant ahead = now.plus(Duration.ofDays(1 + random.nextInt(9)));
            drafts.add(scheduled(random, people, ahead));
        }
        return drafts;
    }

    private static ActivityDraft draft(Random random, List<ContactView> people, Instant at) {
        ActivityType type = ActivityType.values()[random.nextInt(ActivityType.values().length)];
        ContactView who = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
        String subject = String.format(pick(random, subjects(type)), who == null ? "the buyer" : first(who));
        String body = type == ActivityType.NOTE
                ? null
                : "Notes: " + pick(random, NOTES).toLowerCase() + ".";
        return new ActivityDraft(
                type,
                subject,
                body,
                type.timed() ? pick(random, OUTCOMES) : null,
                at,
                type.timed() ? 15 * (1 + random.nextInt(4)) : null,
                who == null ? List.of() : List.of(who.id()));
    }

    private static ActivityDraft scheduled(Random random, List<ContactView> people, Instant at) {
        ContactView who = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
        String subject = String.format(pick(random, MEETINGS), who == null ? "the buyer" : first(who));
        return new ActivityDraft(
                ActivityType.MEETING, subject, null, null, at, 45, who == null ? List.of() : List.of(who.id()));
    }

    private static List<String> subjects(ActivityType type) {
        return switch (type) {
            case CALL -> CALLS;
            case MEETING -> MEETINGS;
            case EMAIL -> EMAILS;
            case NOTE -> NOTES;
        };
    }

    private static String first(ContactView contact) {
        return contact.name().split(" ")[0];
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
