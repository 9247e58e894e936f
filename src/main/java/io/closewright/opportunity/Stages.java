package io.closewright.opportunity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Stages extends CrudRepository<Stage, Long> {

    List<Stage> findByWorkspaceIdOrderBySortOrder(long workspaceId);

    Optional<Stage> findByWorkspaceIdAndKey(long workspaceId, String key);
}
