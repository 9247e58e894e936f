package io.closewright.identity;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers every chain sends. Pages (the buyer page included) run only scripts from our own
 * origin: no inline script, no event-handler attributes, no eval (htmx is configured with
 * {@code allowEval: false}); styles may still be inline attributes (progress bars, chart heights, the
 * plan timeline's SVG). JSON answers may load nothing at all. HSTS is sent on requests that arrived
 * over TLS (directly, or through a trusted proxy's {@code X-Forwarded-Proto}).
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static Customizer<HeadersConfigurer<HttpSecurity>> with(String policy) {
        return h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }
}
