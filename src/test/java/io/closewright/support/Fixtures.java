package io.closewright.support;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.WorkspaceInfo;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Builds a fresh workspace per test: an admin, two managers and reps below them, each with an API
 * client signed in through {@code POST /api/auth/token}.
 *
 * <pre>
 * admin
 * managerA (MANAGER)  -- repA1, repA2
 * managerB (MANAGER)  -- repB1
 * </pre>
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    private final IdentityManagement identity;

    Fixtures(IdentityManagement identity) {
        this.identity = identity;
    }

    public Team team(int port) {
        return team(port, "UTC");
    }

    /** A team in a new workspace whose time zone is {@code timeZone}. */
    public Team team(int port, String timeZone) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        WorkspaceInfo ws = identity.createWorkspace("Test " + tag, "USD", timeZone);
        UserView admin = user(ws, tag, "admin", Role.ADMIN, null);
        UserView managerA = user(ws, tag, "manager-a", Role.MANAGER, null);
        UserView managerB = user(ws, tag, "manager-b", Role.MANAGER, null);
        UserView repA1 = user(ws, tag, "rep-a1", Role.REP, managerA.id());
        UserView repA2 = user(ws, tag, "rep-a2", Role.REP, managerA.id());
        UserView repB1 = user(ws, tag, "rep-b1", Role.REP, managerB.id());
        Api anonymous = new Api(port, null);
        return new Team(
                ws,
                anonymous,
                Map.of(
                        "admin",
                        member(anonymous, admin),
                        "managerA",
                        member(anonymous, managerA),
                        "managerB",
                        member(anonymous, managerB),
                        "repA1",
                        member(anonymous, repA1),
                        "repA2",
                        member(anonymous, repA2),
                        "repB1",
                        member(anonymous, repB1)));
    }

    private UserView user(WorkspaceInfo ws, String tag, String who, Role role, Long managerId) {
        return identity.createUser(
                ws.id(), new NewUser(who + "-" + tag + "@example.com", who + " " + tag, PASSWORD, role, managerId));
    }

    private static Member member(Api anonymous, UserView user) {
        Api.Response r = anonymous.post("/api/auth/token", Map.of("email", user.email(), "password", PASSWORD));
        if (r.status() != 200) {
            throw new IllegalStateException("Could not sign in " + user.email() + ": " + r);
        }
        return new Member(user, anonymous.as(r.json().get("token").asString()));
    }

    /** A user of the test workspace and an API client signed in as them. */
    public record Member(UserView user, Api api) {

        public long id() {
            return user.id();
        }
    }

    /** The test workspace and its members by role name. */
    public record Team(WorkspaceInfo workspace, Api anonymous, Map<String, Member> members) {

        public Member admin() {
            return members.get("admin");
        }

        public Member managerA() {
            return members.get("managerA");
        }

        public Member managerB() {
            return members.get("managerB");
        }

        public Member repA1() {
            return members.get("repA1");
        }

        public Member repA2() {
            return members.get("repA2");
        }

        public Member repB1() {
            return members.get("repB1");
        }
    }
}
