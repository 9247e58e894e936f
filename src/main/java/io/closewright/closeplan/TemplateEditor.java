package io.closewright.closeplan;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.web.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.util.MultiValueMap;

/**
 * Reads the template editor's post: the head fields and the step rows ({@code steps[3].title} ...),
 * skipping rows left blank; turns rows into steps (a blank key is made from the title) and places the
 * problems of a refused template on the rows and fields they belong to.
 */
final class TemplateEditor {

    private static final Pattern ROW = Pattern.compile("steps\\[(\\d+)]\\..*");
    private static final Pattern PROBLEM = Pattern.compile("steps\\[(\\d+)]\\.?(.*)");
    private static final List<String> FIELDS = List.of("key", "title", "owner", "durationDays");

    private TemplateEditor() {}

    static TemplateEdit of(TemplateView t) {
        Form head = Form.empty()
                .with("name", t.name())
                .with("description", t.description())
                .with("stage", t.stage())
                .with("version", t.version());
        return new TemplateEdit(
                t.id(),
                head,
                new ArrayList<>(t.steps().stream().map(StepForm::of).toList()));
    }

    static TemplateEdit blank() {
        List<Form> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(StepForm.blank());
        }
        return new TemplateEdit(null, Form.empty(), rows);
    }

    static TemplateEdit posted(String id, MultiValueMap<String, String> params) {
        Form head = Form.empty();
        for (String field : List.of("name", "description", "stage", "version")) {
            head.with(field, params.getFirst(field));
        }
        TreeSet<Integer> indices = new TreeSet<>();
        params.keySet().forEach(name -> {
            Matcher m = ROW.matcher(name);
            if (m.matches()) {
                indices.add(Integer.parseInt(m.group(1)));
            }
        });
        List<Form> rows = new ArrayList<>();
        for (int i : indices) {
            rows.add(row(params, "steps[" + i + "]."));
        }
        return new TemplateEdit(id, head, rows);
    }

    private static Form row(MultiValueMap<String, String> params, String prefix) {
        Form row = Form.empty();
        FIELDS.forEach(f -> row.with(f, params.getFirst(prefix + f)));
        String deps = params.getFirst(prefix + "dependsOn");
        row.with(
                "dependsOn",
                deps == null
                        ? ""
                        : String.join(
                                ",",
                                Arrays.stream(deps.split(","))
                                        .map(String::trim)
                                        .filter(k -> !k.isEmpty())
                                        .toList()));
        List<String> roles = params.get(prefix + "involves");
        return row.with("involves", roles == null ? "" : String.join(",", roles));
    }

    /** The rows that are not blank, in order. */
    static List<Form> filled(TemplateEdit edit) {
        return edit.rows().stream()
                .filter(r -> r.text("key") != null || r.text("title") != null)
                .toList();
    }

    /** The steps of the filled rows; parse problems go to each row's errors. */
    static List<StepDraft> drafts(TemplateEdit edit) {
        List<Form> filled = filled(edit);
        List<StepDraft> drafts = new ArrayList<>();
        for (Form row : filled) {
            if (row.text("key") == null) {
                row.with("key", PlanEdits.keyFor(drafts, row.text("title")));
            }
            drafts.add(StepForm.draft(row));
        }
        return drafts;
    }

    static boolean rowsHaveErrors(TemplateEdit edit) {
        return edit.rows().stream().anyMatch(Form::hasErrors);
    }

    /** Puts each problem on its row's field, or on the head form ({@code id} shows under the name). */
    static void place(List<FieldProblem> problems, TemplateEdit edit) {
        List<Form> filled = filled(edit);
        for (FieldProblem p : problems) {
            Matcher m = PROBLEM.matcher(p.field());
            if (m.matches() && Integer.parseInt(m.group(1)) < filled.size()) {
                Form row = filled.get(Integer.parseInt(m.group(1)));
                if (m.group(2).isEmpty()) {
                    row.errors().addGeneral(p.message());
                } else {
                    row.errors().add(m.group(2), p.message());
                }
            } else {
                edit.head().errors().add("id".equals(p.field()) ? "name" : p.field(), p.message());
            }
        }
    }
}
