package io.closewright.demo.bench;

import io.closewright.account.ContactRole;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.stereotype.Component;

/**
 * Accounts (each owned by a rep) and their contacts: a champion, an economic buyer and one more role
 * each; answers the contact ids by account, in account order.
 */
@Component
class BenchAccounts {

    private static final String[] SUFFIXES = {"Logistics", "Health", "Robotics", "Bank", "Foods", "Media", "Energy"};
    private static final String[] SYLLABLES = {"nor", "tel", "vex", "qua", "lin", "mar", "sol", "ber", "ka", "dri"};
    private static final String[] FIRST = {"Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Ines", "Jon"
    };
    private static final String[] LAST = {"Moreau", "Okafor", "Lindqvist", "Patel", "Rossi", "Tanaka", "Weber", "Kim"};
    private static final ContactRole[] OTHER_ROLES = {
        ContactRole.DECISION_MAKER, ContactRole.LEGAL, ContactRole.PROCUREMENT, ContactRole.SECURITY, ContactRole.USER
    };

    private final BenchRows rows;

    BenchAccounts(BenchRows rows) {
        this.rows = rows;
    }

    /** Inserts the accounts and contacts. */
    AccountBook create(BenchShape shape, BenchTeam team, OffsetDateTime now, SplittableRandom random) {
        List<String> names = new java.util.ArrayList<>(shape.accounts());
        try (RowBatch batch = rows.batch(
                "INSERT INTO account (workspace_id, name, domain, industry, owner_id, version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 0, ?)",
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.BIGINT,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int a = 0; a < shape.accounts(); a++) {
                String word = word(random);
                names.add(capital(word) + " " + SUFFIXES[a % SUFFIXES.length] + " " + (a + 1));
                batch.add(
                        team.workspaceId(),
                        names.get(a),
                        word + (a + 1) + ".example.com",
                        "Industry " + (a % 20),
                        team.repIds().get(a % team.repIds().size()),
                        now.minusDays(400 + random.nextInt(400)));
            }
        }
        List<Long> accounts = rows.ids("SELECT id FROM account WHERE workspace_id = ? ORDER BY id", team.workspaceId());
        try (RowBatch batch = rows.batch(
                "INSERT INTO contact (workspace_id, account_id, name, email, title, phone, role, version, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, NULL, ?, 0, ?)",
                Types.BIGINT,
                Types.BIGINT,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE)) {
            for (int a = 0; a < accounts.size(); a++) {
                for (int c = 0; c < shape.contactsPerAccount(); c++) {
                    String first = FIRST[random.nextInt(FIRST.length)];
                    String last = LAST[random.nextInt(LAST.length)];
                    ContactRole role = c == 0
                            ? ContactRole.CHAMPION
                            : c == 1 ? ContactRole.ECONOMIC_BUYER : OTHER_ROLES[random.nextInt(OTHER_ROLES.length)];
                    batch.add(
                            team.workspaceId(),
                            accounts.get(a),
                            first + " " + last,
                            (first + "." + last + c).toLowerCase(java.util.Locale.ROOT) + "@a" + (a + 1)
                                    + ".example.com",
                            role.label(),
                            role.name(),
                            now.minusDays(300 + random.nextInt(300)));
                }
            }
        }
        List<Long> contacts = rows.ids("SELECT id FROM contact WHERE workspace_id = ? ORDER BY id", team.workspaceId());
        return new AccountBook(accounts, names, contacts, shape.contactsPerAccount());
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return word.toString();
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
