package io.closewright.imports;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.NewUser;
import io.closewright.identity.Role;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.SecretTokens;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** User ids by source owner for every choice, creating the users marked {@code create}. */
    Map<String, Long> resolve(Viewer admin, List<ImportPreview.OwnerChoice> choices) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Long> managers = new HashMap<>();
        for (ImportPreview.OwnerChoice choice : choices) {
            if (!choice.create()) {
                ids.put(choice.source(), choice.userId());
                continue;
            }
            Long managerId = choice.manager() == null
                    ? null
                    : managers.computeIfAbsent(choice.manager(), m -> manager(admin, m));
            ids.put(
                    choice.source(),
                    create(admin.workspaceId(), choice.source(), Role.REP, managerId)
                            .id());
        }
        return ids;
    }

    private long manager(Viewer admin, String name) {
        return identity.visibleUsers(admin).stream()
                .filter(u -> u.name().equalsIgnoreCase(name) && u.role().canLead())
                .findFirst()
                .map(UserView::id)
                .orElseGet(() ->
                        create(admin.workspaceId(), name, Role.MANAGER, null).id());
    }

    private UserView create(long workspaceId, String name, Role role, Long managerId) {
        String local = slug(name);
        String domain = "w" + workspaceId + "." + settings.userEmailDomain();
        for (int attempt = 1; ; attempt++) {
            String email = local + (attempt == 1 ? "" : "." + attempt) + "@" + domain;
            try {
                return identity.createUser(
                        workspaceId,
                        new NewUser(
                                email,
                                name.length() > 200 ? name.substring(0, 200) : name,
                                SecretTokens.generate(),
                                role,
                                managerId));
            } catch (RuleViolationException e) {
                if (attempt >= 20 || e.problems().stream().noneMatch(p -> "email".equals(p.field()))) {
                    throw e;
                }
            }
        }
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
