package io.closewright.imports;

import io.closewright.identity.UserView;
import io.closewright.shared.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps the source's owners (names, emails or ids) to users: the user's choice first ({@code new}, a
 * user id or an email), then a user of the same name or email. An owner nobody matched is created as a
 * rep, under the manager the teams file names (created as a manager if needed).
 */
final class OwnerMapping {

    static final String CREATE = "new";

    private final List<UserView> users;
    private final Map<String, String> chosen;

    OwnerMapping(List<UserView> users, Map<String, String> chosen) {
        this.users = users;
        this.chosen = chosen;
        chosen.forEach((source, target) -> {
            if (!target.isBlank() && !CREATE.equals(target) && find(target).isEmpty()) {
                throw new RuleViolationException(
                        "ownerMap",
                        "owner '" + ImportedValues.shorten(source) + "' is mapped to '" + ImportedValues.shorten(target)
                                + "', who is not a user here");
            }
        });
    }

    /** The existing user the source owner maps to, or empty when the owner is to be created. */
    Optional<UserView> target(String source) {
        String picked = chosen.get(source);
        if (picked != null && !picked.isBlank()) {
            return CREATE.equals(picked) ? Optional.empty() : find(picked);
        }
        return find(source);
    }

    /** Whether the user chose to create a user for this source owner. */
    boolean createChosen(String source) {
        return CREATE.equals(chosen.get(source));
    }

    private Optional<UserView> find(String nameEmailOrId) {
        String wanted = nameEmailOrId.trim().toLowerCase(Locale.ROOT);
        return users.stream()
                .filter(u -> String.valueOf(u.id()).equals(wanted)
                        || u.email().equalsIgnoreCase(wanted)
                        || u.name().toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    List<UserView> users() {
        return users;
    }
}
