package io.closewright.identity;

import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the first workspace and its admin from {@code CLOSEWRIGHT_ADMIN_EMAIL}
 * and {@code CLOSEWRIGHT_ADMIN_PASSWORD}. Without a password it generates one and prints it once.
 */
@Component
@Order(0)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminBootstrap.class);

    private final IdentityManagement identity;
    private final FirstAdminSettings settings;

    FirstAdminBootstrap(IdentityManagement identity, FirstAdminSettings settings) {
        this.identity = identity;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.hasUsers() || settings.email() == null || settings.email().isBlank()) {
            if (!identity.hasUsers()) {
                LOG.warn(
                        "The database has no users. Set CLOSEWRIGHT_ADMIN_EMAIL (and CLOSEWRIGHT_ADMIN_PASSWORD) and restart"
                                + " to create the first admin, or start with the demo profile.");
            }
            return;
        }
        boolean generated = settings.password() == null || settings.password().isBlank();
        String password = generated
                ? Base64.getUrlEncoder().withoutPadding().encodeToString(IdentityManagement.randomBytes(12))
                : settings.password();
        String workspaceName =
                settings.workspace() == null || settings.workspace().isBlank() ? "My company" : settings.workspace();
        WorkspaceInfo workspace = identity.createWorkspace(workspaceName, "USD", "UTC");
        identity.createUser(workspace.id(), new NewUser(settings.email(), "Administrator", password, Role.ADMIN, null));
        if (generated) {
            LOG.warn(
                    "Created the first admin {} with the generated password: {} (shown once; change it after signing in)",
                    settings.email(),
                    password);
        } else {
            LOG.info("Created the first admin {}", settings.email());
        }
    }
}
