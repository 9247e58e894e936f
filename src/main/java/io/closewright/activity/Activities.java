package io.closewright.activity;

import org.springframework.data.repository.ListCrudRepository;

/** Stored activities. Reads for people go through {@link ActivityQueries}, which applies visibility. */
interface Activities extends ListCrudRepository<Activity, Long> {}
