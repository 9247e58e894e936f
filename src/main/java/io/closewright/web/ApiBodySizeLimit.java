package io.closewright.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API request bodies to {@code closewright.web.max-api-body-bytes}: an announced larger
 * {@code Content-Length} is refused with 413 before reading, and a body without one (chunked) or with a
 * false one is read only up to the limit; reading past it fails, and {@link ApiProblemHandler} answers 413.
 * Uploads to {@code /api/imports} have their own, larger limit ({@code closewright.imports.max-file-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiBodySizeLimit extends OncePerRequestFilter {

    private final long maxBytes;

    ApiBodySizeLimit(@Value("${closewright.web.max-api-body-bytes:1048576}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return !uri.startsWith(request.getContextPath() + "/api/")
                || uri.startsWith(request.getContextPath() + "/api/imports");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response, maxBytes);
            return;
        }
        chain.doFilter(new LimitedBodyRequest(request, maxBytes), response);
    }

    static void tooLarge(HttpServletResponse response, long maxBytes) throws IOException {
        response.setStatus(413);
        response.setContentType("application/problem+json");
        response.setHeader("Connection", "close");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                        + "\"detail\":\"The request body is larger than " + maxBytes + " bytes\"}");
    }
}
