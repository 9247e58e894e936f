package io.closewright.focus;

import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Role;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.nurture.NurtureManagement;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The Today page: the ranked focus list of the signed-in user (or, for a manager, of someone below them:
 * {@code ?rep=}) a page of items at a time, the unripe deals apart with a "Move to nurture" form each, and a form to add a task that keeps what was typed when refused.
 */
@Controller
class TodayPageController {

    /**
     * The page shows the top of the list, this many items at a time ("Show more" adds as many): a rep with
     * 500 open deals has thousands of items, and the whole list is one HTML page of megabytes.
     */
    static final int ITEMS_PER_PAGE = 100;

    private final FocusManagement focus;
    private final IdentityManagement identity;
    private final OpportunityManagement opportunities;
    private final NurtureManagement nurture;

    TodayPageController(
            FocusManagement focus,
            IdentityManagement identity,
            OpportunityManagement opportunities,
            NurtureManagement nurture) {
        this.focus = focus;
        this.identity = identity;
        this.opportunities = opportunities;
        this.nurture = nurture;
    }

    @GetMapping("/today")
    String today(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) String rep,
            @RequestParam(required = false) String shown,
            Model model) {
        return render(me.viewer(), TodayLinks.user(rep), TodayLinks.shown(shown, ITEMS_PER_PAGE), Form.empty(), model);
    }

    @PostMapping("/today/tasks")
    String addTask(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long rep = TodayLinks.user(form.text("rep"));
        LocalDate due = FormValues.date(form.text("dueDate"), "dueDate", errors);
        Long deal = FormValues.id(form.text("opportunityId"), "opportunityId", errors);
        if (!errors.any()) {
            try {
                focus.createTask(me.viewer(), new NewTask(form.text("title"), due, deal, rep));
                RequestContextUtils.getOutputFlashMap(request).put("flash", "Task added.");
                return "redirect:" + TodayLinks.today(rep);
            } catch (RuleViolationException e) {
                errors.addAll(e.problems());
            } catch (StateConflictException | io.closewright.shared.NotFoundException e) {
                errors.add("opportunityId", "choose one of the open deals listed");
            }
        }
        response.setStatus(422);
        return render(me.viewer(), rep, ITEMS_PER_PAGE, form, model);
    }

    private String render(Viewer viewer, Long rep, int shown, Form form, Model model) {
        FocusList list = focus.focus(viewer, rep);
        List<FocusItem> items = list.items();
        model.addAttribute("focus", list);
        model.addAttribute("items", items.size() > shown ? items.subList(0, shown) : items);
        model.addAttribute("more", items.size() > shown ? TodayLinks.showing(rep, shown + ITEMS_PER_PAGE) : null);
        model.addAttribute("mine", list.userId() == viewer.userId());
        model.addAttribute("people", people(viewer));
        model.addAttribute("deals", opportunities.boardCards(viewer, null, list.userId(), null, 0, 200));
        model.addAttribute("form", form);
        model.addAttribute("nurture", list.unripeDeals().isEmpty() ? null : nurture.choice(viewer));
        model.addAttribute("back", TodayLinks.today(rep));
        return "focus/today";
    }

    private List<UserView> people(Viewer viewer) {
        if (!viewer.leadsOthers()) {
            return List.of();
        }
        return identity.visibleUsers(viewer).stream()
                .filter(u -> u.active() && (u.role() == Role.REP || u.id() == viewer.userId()))
                .toList();
    }
}
