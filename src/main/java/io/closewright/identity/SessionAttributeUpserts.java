package io.closewright.identity;

import io.closewright.shared.DatabaseVendor;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Makes Spring Session JDBC write a session attribute as an upsert, so concurrent requests of one signed-in
 * browser session that both add the same attribute (e.g. the CSRF token) never fail on
 * {@code spring_session_attributes_pk}; and skip the write when the session was deleted meanwhile (signed
 * out in another tab, or ended by an admin), instead of an insert failing on its foreign key: Spring Session
 * ignores that failure, but on PostgreSQL it aborts the save's transaction, so the save's next statement
 * answered 500 (SQL state 25P02). The statement is chosen
 * by the database the application actually runs on: {@code INSERT ... ON CONFLICT ... DO UPDATE} on
 * PostgreSQL, {@code MERGE INTO ... KEY (...)} on H2 (whose PostgreSQL mode does not accept
 * {@code ON CONFLICT ... DO UPDATE}); any other database keeps Spring Session's plain insert.
 *
 * <p>Both are race-free here: Spring Session first updates the session's own row in the same transaction,
 * which locks it and so serialises the attribute writes of one session (and a concurrent delete of it); the
 * upsert then sees the other request's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    /**
     * The attribute row, from Spring Session's parameters in its order (primary id, name, bytes), only while
     * its session exists.
     */
    private static final String ROW_OF_EXISTING_SESSION = """
            SELECT V.P, V.N, V.B
            FROM (VALUES (CAST(? AS CHAR(36)), CAST(? AS VARCHAR(200)), CAST(? AS BYTEA))) V (P, N, B)
            WHERE EXISTS (SELECT 1 FROM %TABLE_NAME% S WHERE S.PRIMARY_ID = V.P)
            """;

    /** PostgreSQL's upsert of one attribute. */
    static final String POSTGRESQL_CREATE_SESSION_ATTRIBUTE_QUERY =
            "INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)\n"
                    + ROW_OF_EXISTING_SESSION
                    + "ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)\n"
                    + "DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES\n";

    /** H2's upsert of one attribute. */
    static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY =
            "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)\n"
                    + "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)\n"
                    + ROW_OF_EXISTING_SESSION;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
        return switch (DatabaseVendor.of(dataSource)) {
            case POSTGRESQL ->
                repository -> repository.setCreateSessionAttributeQuery(POSTGRESQL_CREATE_SESSION_ATTRIBUTE_QUERY);
            case H2 -> repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
            case OTHER -> repository -> {};
        };
    }
}
