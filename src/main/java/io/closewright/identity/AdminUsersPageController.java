package io.closewright.identity;

import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.StateConflictException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of users: add people, change their role, manager and whether they may sign in. */
@Controller
class AdminUsersPageController {

    private final IdentityManagement identity;

    AdminUsersPageController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/admin/users")
    String users(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, model, Form.empty().with("role", Role.REP), null, null);
    }

    @PostMapping("/admin/users")
    String create(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Role role = FormValues.choice(Role.class, form.text("role"), "role", form.errors());
        Long managerId = FormValues.id(form.text("managerId"), "managerId", form.errors());
        if (!form.hasErrors()) {
            try {
                UserView user = identity.createUser(
                        me.workspaceId(),
                        new NewUser(form.value("email"), form.value("name"), form.value("password"), role, managerId));
                redirect.addFlashAttribute("flash", user.name() + " can now sign in as " + user.email() + ".");
                return "redirect:/admin/users";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            }
        }
        form.with("password", "");
        return page(me, model, form, null, null);
    }

    @PostMapping("/admin/users/{id}")
    String update(
            @AuthenticationPrincipal UserPrincipal me,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Role role = FormValues.choice(Role.class, form.text("role"), "role", form.errors());
        Long managerId = FormValues.id(form.text("managerId"), "managerId", form.errors());
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        if (!form.hasErrors()) {
            try {
                UserView user = identity.updateUser(
                        me.viewer(),
                        id,
                        version,
                        new UserChanges(
                                form.text("name") == null ? "" : form.text("name"),
                                role,
                                Optional.ofNullable(managerId),
                                form.checked("active")));
                redirect.addFlashAttribute("flash", "Saved " + user.name() + ".");
                return "redirect:/admin/users";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StateConflictException e) {
                form.errors().addGeneral(e.getMessage());
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute(
                        "flashError",
                        "This user was changed by someone else; the list now shows the current values. Make your change again.");
                return "redirect:/admin/users";
            }
        }
        return page(me, model, Form.empty().with("role", Role.REP), id, form);
    }

    private String page(UserPrincipal me, Model model, Form form, Long editId, Form editForm) {
        List<UserView> users = identity.visibleUsers(me.viewer());
        model.addAttribute("users", users);
        model.addAttribute(
                "leaders",
                users.stream().filter(u -> u.role().canLead() && u.active()).toList());
        model.addAttribute("form", form);
        model.addAttribute("editId", editId);
        model.addAttribute("editForm", editForm);
        return "admin/users";
    }
}
