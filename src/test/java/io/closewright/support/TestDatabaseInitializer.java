package io.closewright.support;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points every test application context at the run's {@link TestDatabase} and its {@link TestMail} server. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.get();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "closewright-test-database",
                        Map.of(
                                "spring.datasource.url", db.url(),
                                "spring.datasource.username", db.user(),
                                "spring.datasource.password", db.password(),
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", String.valueOf(TestMail.port()))));
    }
}
