package io.closewright.opportunity;

import io.closewright.account.AccountManagement;
import io.closewright.account.AccountView;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.PageSlice;
import io.closewright.shared.Paged;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of deals with filters, sorting and paging, and the form that opens a new deal. */
@Controller
class OpportunitiesPageController {

    static final int PAGE_SIZE = 25;

    private final OpportunityManagement opportunities;
    private final AccountManagement accounts;
    private final IdentityManagement identity;

    OpportunitiesPageController(
            OpportunityManagement opportunities, AccountManagement accounts, IdentityManagement identity) {
        this.opportunities = opportunities;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GetMapping("/opportunities")
    String list(@AuthenticationPrincipal UserPrincipal me, @RequestParam Map<String, String> params, Model model) {
        Form filters = Form.posted(params);
        FormErrors ignored = FormErrors.none();
        String status = OpportunityListFilters.status(filters);
        OpportunityFilter filter = OpportunityListFilters.of(filters);
        boolean descending = filter.descending();
        Integer page = FormValues.integer(filters.text("page"), "page", ignored);
        PageSlice slice = new PageSlice(page == null ? 0 : Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
        Paged<OpportunityView> deals = opportunities.opportunities(me.viewer(), filter, slice);
        filters.with("status", status);
        model.addAttribute("deals", deals);
        model.addAttribute("filters", filters);
        model.addAttribute(
                "filtered",
                filter.ownerId() != null
                        || filter.teamOf() != null
                        || filter.stage() != null
                        || filter.closingFrom() != null
                        || filter.closingTo() != null
                        || filter.query() != null
                        || !"OPEN".equals(status));
        model.addAttribute("sort", filter.sort());
        model.addAttribute("descending", descending);
        model.addAttribute("query", query(filters));
        model.addAttribute("totals", opportunities.totals(me.viewer(), filter, slice));
        model.addAttribute("users", identity.visibleUsers(me.viewer()));
        model.addAttribute("stages", opportunities.stages(me.workspaceId()));
        return "opportunities/list";
    }

    @GetMapping("/opportunities/new")
    String newDeal(
            @AuthenticationPrincipal UserPrincipal me, @RequestParam(required = false) Long accountId, Model model) {
        List<StageView> open = openStages(me.viewer());
        Form form = Form.empty()
                .with("accountId", accountId)
                .with("ownerId", me.id())
                .with("stage", open.isEmpty() ? "" : open.get(0).key())
                .with("forecastCategory", ForecastCategory.PIPELINE)
                .with("currency", identity.workspace(me.workspaceId()).currency());
        return newPage(me.viewer(), model, form);
    }

    @PostMapping("/opportunities")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        FormErrors errors = form.errors();
        Long accountId = FormValues.id(form.text("accountId"), "accountId", errors);
        if (accountId == null && !errors.has("accountId")) {
            errors.add("accountId", "choose the account this deal is with");
        }
        BigDecimal amount = FormValues.amount(form.text("amount"), "amount", errors);
        NewOpportunity deal = new NewOpportunity(
                form.value("name"),
                accountId == null ? 0 : accountId,
                FormValues.id(form.text("ownerId"), "ownerId", errors),
                amount,
                form.text("currency") == null ? null : form.text("currency").toUpperCase(java.util.Locale.ROOT),
                form.text("stage"),
                FormValues.date(form.text("closeDate"), "closeDate", errors),
                FormValues.choice(ForecastCategory.class, form.text("forecastCategory"), "forecastCategory", errors));
        if (!errors.any()) {
            try {
                OpportunityView created = opportunities.open(me.viewer(), deal);
                redirect.addFlashAttribute(
                        "flash", "Deal " + created.name() + " opened in " + created.stageName() + ".");
                return "redirect:/opportunities/" + created.id();
            } catch (RuleViolationException e) {
                errors.addAll(e.problems());
            }
        } else {
            errors.addAll(remainingProblems(me.viewer(), deal));
        }
        return newPage(me.viewer(), model, form);
    }

    /**
     * The service's verdict on the other fields when some could not even be read. The deal names an
     * account that cannot exist, so nothing is ever opened here.
     */
    private List<io.closewright.shared.FieldProblem> remainingProblems(Viewer viewer, NewOpportunity deal) {
        try {
            opportunities.open(
                    viewer,
                    new NewOpportunity(
                            deal.name(),
                            -1,
                            deal.ownerId(),
                            deal.amount(),
                            deal.currency(),
                            deal.stage(),
                            deal.closeDate(),
                            deal.forecastCategory()));
            throw new IllegalStateException("a deal on account -1 was opened");
        } catch (RuleViolationException e) {
            return e.problems().stream()
                    .filter(p -> !"accountId".equals(p.field()))
                    .toList();
        }
    }

    private String newPage(Viewer viewer, Model model, Form form) {
        Paged<AccountView> first = accounts.accounts(viewer, null, new PageSlice(0, PageSlice.MAX_SIZE));
        List<AccountView> choices = new ArrayList<>(first.items());
        model.addAttribute("accountTotal", first.total());
        Long chosen = FormValues.id(form.text("accountId"), "accountId", FormErrors.none());
        if (chosen != null && choices.stream().noneMatch(a -> a.id() == chosen)) {
            try {
                choices.add(0, accounts.account(viewer, chosen));
            } catch (NotFoundException e) {
                form.with("accountId", "");
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("accounts", choices);
        model.addAttribute(
                "users",
                identity.visibleUsers(viewer).stream().filter(u -> u.active()).toList());
        model.addAttribute("stages", openStages(viewer));
        return "opportunities/new";
    }

    private List<StageView> openStages(Viewer viewer) {
        return opportunities.stages(viewer.workspaceId()).stream()
                .filter(s -> !s.closed())
                .toList();
    }

    /** The filters as a query string, without sort and page, for the sort and paging links. */
    private static String query(Form filters) {
        StringBuilder query = new StringBuilder();
        for (String name : List.of("q", "owner", "team", "stage", "status", "from", "to")) {
            String value = filters.text(name);
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
