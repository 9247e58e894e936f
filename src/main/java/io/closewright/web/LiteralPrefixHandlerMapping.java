package io.closewright.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mapping, answering exactly the same, with a cheap first test. A path with a variable
 * ({@code /api/opportunities/42}) has no direct match, so every request tries every mapping of the
 * application (a few hundred), and each try first asks the request for its method through the five request
 * wrappers of the filter chain. Here a mapping whose patterns' literal beginnings (up to the first
 * <code>{</code>, {@code *} or {@code ?}) are none of them a prefix of the path is skipped before that, and
 * the request's method is read once per request. Paths with {@code %} or {@code ;} (where a pattern's literal
 * may match a decoded or parameter-stripped segment) are matched the usual way only.
 */
class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        return super.lookupHandlerMethod(lookupPath, new MatchingRequest(request, lookupPath));
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        if (request instanceof MatchingRequest matching && matching.plain && !mayMatch(info, matching.path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private boolean mayMatch(RequestMappingInfo info, String path) {
        String[] literals = prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::literals);
        if (literals.length == 0) {
            return true;
        }
        for (String literal : literals) {
            if (path.startsWith(literal)) {
                return true;
            }
        }
        return false;
    }

    /** The literal beginning of each pattern; none (match as usual) when the mapping has no path patterns. */
    private static String[] literals(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        Set<String> values = patterns == null ? Set.of() : patterns.getPatternValues();
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            return new String[0];
        }
        return values.stream().map(LiteralPrefixHandlerMapping::literal).toArray(String[]::new);
    }

    private static String literal(String pattern) {
        int end = pattern.length();
        for (char c : new char[] {'{', '*', '?'}) {
            int at = pattern.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return pattern.substring(0, end);
    }

    /** The request during matching: its path within the application, and its method read once. */
    private static final class MatchingRequest extends HttpServletRequestWrapper {

        final String path;
        final boolean plain;
        private final String method;

        MatchingRequest(HttpServletRequest request, String path) {
            super(request);
            this.path = path;
            this.plain = path.indexOf('%') < 0 && path.indexOf(';') < 0;
            this.method = request.getMethod();
        }

        @Override
        public String getMethod() {
            return method;
        }
    }
}
