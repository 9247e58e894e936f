package io.closewright.focus;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface AutomationRules extends CrudRepository<AutomationRule, Long> {

    List<AutomationRule> findByWorkspaceIdOrderById(long workspaceId);
}
