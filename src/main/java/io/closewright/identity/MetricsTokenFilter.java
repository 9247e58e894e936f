package io.closewright.identity;

import io.closewright.shared.SecretTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a metrics scraper in with the token whose SHA-256 is configured as
 * {@code closewright.identity.metrics-token-sha256}: the request gets only the {@code METRICS} role,
 * which opens {@code /actuator/prometheus} and nothing else. Without that setting the filter does nothing.
 */
class MetricsTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final byte[] expectedHash;

    MetricsTokenFilter(String tokenSha256) {
        this.expectedHash =
                tokenSha256.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (expectedHash.length > 0 && header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            byte[] given =
                    SecretTokens.hash(header.substring(PREFIX.length()).trim()).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(given, expectedHash)) {
                SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                "metrics", null, List.of(new SimpleGrantedAuthority("ROLE_METRICS"))));
            }
        }
        chain.doFilter(request, response);
    }
}
