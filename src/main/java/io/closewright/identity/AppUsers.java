package io.closewright.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AppUsers extends CrudRepository<AppUser, Long> {

    Optional<AppUser> findByEmail(String email);

    Optional<AppUser> findByCalendarSecret(String calendarSecret);

    List<AppUser> findByWorkspaceId(long workspaceId);

    @Query("SELECT COUNT(*) FROM app_user")
    long countAll();
}
