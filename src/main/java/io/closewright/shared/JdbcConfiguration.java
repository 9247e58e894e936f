package io.closewright.shared;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/**
 * Spring Data JDBC without quoted identifiers, so that the same lower-case schema serves H2 (in
 * PostgreSQL mode with {@code DATABASE_TO_LOWER}) and PostgreSQL. Column names avoid reserved words.
 */
@Configuration(proxyBeanMethods = false)
class JdbcConfiguration extends AbstractJdbcConfiguration {

    @Override
    protected Collection<String> getMappingBasePackages() {
        return List.of("io.closewright");
    }

    @Override
    public JdbcMappingContext jdbcMappingContext(
            Optional<NamingStrategy> namingStrategy, JdbcCustomConversions conversions, RelationalManagedTypes types) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, conversions, types);
        context.setForceQuote(false);
        return context;
    }
}
