package io.closewright.demo.bench;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.WorkspaceInfo;
import java.security.SecureRandom;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Makes the workspace (through the identity module, so every module adds its defaults) and its admin,
 * then bulk-inserts the VP, managers, team leads and reps, all with the same documented password (hashed
 * once), and has the identity module rebuild who sees whom.
 */
@Component
class BenchPeople {

    private static final String INSERT = "INSERT INTO app_user (workspace_id, email, name, password_hash, role,"
            + " manager_id, active, calendar_secret, version, created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, 0, ?)";

    private static final SecureRandom SECRETS = new SecureRandom();

    private final IdentityManagement identity;
    private final PasswordEncoder passwords;
    private final BenchRows rows;
    private final Clock clock;

    BenchPeople(IdentityManagement identity, PasswordEncoder passwords, BenchRows rows, Clock clock) {
        this.identity = identity;
        this.passwords = passwords;
        this.rows = rows;
        this.clock = clock;
    }

    BenchTeam create(BenchShape shape, String domain, String password) {
        WorkspaceInfo ws = identity.createWorkspace("Bench " + shape.deals() + " deals", "USD", "UTC");
        long admin = identity.createUser(
                        ws.id(), new NewUser("bench-admin@" + domain, "Bench Admin", password, Role.ADMIN, null))
                .id();
        String hash = passwords.encode(password);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        Inserter in = new Inserter(ws.id(), domain, hash, now);
        long vp = in.one("bench-vp", "Vera Bench (VP)", Role.MANAGER, null);
        List<Long> managers = new ArrayList<>();
        for (int m = 1; m <= shape.managers(); m++) {
            managers.add(in.one("bench-manager-" + m, "Manager " + m, Role.MANAGER, vp));
        }
        List<Long> leads = new ArrayList<>();
        for (int l = 1; l <= shape.leads(); l++) {
            leads.add(in.one("bench-lead-" + l, "Team Lead " + l, Role.MANAGER, managers.get((l - 1) / 2)));
        }
        List<Long> reps = in.reps(shape, leads);
        identity.rebuildReach(ws.id());
        return new BenchTeam(ws.id(), admin, vp, managers, leads, reps);
    }

    private final class Inserter {
        private final long workspaceId;
        private final String domain;
        private final String hash;
        private final OffsetDateTime now;

        Inserter(long workspaceId, String domain, String hash, OffsetDateTime now) {
            this.workspaceId = workspaceId;
            this.domain = domain;
            this.hash = hash;
            this.now = now;
        }

        long one(String login, String name, Role role, Long managerId) {
            try (RowBatch batch = batch()) {
                add(batch, login, name, role, managerId);
            }
            return idOf(login);
        }

        List<Long> reps(BenchShape shape, List<Long> leads) {
            try (RowBatch batch = batch()) {
                for (int r = 0; r < shape.reps(); r++) {
                    add(batch, repLogin(r), "Rep " + (r + 1), Role.REP, leads.get(r / shape.repsPerLead()));
                }
            }
            return rows.ids("SELECT id FROM app_user WHERE workspace_id = ? AND role = 'REP' ORDER BY id", workspaceId);
        }

        private RowBatch batch() {
            return rows.batch(
                    INSERT,
                    Types.BIGINT,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.VARCHAR,
                    Types.BIGINT,
                    Types.VARCHAR,
                    Types.TIMESTAMP_WITH_TIMEZONE);
        }

        private void add(RowBatch batch, String login, String name, Role role, Long managerId) {
            byte[] secret = new byte[20];
            SECRETS.nextBytes(secret);
            batch.add(
                    workspaceId,
                    login + "@" + domain,
                    name,
                    hash,
                    role.name(),
                    managerId,
                    HexFormat.of().formatHex(secret),
                    now);
        }

        private long idOf(String login) {
            return rows.ids("SELECT id FROM app_user WHERE email = ?", login + "@" + domain)
                    .get(0);
        }
    }

    /** The login of rep {@code r} (from 0): bench-rep-001 is the busy rep. */
    static String repLogin(int r) {
        return String.format("bench-rep-%03d", r + 1);
    }
}
