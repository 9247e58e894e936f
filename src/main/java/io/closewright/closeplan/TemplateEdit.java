package io.closewright.closeplan;

import io.closewright.shared.web.Form;
import java.util.List;

/**
 * A template as its editor shows it: the head form ({@code name}, {@code description}, {@code stage},
 * {@code version}) and one form per step row, each as typed and with its own field problems. {@code id}
 * is null for a new template.
 */
public record TemplateEdit(String id, Form head, List<Form> rows) {

    public boolean isNew() {
        return id == null;
    }
}
