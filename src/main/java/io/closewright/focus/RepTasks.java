package io.closewright.focus;

import org.springframework.data.repository.CrudRepository;

interface RepTasks extends CrudRepository<RepTask, Long> {}
