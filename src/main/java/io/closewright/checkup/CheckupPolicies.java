package io.closewright.checkup;

import org.springframework.data.repository.CrudRepository;

interface CheckupPolicies extends CrudRepository<CheckupPolicy, Long> {}
