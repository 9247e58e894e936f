package io.closewright.opportunity;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.closewright.identity.IdentityManagement;
import io.closewright.identity.Role;
import io.closewright.identity.UserPrincipal;
import io.closewright.identity.UserView;
import io.closewright.identity.Viewer;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.PageContext;
import io.closewright.shared.web.Toasts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pipeline board: a column per open stage with its deal count and value, cards sorted by close
 * date (at most {@link #CARDS_ON_BOARD} at first, a fair share per column), filters by owner or team, a
 * "show more" per column that loads its next cards in place (and without script links to the deal list
 * of that stage), and moving a card to another stage by drag
 * and drop (or its menu). A move answers with the whole board re-rendered, so counts and totals stay
 * right; a move from an out-of-date card is refused and the board shows the current state.
 */
@Controller
class PipelinePageController {

    /** The most cards the board shows at first, shared between its columns. */
    static final int CARDS_ON_BOARD = 200;

    /** How many more cards of one column a "show more" loads. */
    static final int MORE_CARDS = 50;

    private final OpportunityManagement opportunities;
    private final IdentityManagement identity;
    private final BoardCache boards;
    private final TemplateEngine templates;

    PipelinePageController(
            OpportunityManagement opportunities,
            IdentityManagement identity,
            BoardCache boards,
            TemplateEngine templates) {
        this.opportunities = opportunities;
        this.identity = identity;
        this.boards = boards;
        this.templates = templates;
    }

    @GetMapping("/pipeline")
    String board(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            Model model) {
        List<UserView> users = identity.visibleUsers(me.viewer());
        model.addAttribute("users", users);
        model.addAttribute(
                "teams", users.stream().filter(u -> u.role() == Role.MANAGER).toList());
        boardModel(me.viewer(), owner, team, model);
        return "pipeline/board";
    }

    @GetMapping("/pipeline/cards")
    String moreCards(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam String stage,
            @RequestParam int offset,
            @RequestParam long total,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            Model model) {
        int from = Math.max(offset, 0);
        List<OpportunityView> cards = opportunities.boardCards(me.viewer(), stage, owner, team, from, MORE_CARDS);
        model.addAttribute("cards", cards);
        model.addAttribute("stage", stage);
        model.addAttribute("next", (long) from + cards.size());
        model.addAttribute("total", total);
        model.addAttribute("owner", owner);
        model.addAttribute("team", team);
        model.addAttribute("stages", openStages(me.viewer()));
        return "pipeline/moreCards";
    }

    @PostMapping("/pipeline/move")
    String move(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam long id,
            @RequestParam long version,
            @RequestParam String stage,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) Long team,
            Model model,
            HttpServletResponse response) {
        try {
            OpportunityView moved = opportunities.change(me.viewer(), id, version, OpportunityChanges.stage(stage));
            Toasts.show(response, "success", moved.name() + " moved to " + moved.stageName() + ".");
        } catch (StaleVersionException e) {
            Toasts.show(response, "warning", "This deal was changed by someone else; the board has been refreshed.");
        } catch (RuleViolationException | StateConflictException e) {
            Toasts.show(response, "danger", "The deal could not be moved: " + e.getMessage());
        } catch (NotFoundException e) {
            Toasts.show(
                    response,
                    "warning",
                    "This deal no longer exists or is not yours to see; the board has been refreshed.");
        }
        boardModel(me.viewer(), owner, team, model);
        return "pipeline/boardFragment";
    }

    /** The board's columns and cards as HTML, rendered once per change of the data ({@link BoardCache}). */
    private void boardModel(Viewer viewer, Long owner, Long team, Model model) {
        PageContext ctx = (PageContext) model.getAttribute("ctx");
        String html = boards.html(
                viewer.userId(), owner, team, CARDS_ON_BOARD, ctx.fmt().today(), () -> {
                    Map<String, Object> params = new HashMap<>();
                    params.put("ctx", ctx);
                    params.put("columns", opportunities.board(viewer, owner, team, CARDS_ON_BOARD));
                    params.put("stages", openStages(viewer));
                    params.put("owner", owner);
                    params.put("team", team);
                    StringOutput out = new StringOutput(512 * 1024);
                    templates.render("pipeline/boardBody.jte", params, out);
                    return out.toString();
                });
        model.addAttribute("boardHtml", html);
        model.addAttribute("owner", owner);
        model.addAttribute("team", team);
    }

    private List<StageView> openStages(Viewer viewer) {
        return opportunities.stages(viewer.workspaceId()).stream()
                .filter(s -> !s.closed())
                .toList();
    }
}
