package io.closewright.identity;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.Versions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workspaces and users: creating them, changing roles and managers (which re-computes who sees whom),
 * signing in with a password and issuing API tokens.
 */
@Service
public class IdentityManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Workspaces workspaces;
    private final AppUsers users;
    private final UserReach reach;
    private final ApiTokens tokens;
    private final SignedInSessions sessions;
    private final PasswordEncoder passwords;
    private final IdentitySettings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String timingEqualiser;
    /** Workspaces never change once created (name, currency and time zone are fixed), so they are kept. */
    private final java.util.Map<Long, WorkspaceInfo> knownWorkspaces = new java.util.concurrent.ConcurrentHashMap<>();

    IdentityManagement(
            Workspaces workspaces,
            AppUsers users,
            UserReach reach,
            ApiTokens tokens,
            SignedInSessions sessions,
            PasswordEncoder passwords,
            IdentitySettings settings,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workspaces = workspaces;
        this.users = users;
        this.reach = reach;
        this.tokens = tokens;
        this.sessions = sessions;
        this.passwords = passwords;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.timingEqualiser = passwords.encode("timing-equaliser");
    }

    /** Creates a workspace and lets every module add its defaults (publishes {@link WorkspaceCreated}). */
    @Transactional
    public WorkspaceInfo createWorkspace(String name, String currency, String timeZone) {
        Workspace saved = workspaces.save(new Workspace(null, name, currency, timeZone, clock.instant()));
        events.publishEvent(new WorkspaceCreated(saved.id()));
        return saved.info();
    }

    public WorkspaceInfo workspace(long workspaceId) {
        WorkspaceInfo known = knownWorkspaces.get(workspaceId);
        if (known != null) {
            return known;
        }
        WorkspaceInfo info = workspaces
                .findById(workspaceId)
                .map(Workspace::info)
                .orElseThrow(() -> new NotFoundException("Workspace", workspaceId));
        knownWorkspaces.put(workspaceId, info);
        return info;
    }

    /** Adds a user to the workspace; only for admins, or for the system with {@code actor} null. */
    @Transactional
    public UserView createUser(long workspaceId, NewUser user) {
        List<FieldProblem> problems = UserRules.checkNew(user);
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        String email = user.email().trim().toLowerCase(Locale.ROOT);
        if (users.findByEmail(email).isPresent()) {
            throw new RuleViolationException("email", "a user with this email already exists");
        }
        List<AppUser> team = users.findByWorkspaceId(workspaceId);
        UserRules.checkManager(null, user.managerId(), team);
        AppUser created = new AppUser();
        created.workspaceId = workspaceId;
        created.email = email;
        created.name = user.name().trim();
        created.passwordHash = passwords.encode(user.password());
        created.role = user.role();
        created.managerId = user.managerId();
        created.active = true;
        created.calendarSecret = HexFormat.of().formatHex(randomBytes(20));
        created.createdAt = clock.instant();
        users.save(created);
        team.add(created);
        reach.rebuild(workspaceId, team);
        return created.view();
    }

    /**
     * Adds several users to the workspace in one transaction, in list order, and rebuilds who sees whom
     * once: the way an import brings its owners. A user's manager is an existing user
     * ({@code managerId}) or an earlier user of the same list, named by email in {@code managerEmails}
     * (user email to manager email). Users given the same password share one hash, so a batch whose
     * users all get one random password nobody knows costs one hash, not one per user. Answers the users
     * in list order; a taken or repeated email, or any other rule broken, refuses the whole list.
     */
    @Transactional
    public List<UserView> createUsers(long workspaceId, List<NewUser> newUsers, Map<String, String> managerEmails) {
        List<AppUser> team = users.findByWorkspaceId(workspaceId);
        Map<String, Long> created = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        List<String> emails = newUsers.stream()
                .map(u -> u.email() == null ? "" : u.email().trim().toLowerCase(Locale.ROOT))
                .toList();
        if (!takenEmails(emails).isEmpty() || new HashSet<>(emails).size() < emails.size()) {
            throw new RuleViolationException("email", "a user with this email already exists");
        }
        List<UserView> views = new ArrayList<>();
        for (int i = 0; i < newUsers.size(); i++) {
            NewUser user = newUsers.get(i);
            List<FieldProblem> problems = UserRules.checkNew(user);
            if (!problems.isEmpty()) {
                throw new RuleViolationException(problems);
            }
            String managerEmail = managerEmails.get(user.email());
            Long managerId = managerEmail == null ? user.managerId() : created.get(managerEmail);
            UserRules.checkManager(null, managerId, team);
            AppUser added = newUser(workspaceId, emails.get(i), user, managerId);
            added.passwordHash = hashes.computeIfAbsent(user.password(), passwords::encode);
            users.save(added);
            team.add(added);
            created.put(user.email(), added.id);
            views.add(added.view());
        }
        reach.rebuild(workspaceId, team);
        return views;
    }

    /** The emails of {@code emails} (compared in lower case) that a user of any workspace has already. */
    public Set<String> takenEmails(Collection<String> emails) {
        Set<String> taken = new HashSet<>();
        List<String> lower = emails.stream()
                .map(e -> e.trim().toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        for (int from = 0; from < lower.size(); from += 1000) {
            taken.addAll(jdbc.sql("SELECT email FROM app_user WHERE email IN (:emails)")
                    .param("emails", lower.subList(from, Math.min(lower.size(), from + 1000)))
                    .query(String.class)
                    .list());
        }
        return taken;
    }

    private AppUser newUser(long workspaceId, String email, NewUser user, Long managerId) {
        AppUser created = new AppUser();
        created.workspaceId = workspaceId;
        created.email = email;
        created.name = user.name().trim();
        created.role = user.role();
        created.managerId = managerId;
        created.active = true;
        created.calendarSecret = HexFormat.of().formatHex(randomBytes(20));
        created.createdAt = clock.instant();
        return created;
    }

    /**
     * Rebuilds who may see whose records in the workspace from the hierarchy as stored, by the same rule
     * every user change applies; for loaders that write users in bulk (the benchmark generator).
     */
    @Transactional
    public void rebuildReach(long workspaceId) {
        reach.rebuild(workspaceId, users.findByWorkspaceId(workspaceId));
    }

    /** Changes a user's name, role, manager or status, if {@code version} is still current. */
    @Transactional
    public UserView updateUser(Viewer admin, long userId, long version, UserChanges changes) {
        AppUser user = users.findById(userId)
                .filter(u -> u.workspaceId == admin.workspaceId())
                .orElseThrow(() -> new NotFoundException("User", userId));
        Versions.check("User", version, user.version);
        List<FieldProblem> problems = new ArrayList<>();
        if (changes.name() != null) {
            UserRules.checkName(changes.name(), problems);
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        List<AppUser> team = users.findByWorkspaceId(admin.workspaceId());
        Long managerId = changes.managerId() == null
                ? user.managerId
                : changes.managerId().orElse(null);
        UserRules.checkManager(userId, managerId, team);
        if (user.id == admin.userId()
                && (changes.role() != null && changes.role() != Role.ADMIN || Boolean.FALSE.equals(changes.active()))) {
            throw new StateConflictException("You cannot remove your own admin rights or deactivate yourself");
        }
        if (changes.role() == Role.REP && team.stream().anyMatch(u -> u.managerId != null && u.managerId == userId)) {
            throw new RuleViolationException("role", "reassign the people who report to " + user.name + " first");
        }
        boolean disabled = user.active && Boolean.FALSE.equals(changes.active());
        applyChanges(user, changes);
        user.managerId = managerId;
        users.save(user);
        tokens.forget(user.id);
        if (disabled) {
            sessions.endAll(user);
        }
        reach.rebuild(admin.workspaceId(), users.findByWorkspaceId(admin.workspaceId()));
        return user.view();
    }

    private static void applyChanges(AppUser user, UserChanges changes) {
        if (changes.name() != null) {
            user.name = changes.name().trim();
        }
        if (changes.role() != null) {
            user.role = changes.role();
        }
        if (changes.active() != null) {
            user.active = changes.active();
        }
    }

    /** The users the viewer may see, by name. */
    public List<UserView> visibleUsers(Viewer viewer) {
        return jdbc.sql(
                        "SELECT id, email, name, role, manager_id, active, version FROM app_user u WHERE u.workspace_id = :ws AND "
                                + Visibility.visibleOwner("u.id") + " ORDER BY u.name")
                .param("ws", viewer.workspaceId())
                .param("viewerId", viewer.userId())
                .query((rs, n) -> new UserView(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("manager_id", Long.class),
                        rs.getBoolean("active"),
                        rs.getLong("version")))
                .list();
    }

    /** One user the viewer may see. */
    public UserView user(Viewer viewer, long userId) {
        return visibleUsers(viewer).stream()
                .filter(u -> u.id() == userId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Whether the viewer may see (and act on) records owned by {@code userId}. */
    public boolean canSee(Viewer viewer, long userId) {
        return jdbc.sql("SELECT COUNT(*) FROM user_reach WHERE viewer_id = ? AND user_id = ?")
                        .params(viewer.userId(), userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The user behind an email and password, or empty; the password hash is checked here and only here. */
    public Optional<UserPrincipal> authenticate(String email, String password) {
        Optional<AppUser> user = email == null
                ? Optional.empty()
                : users.findByEmail(email.trim().toLowerCase(Locale.ROOT));
        if (user.isEmpty() || password == null) {
            passwords.matches("not-the-password", timingEqualiser);
            return Optional.empty();
        }
        AppUser found = user.get();
        return found.active && passwords.matches(password, found.passwordHash)
                ? Optional.of(found.principal())
                : Optional.empty();
    }

    /** Issues an API token for a signed-in principal. */
    @Transactional
    public IssuedToken issueToken(UserPrincipal principal) {
        AppUser user = users.findById(principal.id()).orElseThrow(() -> new NotFoundException("User", principal.id()));
        return tokens.issue(user, settings.tokenTtl());
    }

    /** The principal a bearer token stands for, if any. */
    public Optional<UserPrincipal> principalOfToken(String token) {
        return tokens.principalOf(token);
    }

    /** The user's private calendar-feed secret. */
    public String calendarSecret(long userId) {
        return jdbc.sql("SELECT calendar_secret FROM app_user WHERE id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /**
     * The active user whose calendar-feed secret this is, for serving their feed without a session; empty
     * for an unknown or malformed secret.
     */
    public Optional<UserPrincipal> principalOfCalendarSecret(String secret) {
        if (secret == null || !secret.matches("[0-9a-f]{40}")) {
            return Optional.empty();
        }
        return users.findByCalendarSecret(secret).filter(u -> u.active).map(AppUser::principal);
    }

    /** The manager of a user, for system work that tells a rep's manager; empty without one. */
    public Optional<Long> managerOf(long userId) {
        return users.findById(userId).map(u -> u.managerId);
    }

    /** Gives the user a new calendar-feed secret: the old feed URL stops working at once. */
    @Transactional
    public String regenerateCalendarSecret(long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        user.calendarSecret = HexFormat.of().formatHex(randomBytes(20));
        return users.save(user).calendarSecret;
    }

    public boolean hasUsers() {
        return users.countAll() > 0;
    }

    static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
