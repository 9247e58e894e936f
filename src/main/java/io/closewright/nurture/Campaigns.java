package io.closewright.nurture;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.CrudRepository;

interface Campaigns extends CrudRepository<Campaign, Long> {

    List<Campaign> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    Optional<Campaign> findByIdAndWorkspaceId(long id, long workspaceId);

    boolean existsByWorkspaceIdAndNameIgnoreCase(long workspaceId, String name);
}
