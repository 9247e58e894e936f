package io.closewright.closeplan;

import org.springframework.data.repository.CrudRepository;

interface WorkspaceCalendars extends CrudRepository<WorkspaceCalendar, Long> {}
