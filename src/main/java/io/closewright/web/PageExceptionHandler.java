package io.closewright.web;

import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.StateConflictException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of page controllers that no form handles itself: a missing or hidden record is the 404
 * page, a state that forbids the action a 409 page naming why. API controllers are answered by
 * {@link ApiProblemHandler}, which runs first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final PageContexts contexts;

    PageExceptionHandler(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request) {
        return PageErrorController.ErrorPages.page(contexts.of(request), HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request) {
        return PageErrorController.ErrorPages.page(contexts.of(request), HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badId(HttpServletRequest request) {
        return PageErrorController.ErrorPages.page(contexts.of(request), HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView lostRace(HttpServletRequest request) {
        return PageErrorController.ErrorPages.page(
                contexts.of(request),
                HttpStatus.CONFLICT,
                "Someone changed this at the same moment. Go back, reload the page and try again.");
    }

    @ExceptionHandler(StateConflictException.class)
    ModelAndView conflict(StateConflictException e, HttpServletRequest request) {
        return PageErrorController.ErrorPages.page(contexts.of(request), HttpStatus.CONFLICT, e.getMessage());
    }
}
