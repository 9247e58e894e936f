package io.closewright.closeplan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A reusable plan: steps with durations and dependencies but no dates. A template attached to a stage
 * is applied when a deal without a plan enters that stage.
 */
@Table("plan_template")
class PlanTemplate {

    @Id
    Long id;

    Long workspaceId;

    @Column("template_key")
    String key;

    String name;
    String description;

    @Column("stage_key")
    String stage;

    @MappedCollection(idColumn = "plan_template_id", keyColumn = "position")
    List<TemplateStep> steps = new ArrayList<>();

    @Version
    Long version;

    Instant updatedAt;

    TemplateView view() {
        return new TemplateView(
                key,
                name,
                description,
                stage,
                steps.stream().map(TemplateStep::draft).toList(),
                version);
    }
}
