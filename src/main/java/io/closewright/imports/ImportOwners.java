package io.closewright.imports;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.SecretTokens;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Creates the owners an import needs: each unmatched sales agent becomes a rep under the manager the
 * teams file names, and each such manager a manager (reused when a user of that name exists). New users
 * get an address {@code first.last@w<workspace>.<domain>} and a random password nobody knows: they sign
 * in once an admin gives them their real email and a password under Admin → Users.
 */
@Component
class ImportOwners {

    private final IdentityManagement identity;
    private final ImportSettings settings;

    ImportOwners(IdentityManagement identity, ImportSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    /**
     * User ids by source owner for every choice, creating the users marked {@code create} (and their
     * managers) in one batch: one statement set, one rebuild of who sees whom, one password hash.
     */
    Map<String, Long> resolve(Viewer admin, List<ImportPreview.OwnerChoice> choices) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> existingManagers = new HashMap<>();
        identity.visibleUsers(admin).stream()
                .filter(u -> u.role().canLead())
                .forEach(u -> existingManagers.putIfAbsent(u.name().toLowerCase(Locale.ROOT), u.id()));
        List<ImportPreview.OwnerChoice> created = new ArrayList<>();
        Map<String, String> newManagers = new LinkedHashMap<>();
        for (ImportPreview.OwnerChoice choice : choices) {
            if (!choice.create()) {
                ids.put(choice.source(), choice.userId());
                continue;
            }
            created.add(choice);
            String manager = choice.manager();
            if (manager != null && !existingManagers.containsKey(manager.toLowerCase(Locale.ROOT))) {
                newManagers.putIfAbsent(manager.toLowerCase(Locale.ROOT), manager);
            }
        }
        if (created.isEmpty()) {
            return ids;
        }
        long workspaceId = admin.workspaceId();
        List<String> names = new ArrayList<>(newManagers.values());
        created.forEach(c -> names.add(c.source()));
        List<String> emails = emails(workspaceId, names);
        String password = SecretTokens.generate();
        List<NewUser> users = new ArrayList<>();
        Map<String, String> managerEmails = new HashMap<>();
        Map<String, String> managerEmailByName = new HashMap<>();
        for (int i = 0; i < newManagers.size(); i++) {
            users.add(new NewUser(emails.get(i), clip(names.get(i)), password, Role.MANAGER, null));
            managerEmailByName.put(names.get(i).toLowerCase(Locale.ROOT), emails.get(i));
        }
        for (int i = 0; i < created.size(); i++) {
            String email = emails.get(newManagers.size() + i);
            String manager = created.get(i).manager();
            Long managerId = manager == null ? null : existingManagers.get(manager.toLowerCase(Locale.ROOT));
            if (manager != null && managerId == null) {
                managerEmails.put(email, managerEmailByName.get(manager.toLowerCase(Locale.ROOT)));
            }
            users.add(new NewUser(email, clip(created.get(i).source()), password, Role.REP, managerId));
        }
        List<UserView> saved = identity.createUsers(workspaceId, users, managerEmails);
        for (int i = 0; i < created.size(); i++) {
            ids.put(created.get(i).source(), saved.get(newManagers.size() + i).id());
        }
        return ids;
    }

    /** A free address {@code slug[.n]@w<workspace>.<domain>} for each name, in order, none used twice. */
    private List<String> emails(long workspaceId, List<String> names) {
        String domain = "w" + workspaceId + "." + settings.userEmailDomain();
        List<String> candidates = new ArrayList<>();
        for (String name : names) {
            for (int attempt = 1; attempt <= 20; attempt++) {
                candidates.add(candidate(slug(name), attempt, domain));
            }
        }
        Set<String> used = new HashSet<>(identity.takenEmails(candidates));
        List<String> emails = new ArrayList<>();
        for (String name : names) {
            String free = null;
            for (int attempt = 1; free == null && attempt <= 20; attempt++) {
                String email = candidate(slug(name), attempt, domain);
                if (used.add(email)) {
                    free = email;
                }
            }
            if (free == null) {
                throw new RuleViolationException("owners", "no free address for the new user " + clip(name));
            }
            emails.add(free);
        }
        return emails;
    }

    private static String candidate(String local, int attempt, String domain) {
        return local + (attempt == 1 ? "" : "." + attempt) + "@" + domain;
    }

    private static String clip(String name) {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".").replaceAll("^\\.|\\.$", "");
        if (slug.isEmpty()) {
            slug = "owner";
        }
        return slug.length() > 48 ? slug.substring(0, 48) : slug;
    }
}
