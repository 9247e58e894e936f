package io.closewright.demo;

import io.closewright.identity.Role;
import io.closewright.identity.Viewer;
import io.closewright.risk.RiskFilter;
import io.closewright.risk.RiskLevel;
import io.closewright.risk.RiskManagement;
import io.closewright.risk.TeamRisk;
import io.closewright.shared.PageSlice;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Assesses the demo's open deals at once, so badges and Team risks are filled from the first page, and
 * has two reps escalate one of their riskiest deals to their manager.
 */
@Component
class DemoRisks {

    private static final List<String> NOTES = List.of(
            "Their CFO will not take my calls: can you reach out to her this week?",
            "Legal wants a liability cap we have never agreed to; I need your call on it.");

    private final RiskManagement risks;

    DemoRisks(RiskManagement risks) {
        this.risks = risks;
    }

    void add(Viewer admin, List<Long> escalatingReps) {
        risks.recompute(admin);
        for (int i = 0; i < escalatingReps.size() && i < NOTES.size(); i++) {
            Viewer rep = new Viewer(escalatingReps.get(i), admin.workspaceId(), Role.REP);
            List<TeamRisk> riskiest = risks.risks(
                            rep, new RiskFilter(RiskLevel.HIGH, rep.userId(), null, null), new PageSlice(0, 1))
                    .items();
            if (!riskiest.isEmpty()) {
                risks.escalate(rep, riskiest.get(0).opportunityId(), NOTES.get(i));
            }
        }
    }
}
