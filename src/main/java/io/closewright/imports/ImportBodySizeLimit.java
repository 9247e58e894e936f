package io.closewright.imports;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses uploads to {@code /api/imports} whose declared length exceeds the import limit
 * ({@code closewright.imports.max-file-size}, plus 64 KiB for multipart framing) with 413, before
 * reading them. Bodies sent without a length are cut off at the limit while they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportBodySizeLimit extends OncePerRequestFilter {

    private final ImportSettings settings;

    ImportBodySizeLimit(ImportSettings settings) {
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/imports");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = settings.maxFileSize().toBytes();
        if (request.getContentLengthLong() > limit + 64 * 1024) {
            response.setStatus(413);
            response.setContentType("application/problem+json");
            String detail = "The file is larger than " + limit / (1024 * 1024) + " MB; split it into smaller files";
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                            + detail + "\",\"errors\":[{\"field\":\"file\",\"message\":\"" + detail + "\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
