package io.closewright.nurture;

import io.closewright.shared.web.Form;
import io.closewright.shared.web.FormErrors;
import io.closewright.shared.web.FormValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The campaign form of the Team pages: a name and rows of {@code steps[i].afterDays}, {@code .subject}
 * and {@code .body}. Rows left wholly blank are dropped, so the rows shown again line up with the
 * problems {@link CampaignRules} names; one blank row is always offered for another email.
 */
record CampaignForm(Form form, int rows) {

    static final int MAX_ROWS = CampaignRules.MAX_STEPS;

    static CampaignForm blank() {
        Form form = Form.empty();
        form.with("steps[0].afterDays", 0);
        form.with("steps[1].afterDays", 3);
        form.with("steps[2].afterDays", 10);
        return new CampaignForm(form, 3);
    }

    static CampaignForm of(CampaignView campaign) {
        Form form = Form.empty().with("name", campaign.name()).with("version", campaign.version());
        List<CampaignStep> steps = campaign.steps();
        for (int i = 0; i < steps.size(); i++) {
            form.with("steps[" + i + "].afterDays", steps.get(i).afterDays());
            form.with("steps[" + i + "].subject", steps.get(i).subject());
            form.with("steps[" + i + "].body", steps.get(i).body());
        }
        return new CampaignForm(form, Math.min(steps.size() + 1, MAX_ROWS));
    }

    /** The posted form with blank rows dropped; {@code extraRow} offers one more empty row. */
    static CampaignForm posted(Map<String, String> params, boolean extraRow) {
        Form posted = Form.posted(params);
        Form form = Form.empty().with("name", posted.value("name")).with("version", posted.value("version"));
        int kept = 0;
        for (int i = 0; i < MAX_ROWS + 5; i++) {
            String days = posted.text("steps[" + i + "].afterDays");
            String subject = posted.text("steps[" + i + "].subject");
            String body = posted.text("steps[" + i + "].body");
            if (subject == null && body == null) {
                continue;
            }
            form.with("steps[" + kept + "].afterDays", days == null ? "" : days);
            form.with("steps[" + kept + "].subject", posted.value("steps[" + i + "].subject"));
            form.with("steps[" + kept + "].body", posted.value("steps[" + i + "].body"));
            kept++;
        }
        return new CampaignForm(form, Math.max(1, Math.min(kept + (extraRow || kept == 0 ? 1 : 0), MAX_ROWS)));
    }

    /** The steps typed in; an unreadable wait is recorded as a problem of its field. */
    List<CampaignStep> steps() {
        FormErrors errors = form.errors();
        List<CampaignStep> steps = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String subject = form.text("steps[" + i + "].subject");
            String body = form.text("steps[" + i + "].body");
            if (subject == null && body == null) {
                continue;
            }
            String field = "steps[" + i + "].afterDays";
            Integer days = FormValues.integer(form.text(field), field, errors);
            if (days == null && !errors.has(field)) {
                errors.add(field, "say after how many days");
            }
            steps.add(new CampaignStep(days == null ? 0 : days, subject, body));
        }
        return steps;
    }

    String name() {
        return form.text("name");
    }
}
