package io.closewright.identity;

import org.springframework.data.repository.CrudRepository;

interface Workspaces extends CrudRepository<Workspace, Long> {}
