package io.closewright.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Three filter chains: the API ({@code /api/**}) is stateless with bearer tokens and answers
 * problem+json; the actuator ({@code /actuator/**}) has public health probes and metrics for admins'
 * tokens or the scraper's token; pages use form login, CSRF protection and sessions kept in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_PAGES = {
        "/login",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/img/**",
        "/favicon.ico",
        "/error",
        "/share/**",
        "/unsubscribe/**",
        "/calendar/*.ics",
        "/actuator/health/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    @Bean
    PasswordEncoder passwordEncoder(IdentitySettings settings) {
        return new BCryptPasswordEncoder(settings.passwordHashStrength());
    }

    /**
     * No Micrometer observation of Spring Security's work: without this bean every filter of every chain is
     * wrapped in an observing decorator, and each authorization and authentication observed, on every request,
     * even with {@code management.observations.enable.spring.security=false} (which only makes the
     * observations no-ops). The checks themselves are unchanged; {@code http.server.requests} still times each
     * request (ADR 0029).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityManagement identity) throws Exception {
        return stateless(http.securityMatcher("/api/**"), identity)
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/auth/token")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/users")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PATCH, "/api/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.PUT, "/api/workspace/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/plan-templates/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/plan-templates/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.DELETE, "/api/plan-templates/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers(HttpMethod.PUT, "/api/stages/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(
                                res,
                                401,
                                "Unauthorized",
                                "Send a valid token: Authorization: Bearer <token> (POST /api/auth/token)"))
                        .accessDeniedHandler((req, res, ex) ->
                                ProblemResponses.write(res, 403, "Forbidden", "Your role does not allow this")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuatorChain(HttpSecurity http, IdentityManagement identity, IdentitySettings settings)
            throws Exception {
        return stateless(http.securityMatcher("/actuator/**"), identity)
                .authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole("ADMIN", "METRICS"))
                .addFilterBefore(
                        new MetricsTokenFilter(settings.metricsTokenSha256()),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((req, res, ex) -> ProblemResponses.write(
                                res, 401, "Unauthorized", "Metrics need the scraper's token or an admin's API token"))
                        .accessDeniedHandler((req, res, ex) ->
                                ProblemResponses.write(res, 403, "Forbidden", "Metrics are for admins")))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle throttle, AppUsers users) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES)
                        .permitAll()
                        .requestMatchers("/admin/templates", "/admin/templates/**")
                        .hasAnyRole("ADMIN", "MANAGER")
                        .requestMatchers("/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(signedIn(throttle))
                        .failureHandler((req, res, ex) -> {
                            throttle.recordFailure(req.getParameter("username"), req.getRemoteAddr());
                            res.sendRedirect(req.getContextPath() + "/login?error");
                        })
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.ignoringRequestMatchers("/share/**", "/unsubscribe/**"))
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CurrentUserFilter(users), SecurityContextHolderFilter.class)
                .headers(SecurityHeaders.with(SecurityHeaders.PAGE_POLICY))
                .build();
    }

    /** A chain without sessions, forms or CSRF, authenticated by bearer tokens; answers carry the API headers. */
    private static HttpSecurity stateless(HttpSecurity http, IdentityManagement identity) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(identity), UsernamePasswordAuthenticationFilter.class)
                .headers(SecurityHeaders.with(SecurityHeaders.API_POLICY));
    }

    private static AuthenticationSuccessHandler signedIn(LoginThrottle throttle) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            throttle.recordSuccess(request.getParameter("username"), request.getRemoteAddr());
            keepNewCsrfToken(request);
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /**
     * Signing in replaces the CSRF token with a deferred one that the first page to render would store in
     * the session. Browsers send several requests right after signing in (the board, its fragments, other
     * tabs); stored now, in the sign-in request, they all read the same token instead of each writing their
     * own, so every page's forms stay valid.
     */
    private static void keepNewCsrfToken(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
    }

    @Bean
    UserDetailsService userDetailsService(AppUsers users) {
        return username -> users.findByEmail(
                        username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .map(AppUser::principal)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
