package io.closewright.checkup;

import io.closewright.identity.WorkspaceCreated;
import io.closewright.shared.Versions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each workspace's checkup policy; a workspace without a stored one uses the defaults. */
@Component
class WorkspacePolicies {

    private final CheckupPolicies policies;

    WorkspacePolicies(CheckupPolicies policies) {
        this.policies = policies;
    }

    @EventListener
    void addDefault(WorkspaceCreated event) {
        policies.save(CheckupPolicy.standard(event.workspaceId()));
    }

    CheckupPolicy of(long workspaceId) {
        return policies.findById(workspaceId).orElseGet(() -> CheckupPolicy.standard(workspaceId));
    }

    /** Changes the policy if {@code version} is still current; values left null keep theirs. */
    @Transactional
    CheckupPolicyView change(long workspaceId, long version, Integer leadDays, Integer blockerAgeLimitDays) {
        CheckupPolicy policy = of(workspaceId);
        Versions.check("Checkup settings", version, policy.version == null ? 0 : policy.version);
        policy.change(leadDays, blockerAgeLimitDays);
        return policies.save(policy).view();
    }
}
