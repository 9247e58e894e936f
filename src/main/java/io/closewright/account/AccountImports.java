package io.closewright.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported accounts and contacts in JDBC batches, inside the caller's transaction (an import's
 * batch commits whole or not at all), instead of one save per record. The caller has checked the
 * values and decided which records are new; an overwritten contact gets a new version, so an edit
 * someone started before the import is refused as stale.
 */
@Service
public class AccountImports {

    private static final String INSERT_ACCOUNT = "INSERT INTO account (workspace_id, name, industry, owner_id,"
            + " version, created_at) VALUES (?, ?, ?, ?, 0, ?)";
    private static final String INSERT_CONTACT = "INSERT INTO contact (workspace_id, account_id, name, email,"
            + " title, phone, role, version, created_at) VALUES (?, ?, ?, ?, NULL, NULL, 'OTHER', 0, ?)";
    private static final String UPDATE_CONTACT =
            "UPDATE contact SET name = ?, email = ?, version = version + 1" + " WHERE id = ? AND workspace_id = ?";

    private final JdbcTemplate jdbc;

    AccountImports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An account to create: its name (1 to 200 characters) and industry (at most 100, or null). */
    public record ImportedAccount(String name, @Nullable String industry) {}

    /**
     * A contact to write: {@code id} null for a new one (with the part {@code OTHER} until someone says
     * more), else the contact to overwrite. Name 1 to 200 characters, email at most 320 or null.
     */
    public record ImportedContact(
            @Nullable Long id,
            long accountId,
            String name,
            @Nullable String email) {}

    /** Creates the accounts, owned by {@code ownerId}, in one batch; answers their ids in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> insertAccounts(long workspaceId, long ownerId, List<ImportedAccount> accounts, Instant now) {
        return insert(INSERT_ACCOUNT, accounts, (ps, a) -> {
            ps.setLong(1, workspaceId);
            ps.setString(2, a.name().trim());
            ps.setString(
                    3,
                    a.industry() == null || a.industry().isBlank()
                            ? null
                            : a.industry().trim());
            ps.setLong(4, ownerId);
            ps.setTimestamp(5, Timestamp.from(now));
        });
    }

    /** Creates the new contacts (those without an id) in one batch; answers their ids in the order given. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> insertContacts(long workspaceId, List<ImportedContact> contacts, Instant now) {
        return insert(INSERT_CONTACT, contacts, (ps, c) -> {
            ps.setLong(1, workspaceId);
            ps.setLong(2, c.accountId());
            ps.setString(3, c.name());
            ps.setString(4, c.email());
            ps.setTimestamp(5, Timestamp.from(now));
        });
    }

    /** Overwrites the names and emails of existing contacts of the workspace in one batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updateContacts(long workspaceId, List<ImportedContact> contacts) {
        jdbc.batchUpdate(UPDATE_CONTACT, contacts, Math.max(1, contacts.size()), (ps, c) -> {
            ps.setString(1, c.name());
            ps.setString(2, c.email());
            ps.setLong(3, c.id());
            ps.setLong(4, workspaceId);
        });
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private <T> List<Long> insert(String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement(sql, new String[] {"id"})) {
                for (T row : rows) {
                    binder.bind(ps, row);
                    ps.addBatch();
                }
                ps.executeBatch();
                List<Long> ids = new ArrayList<>(rows.size());
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
                if (ids.size() != rows.size()) {
                    throw new SQLException("Expected " + rows.size() + " generated ids, got " + ids.size());
                }
                return ids;
            }
        });
    }
}
