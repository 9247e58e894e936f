package io.closewright.checkup.web;

import io.closewright.checkup.CheckupManagement;
import io.closewright.checkup.CheckupPolicyView;
import io.closewright.identity.UserPrincipal;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.StaleVersionException;
import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormValues;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's checkup settings: lead days before a step's due date and the blocker age limit. */
@Controller
class CheckupSettingsPageController {

    private final CheckupManagement checkups;

    CheckupSettingsPageController(CheckupManagement checkups) {
        this.checkups = checkups;
    }

    @GetMapping("/admin/checkups")
    String settings(@AuthenticationPrincipal UserPrincipal me, Model model) {
        CheckupPolicyView policy = checkups.policy(me.viewer());
        model.addAttribute(
                "form",
                Form.empty()
                        .with("leadDays", policy.leadDays())
                        .with("blockerAgeLimitDays", policy.blockerAgeLimitDays())
                        .with("version", policy.version()));
        return "checkup/settings";
    }

    @PostMapping("/admin/checkups")
    String change(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        Form form = Form.posted(params);
        Long version = FormValues.id(form.text("version"), "version", form.errors());
        if (version == null && !form.errors().has("version")) {
            form.errors().addGeneral("Reload the page and make your change again");
        }
        Integer lead = required(form, "leadDays");
        Integer limit = required(form, "blockerAgeLimitDays");
        if (!form.hasErrors()) {
            try {
                checkups.changePolicy(me.viewer(), version, lead, limit);
                redirect.addFlashAttribute("flash", "Checkup settings saved.");
                return "redirect:/admin/checkups";
            } catch (RuleViolationException e) {
                form.errors().addAll(e.problems());
            } catch (StaleVersionException e) {
                redirect.addFlashAttribute(
                        "flashError", "Someone else changed these settings meanwhile; the form shows their values.");
                return "redirect:/admin/checkups";
            }
        }
        model.addAttribute("form", form);
        return "checkup/settings";
    }

    private static Integer required(Form form, String field) {
        Integer value = FormValues.integer(form.text(field), field, form.errors());
        if (value == null && !form.errors().has(field)) {
            form.errors().add(field, "must not be empty");
        }
        return value;
    }
}
