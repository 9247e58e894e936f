package io.closewright.nurture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A drip campaign of a workspace: a name and its steps in the order they go out (by days after
 * enrolment). Its content is checked by {@link CampaignRules} before it is made or changed; a change
 * applies to the emails not yet sent.
 */
@Table("nurture_campaign")
class Campaign {

    @Id
    Long id;

    Long workspaceId;
    String name;
    Long createdBy;
    Instant createdAt;
    Instant updatedAt;

    @MappedCollection(idColumn = "campaign_id", keyColumn = "step_no")
    List<CampaignStep> steps = new ArrayList<>();

    @Version
    Long version;

    static Campaign of(long workspaceId, String name, List<CampaignStep> steps, long by, Instant now) {
        Campaign c = new Campaign();
        c.workspaceId = workspaceId;
        c.createdBy = by;
        c.createdAt = now;
        c.edit(name, steps, now);
        return c;
    }

    void edit(String newName, List<CampaignStep> newSteps, Instant now) {
        name = newName.trim();
        steps = new ArrayList<>(newSteps.stream()
                .map(s -> new CampaignStep(
                        s.afterDays(), s.subject().trim(), s.body().strip()))
                .sorted(Comparator.comparingInt(CampaignStep::afterDays))
                .toList());
        updatedAt = now;
    }

    CampaignView view() {
        return new CampaignView(id, name, List.copyOf(steps), version);
    }
}
