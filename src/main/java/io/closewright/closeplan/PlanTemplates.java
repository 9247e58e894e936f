package io.closewright.closeplan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface PlanTemplates extends CrudRepository<PlanTemplate, Long> {

    List<PlanTemplate> findByWorkspaceIdOrderByName(long workspaceId);

    Optional<PlanTemplate> findByWorkspaceIdAndKey(long workspaceId, String key);

    List<PlanTemplate> findByWorkspaceIdAndStage(long workspaceId, String stage);
}
