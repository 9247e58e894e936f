package io.closewright.benchlimit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The limit for Closewright's per-request overhead: Spring Boot MVC behind a security chain shaped like
 * Closewright's ({@code io.closewright.identity.SecurityConfiguration}), with one trivial endpoint
 * {@code GET /api/me}. No database, no sessions store, no observability beyond Boot's defaults.
 */
@SpringBootApplication
public class LimitApplication {

    public static void main(String[] args) {
        SpringApplication.run(LimitApplication.class, args);
    }
}
