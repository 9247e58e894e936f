package io.closewright.closeplan;

import org.springframework.data.repository.CrudRepository;

interface ClosePlans extends CrudRepository<ClosePlan, Long> {}
