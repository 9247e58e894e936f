package io.closewright.opportunity;

import org.springframework.data.repository.CrudRepository;

interface Opportunities extends CrudRepository<Opportunity, Long> {}
