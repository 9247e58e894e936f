package io.closewright.checkup;

import org.springframework.data.repository.CrudRepository;

interface Blockers extends CrudRepository<Blocker, Long> {}
