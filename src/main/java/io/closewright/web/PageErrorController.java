package io.closewright.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers whatever reached the servlet container's error page: problem+json for API requests, a
 * friendly page with a way back for browsers. Never shows a stack trace.
 */
@Controller
class PageErrorController implements ErrorController {

    private final PageContexts contexts;

    PageErrorController(PageContexts contexts) {
        this.contexts = contexts;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null
                ? ""
                : uri.toString().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(status, apiDetail(status));
            body.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(body);
        }
        return ErrorPages.page(contexts.of(request), status, null);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String apiDetail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "No such resource";
            case FORBIDDEN -> "Your role does not allow this";
            case UNAUTHORIZED -> "Send a valid token: Authorization: Bearer <token>";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here";
            default ->
                status.is5xxServerError() ? "Something went wrong on our side; try again" : status.getReasonPhrase();
        };
    }

    /** The model of the error page; used by the page exception handler too. */
    static final class ErrorPages {

        private ErrorPages() {}

        static ModelAndView page(io.closewright.shared.web.PageContext ctx, HttpStatus status, String message) {
            ModelAndView page = new ModelAndView("error", Map.of(), status);
            if (ctx != null) {
                page.addObject("ctx", ctx);
            }
            page.addObject("status", status.value());
            page.addObject("title", title(status));
            page.addObject("message", message != null ? message : message(status));
            return page;
        }

        private static String title(HttpStatus status) {
            return switch (status) {
                case NOT_FOUND -> "Page not found";
                case FORBIDDEN -> "Not allowed";
                case CONFLICT -> "That can't be done right now";
                case BAD_REQUEST -> "Something in the request was not right";
                default -> status.is5xxServerError() ? "Something went wrong" : status.getReasonPhrase();
            };
        }

        private static String message(HttpStatus status) {
            return switch (status) {
                case NOT_FOUND -> "The page or record does not exist, or it belongs to a team you can't see.";
                case FORBIDDEN -> "Your role does not give access to this page. Ask an admin if you need it.";
                case METHOD_NOT_ALLOWED -> "That page can't be used this way.";
                default ->
                    status.is5xxServerError()
                            ? "We could not finish that. Nothing was lost; please try again in a moment."
                            : "Please go back and try again.";
            };
        }
    }
}
