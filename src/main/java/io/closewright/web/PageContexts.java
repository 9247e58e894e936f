package io.closewright.web;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.WorkspaceInfo;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.web.Formats;
import io.closewright.shared.web.PageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Builds the {@link PageContext} of a request: the signed-in user, CSRF token, active nav entry, formats and flash. */
@Component
class PageContexts {

    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    PageContexts(IdentityManagement identity, OpportunityManagement opportunities, ClosePlanManagement plans) {
        this.identity = identity;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    /** The context of the signed-in user, or null when nobody is signed in. */
    PageContext of(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof UserPrincipal me)) {
            return null;
        }
        WorkspaceInfo workspace = identity.workspace(me.workspaceId());
        Formats formats = new Formats(
                workspace.currency(),
                opportunities.today(me.viewer()),
                ZoneId.of(workspace.timeZone()),
                plans.businessCalendar(me.workspaceId()));
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return new PageContext(
                me.id(),
                me.name(),
                me.email(),
                me.role().name(),
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
                csrf == null ? "" : csrf.getToken(),
                nav(request.getRequestURI().substring(request.getContextPath().length())),
                workspace.currency(),
                formats,
                flash == null ? null : (String) flash.get("flash"),
                flash == null ? null : (String) flash.get("flashError"));
    }

    static String nav(String path) {
        if (path.startsWith("/today") || path.startsWith("/profile")) {
            return "today";
        }
        if (path.startsWith("/pipeline")) {
            return "pipeline";
        }
        if (path.startsWith("/opportunities")) {
            return "opportunities";
        }
        if (path.startsWith("/accounts") || path.startsWith("/contacts")) {
            return "accounts";
        }
        if (path.startsWith("/asks")) {
            return "asks";
        }
        if (path.startsWith("/checkups")) {
            return "checkups";
        }
        if (path.startsWith("/inbox")) {
            return "inbox";
        }
        if (path.startsWith("/team")) {
            return "team";
        }
        if (path.startsWith("/admin")) {
            return "admin";
        }
        if (path.startsWith("/forecast")) {
            return "forecast";
        }
        return "";
    }
}
