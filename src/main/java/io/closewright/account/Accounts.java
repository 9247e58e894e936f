package io.closewright.account;

import org.springframework.data.repository.CrudRepository;

interface Accounts extends CrudRepository<Account, Long> {}
