package io.closewright.focus;

import io.closewright.closeplan.ClosePlanManagement;
import io.closewright.identity.Viewer;
import io.closewright.opportunity.OpportunityManagement;
import io.closewright.shared.ForbiddenException;
import io.closewright.shared.NotFoundException;
import io.closewright.shared.RuleViolationException;
import io.closewright.shared.Versions;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's automation rules, read and changed by admins only (403 for anyone else). A rule names
 * an open stage and an existing template where it needs one; a change needs the rule's current version.
 */
@Component
class RuleBook {

    private final AutomationRules rules;
    private final OpportunityManagement opportunities;
    private final ClosePlanManagement plans;

    RuleBook(AutomationRules rules, OpportunityManagement opportunities, ClosePlanManagement plans) {
        this.rules = rules;
        this.opportunities = opportunities;
        this.plans = plans;
    }

    List<RuleView> all(Viewer viewer) {
        requireAdmin(viewer);
        return rules.findByWorkspaceIdOrderById(viewer.workspaceId()).stream()
                .map(AutomationRule::view)
                .toList();
    }

    @Transactional
    RuleView create(Viewer viewer, RuleDraft draft) {
        requireAdmin(viewer);
        AutomationRule rule = AutomationRule.of(viewer.workspaceId(), draft);
        checkReferences(viewer, rule);
        return rules.save(rule).view();
    }

    @Transactional
    RuleView change(Viewer viewer, long id, long version, RuleDraft draft) {
        AutomationRule rule = load(viewer, id);
        Versions.check("Rule", version, rule.version);
        rule.apply(draft);
        checkReferences(viewer, rule);
        return rules.save(rule).view();
    }

    @Transactional
    RuleView enable(Viewer viewer, long id, long version, boolean enabled) {
        AutomationRule rule = load(viewer, id);
        Versions.check("Rule", version, rule.version);
        rule.enabled = enabled;
        return rules.save(rule).view();
    }

    @Transactional
    void delete(Viewer viewer, long id, Long version) {
        AutomationRule rule = load(viewer, id);
        if (version != null) {
            Versions.check("Rule", version, rule.version);
        }
        rules.delete(rule);
    }

    private AutomationRule load(Viewer viewer, long id) {
        requireAdmin(viewer);
        return rules.findById(id)
                .filter(r -> r.workspaceId == viewer.workspaceId())
                .orElseThrow(() -> new NotFoundException("Rule", id));
    }

    private void checkReferences(Viewer viewer, AutomationRule rule) {
        if (rule.stageKey != null
                && opportunities.stages(viewer.workspaceId()).stream()
                        .noneMatch(s -> s.key().equals(rule.stageKey) && !s.closed())) {
            throw new RuleViolationException("stage", "no open stage '" + rule.stageKey + "'");
        }
        if (rule.templateKey != null
                && plans.templates(viewer).stream().noneMatch(t -> t.id().equals(rule.templateKey))) {
            throw new RuleViolationException("templateId", "no plan template '" + rule.templateKey + "'");
        }
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.isAdmin()) {
            throw new ForbiddenException("Only admins set up automation rules");
        }
    }
}
