package io.closewright.demo.bench;

import io.closewright.identity.IdentityManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With {@code closewright.bench.deals} above 0 and an empty database, generates the benchmark workspace at
 * start-up (before the first admin or the demo would be made); with {@code closewright.bench.exit=true}
 * the app then stops, so a script can time the load alone.
 */
@Component
@Order(-2)
class BenchStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BenchStartup.class);

    private final BenchSettings settings;
    private final IdentityManagement identity;
    private final BenchWorkspaceGenerator generator;
    private final ApplicationContext context;

    BenchStartup(
            BenchSettings settings,
            IdentityManagement identity,
            BenchWorkspaceGenerator generator,
            ApplicationContext context) {
        this.settings = settings;
        this.identity = identity;
        this.generator = generator;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.deals() <= 0) {
            return;
        }
        if (identity.hasUsers()) {
            LOG.info("closewright.bench.deals is set but the database has users: no benchmark workspace made");
        } else {
            generator.generate(settings.deals(), settings.domain());
        }
        if (settings.exit()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
