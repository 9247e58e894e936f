package io.closewright.ask;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits buyer-page requests per client address (default 60 a minute), so that nobody can try tokens
 * at speed; over the limit the answer is 429 and nothing is looked up.
 */
@Component
class ShareLinkThrottle extends OncePerRequestFilter {

    private final int perMinute;
    private static final int MAX_TRACKED = 100_000;

    /** Least recently seen addresses are dropped one at a time beyond the bound; the rest keep their budget. */
    private final Map<String, Bucket> buckets;

    @Autowired
    ShareLinkThrottle(@Value("${closewright.ask.share-requests-per-minute:60}") int perMinute) {
        this(perMinute, MAX_TRACKED);
    }

    ShareLinkThrottle(int perMinute, int maxTracked) {
        this.perMinute = perMinute;
        this.buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxTracked;
            }
        });
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/share/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = buckets.computeIfAbsent(
                request.getRemoteAddr(),
                k -> Bucket.builder()
                        .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                        .build());
        if (!bucket.tryConsume(1)) {
            response.setStatus(429);
            response.setHeader("Retry-After", "60");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Too many requests. Wait a minute and try again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
