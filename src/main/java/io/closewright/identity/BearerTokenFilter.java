package io.closewright.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}. A missing or unknown
 * token leaves the request anonymous, and the API's entry point answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final IdentityManagement identity;

    BearerTokenFilter(IdentityManagement identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            identity.principalOfToken(header.substring(PREFIX.length()).trim())
                    .filter(UserPrincipal::isEnabled)
                    .ifPresent(principal -> SecurityContextHolder.getContext()
                            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                                    principal, null, principal.getAuthorities())));
        }
        chain.doFilter(request, response);
    }
}
