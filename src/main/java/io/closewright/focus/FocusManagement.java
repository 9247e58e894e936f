package io.closewright.focus;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Today on behalf of a viewer: a rep's ranked focus list, their tasks, their calendar feed and the
 * workspace's automation rules. A rep sees
 * only their own list; a manager also the list of anyone below them; any other user answers 404 like a
 * missing one. Bad input is a {@link io.closewright.shared.RuleViolationException} naming the field, a
 * change to a task that is done a {@link io.closewright.shared.StateConflictException}.
 */
@Service
public class FocusManagement {

    private final FocusLists lists;
    private final FocusListCache cached;
    private final TaskBook tasks;
    private final RuleBook rules;
    private final IdentityManagement identity;
    private final Clock clock;

    FocusManagement(
            FocusLists lists,
            FocusListCache cached,
            TaskBook tasks,
            RuleBook rules,
            IdentityManagement identity,
            Clock clock) {
        this.lists = lists;
        this.cached = cached;
        this.tasks = tasks;
        this.rules = rules;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The focus list of {@code userId} (default: the viewer) for today, highest score first: built again
     * after any change to the data, otherwise the one built last for the same viewer, user and day.
     */
    public FocusList focus(Viewer viewer, Long userId) {
        UserView user = user(viewer, userId);
        return cached.list(viewer.userId(), user.id(), lists.today(viewer), () -> lists.of(viewer, user));
    }

    /** One deal's focus items ranked as on its owner's Today (the first is its next action); 404 when hidden. */
    public DealFocus dealFocus(Viewer viewer, long dealId) {
        return lists.forDeal(viewer, dealId);
    }

    /** The user whose Today the viewer opens: themselves by default, or someone they may see (404 otherwise). */
    public UserView user(Viewer viewer, Long userId) {
        return identity.user(viewer, userId == null ? viewer.userId() : userId);
    }

    /** Creates a task, by default for the viewer; on a deal the viewer may see (404 otherwise). */
    public TaskView createTask(Viewer viewer, NewTask task) {
        return tasks.create(viewer, task);
    }

    public TaskView task(Viewer viewer, long id) {
        return tasks.view(viewer, id);
    }

    /** The open tasks of {@code userId} (default: the viewer), soonest due first. */
    public List<TaskView> openTasks(Viewer viewer, Long userId) {
        return tasks.open(viewer, user(viewer, userId).id());
    }

    /** A deal's tasks, open first. */
    public List<TaskView> dealTasks(Viewer viewer, long dealId) {
        return tasks.ofDeal(viewer, dealId);
    }

    /** Marks an open task done today; {@code version}, when given, must be current (412 otherwise). */
    public TaskView completeTask(Viewer viewer, long id, Long version) {
        return tasks.done(viewer, id, version);
    }

    /** Keeps an open task out of the focus list until {@code until}, when it comes back due that day. */
    public TaskView snoozeTask(Viewer viewer, long id, Long version, LocalDate until) {
        return tasks.snooze(viewer, id, version, until);
    }

    public TaskView reopenTask(Viewer viewer, long id, Long version) {
        return tasks.reopen(viewer, id, version);
    }

    public void deleteTask(Viewer viewer, long id, Long version) {
        tasks.delete(viewer, id, version);
    }

    /** The workspace's automation rules (admins only). */
    public List<RuleView> rules(Viewer viewer) {
        return rules.all(viewer);
    }

    /** Adds an automation rule, enabled unless the draft says otherwise (admins only). */
    public RuleView createRule(Viewer viewer, RuleDraft draft) {
        return rules.create(viewer, draft);
    }

    /** Replaces a rule's definition if {@code version} is current (admins only). */
    public RuleView changeRule(Viewer viewer, long id, long version, RuleDraft draft) {
        return rules.change(viewer, id, version, draft);
    }

    /** Turns a rule on or off if {@code version} is current (admins only); a rule that is off fires nothing. */
    public RuleView enableRule(Viewer viewer, long id, long version, boolean enabled) {
        return rules.enable(viewer, id, version, enabled);
    }

    public void deleteRule(Viewer viewer, long id, Long version) {
        rules.delete(viewer, id, version);
    }

    /**
     * The iCalendar feed behind a calendar secret: the user's open steps, checkups, asks and tasks, with
     * links under {@code baseUrl}. Empty for a secret that belongs to no active user.
     */
    public Optional<String> calendarFeed(String secret, String baseUrl, String host) {
        Optional<UserPrincipal> user = identity.principalOfCalendarSecret(secret);
        return user.map(
                u -> CalendarFeed.of(lists.inputs(u.viewer(), u.id()), u.name(), clock.instant(), baseUrl, host));
    }

    /** Replaces the viewer's calendar secret; the old feed URL answers 404 from now on. */
    public String regenerateCalendarSecret(Viewer viewer) {
        return identity.regenerateCalendarSecret(viewer.userId());
    }

    public String calendarSecret(Viewer viewer) {
        return identity.calendarSecret(viewer.userId());
    }
}
