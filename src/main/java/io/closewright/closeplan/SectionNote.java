package io.closewright.closeplan;

import io.closewright.shared.web.Form;

/**
 * The outcome of an action on the plan section, shown when it is drawn again: a notice, a form-wide
 * error, or the step form (a row's edit form, or the add form) that came back with what was typed.
 */
record SectionNote(String notice, String error, int editIndex, Form editForm, Form addForm) {

    static SectionNote none() {
        return new SectionNote(null, null, -1, null, null);
    }

    static SectionNote notice(String message) {
        return new SectionNote(message, null, -1, null, null);
    }

    static SectionNote error(String message) {
        return new SectionNote(null, message, -1, null, null);
    }

    static SectionNote stepForm(int index, boolean adding, Form form, String error) {
        return adding ? new SectionNote(null, error, -1, null, form) : new SectionNote(null, error, index, form, null);
    }
}
