package io.closewright.web;

import io.closewright.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives every page the model attribute {@code ctx} (a {@link PageContext}). Controllers that answer
 * with a body (the API) are skipped, so that JSON requests pay nothing for it.
 */
@ControllerAdvice(annotations = Controller.class)
class PageContextAdvice {

    private final PageContexts contexts;

    PageContextAdvice(PageContexts contexts) {
        this.contexts = contexts;
    }

    @ModelAttribute("ctx")
    PageContext ctx(HttpServletRequest request) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        if (handler instanceof HandlerMethod method
                && (AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class))) {
            return null;
        }
        return contexts.of(request);
    }
}
