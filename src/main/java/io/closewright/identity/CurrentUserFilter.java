package io.closewright.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every page request see the signed-in user as the database has them now: the principal kept in
 * the web session is replaced by a fresh one (current role, manager and name) before authorisation runs.
 * A user who was disabled or removed is signed out: the session is invalidated and the request goes on
 * anonymous, so it is sent to the login page. Costs one lookup by primary key per signed-in request
 * (static files excepted).
 */
class CurrentUserFilter extends OncePerRequestFilter {

    private final AppUsers users;

    CurrentUserFilter(AppUsers users) {
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof UserPrincipal signedIn) {
            Optional<UserPrincipal> current = users.findCurrent(signedIn.id())
                    .filter(u -> u.active && u.workspaceId == signedIn.workspaceId())
                    .map(AppUser::principal);
            if (current.isEmpty()) {
                signOut(request);
            } else {
                UserPrincipal fresh = current.get();
                fresh.eraseCredentials();
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }

    private static void signOut(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
