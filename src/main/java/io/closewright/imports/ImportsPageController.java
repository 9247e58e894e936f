package io.closewright.imports;

import io.closewright.identity.UserPrincipal;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.web.Form;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Admin → Imports: upload a file with its preset (and companion files), see the dry run, then follow
 * the import's progress bar until it is done. Bad uploads come back to the form with the reason next
 * to the file and the choices kept.
 */
@Controller
class ImportsPageController {

    private final ImportManagement imports;
    private final ImportSettings settings;

    ImportsPageController(ImportManagement imports, ImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @GetMapping("/admin/imports")
    String index(@AuthenticationPrincipal UserPrincipal me, Model model) {
        return page(me, Form.empty().with("preset", Preset.MAVEN.key()), model);
    }

    @PostMapping("/admin/imports")
    String upload(
            @AuthenticationPrincipal UserPrincipal me,
            @RequestParam Map<String, String> params,
            @RequestParam(value = "file", required = false) MultipartFile file,
            @RequestParam(value = "products", required = false) MultipartFile products,
            @RequestParam(value = "teams", required = false) MultipartFile teams,
            @RequestParam(value = "accounts", required = false) MultipartFile accounts,
            Model model) {
        Form form = Form.posted(params);
        try {
            long limit = settings.maxFileSize().toBytes();
            byte[] main = ImportRequests.read(file, limit);
            if (main == null) {
                throw new RuleViolationException("file", "choose the CSV file to import");
            }
            ImportRequest request = new ImportRequest(
                    ImportRequests.preset(form.text("preset")),
                    form.text("source"),
                    file.getOriginalFilename(),
                    main,
                    ImportRequests.read(products, limit),
                    ImportRequests.read(teams, limit),
                    ImportRequests.read(accounts, limit),
                    Map.of(),
                    Map.of(),
                    Map.of());
            ImportManagement.Draft draft = imports.draft(me.viewer(), request);
            return "redirect:/admin/imports/drafts/" + draft.id();
        } catch (RuleViolationException e) {
            form.errors().addAll(e.problems());
        } catch (ImportRequests.TooLarge e) {
            form.errors().add("file", e.getMessage());
        }
        return page(me, form, model);
    }

    @GetMapping("/admin/imports/{id}")
    String job(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(me.viewer(), id));
        return "imports/job";
    }

    @GetMapping("/admin/imports/{id}/progress")
    String progress(@AuthenticationPrincipal UserPrincipal me, @PathVariable long id, Model model) {
        model.addAttribute("job", imports.job(me.viewer(), id));
        return "imports/progress";
    }

    private String page(UserPrincipal me, Form form, Model model) {
        List<ImportJobView> jobs = imports.jobs(me.viewer());
        model.addAttribute("form", form);
        model.addAttribute("jobs", jobs);
        model.addAttribute("presets", List.of(Preset.values()));
        model.addAttribute("maxMegabytes", settings.maxFileSize().toMegabytes());
        return "imports/index";
    }
}
