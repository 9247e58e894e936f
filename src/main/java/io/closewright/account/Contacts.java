package io.closewright.account;

import java.util.List;
import org.springframework.data.repository.CrudRepository;

interface Contacts extends CrudRepository<Contact, Long> {

    List<Contact> findByAccountIdOrderByName(long accountId);
}
