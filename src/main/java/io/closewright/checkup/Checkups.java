package io.closewright.checkup;

import org.springframework.data.repository.CrudRepository;

interface Checkups extends CrudRepository<Checkup, Long> {}
