package io.closewright.identity;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Makes Spring Session JDBC write a session attribute as an upsert, so concurrent requests of one signed-in
 * browser session that both add the same attribute (e.g. the CSRF token) never fail on
 * {@code spring_session_attributes_pk}. The statement is chosen by the database the application actually
 * runs on: {@code INSERT ... ON CONFLICT ... DO UPDATE} on PostgreSQL, {@code MERGE INTO ... KEY (...)} on H2
 * (whose PostgreSQL mode does not accept {@code ON CONFLICT ... DO UPDATE}).
 *
 * <p>Both are race-free here: Spring Session first updates the session's own row in the same transaction,
 * which serialises the attribute writes of one session, and the upsert then sees the other request's row.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    /** H2's upsert of one attribute; parameters in Spring Session's order (primary id, name, bytes). */
    static final String H2_CREATE_SESSION_ATTRIBUTE_QUERY = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
            VALUES (?, ?, ?)
            """;

    /** The database products Closewright runs on, as their JDBC drivers name themselves. */
    enum Vendor {
        POSTGRESQL,
        H2,
        OTHER;

        static Vendor of(String productName) {
            String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgresql")) {
                return POSTGRESQL;
            }
            return name.equals("h2") ? H2 : OTHER;
        }
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
        return switch (Vendor.of(productName(dataSource))) {
            case POSTGRESQL -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case H2 -> repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_SESSION_ATTRIBUTE_QUERY);
            case OTHER -> repository -> {};
        };
    }

    private static String productName(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database the sessions are kept in", e);
        }
    }
}
