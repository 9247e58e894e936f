package io.closewright.ask;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface Asks extends CrudRepository<Ask, Long> {

    List<Ask> findByOpportunityIdOrderByDueDateAscIdAsc(long opportunityId);
}
