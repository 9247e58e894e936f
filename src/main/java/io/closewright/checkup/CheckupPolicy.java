package io.closewright.checkup;

import io.closewright.shared.FieldProblem;
import io.closewright.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A workspace's checkup rules: how many working days before a step's due date its checkup falls
 * ({@code leadDays}, 0 to 20, default 2), and after how many working days an open blocker is flagged
 * ({@code blockerAgeLimitDays}, 1 to 60, default 5).
 */
@Table("checkup_policy")
class CheckupPolicy {

    static final int DEFAULT_LEAD_DAYS = 2;
    static final int DEFAULT_BLOCKER_AGE_LIMIT = 5;

    @Id
    @Column("workspace_id")
    Long workspaceId;

    int leadDays;
    int blockerAgeLimitDays;

    @Version
    Long version;

    static CheckupPolicy standard(long workspaceId) {
        CheckupPolicy policy = new CheckupPolicy();
        policy.workspaceId = workspaceId;
        policy.leadDays = DEFAULT_LEAD_DAYS;
        policy.blockerAgeLimitDays = DEFAULT_BLOCKER_AGE_LIMIT;
        return policy;
    }

    /** Changes the values given; null keeps a value. Refuses values out of range, changing nothing. */
    void change(Integer lead, Integer ageLimit) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lead != null && (lead < 0 || lead > 20)) {
            problems.add(new FieldProblem("leadDays", "must be between 0 and 20 working days"));
        }
        if (ageLimit != null && (ageLimit < 1 || ageLimit > 60)) {
            problems.add(new FieldProblem("blockerAgeLimitDays", "must be between 1 and 60 working days"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        leadDays = lead == null ? leadDays : lead;
        blockerAgeLimitDays = ageLimit == null ? blockerAgeLimitDays : ageLimit;
    }

    CheckupPolicyView view() {
        return new CheckupPolicyView(leadDays, blockerAgeLimitDays, version == null ? 0 : version);
    }
}
