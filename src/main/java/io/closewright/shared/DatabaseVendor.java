package io.closewright.shared;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** The database products Closewright runs on, as their JDBC drivers name themselves. */
public enum DatabaseVendor {
    POSTGRESQL,
    H2,
    OTHER;

    /** The vendor behind a JDBC {@link DatabaseMetaData#getDatabaseProductName() product name}. */
    public static DatabaseVendor of(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgresql")) {
            return POSTGRESQL;
        }
        return name.equals("h2") ? H2 : OTHER;
    }

    /** The vendor of the database behind {@code dataSource} (asks it once, through one connection). */
    public static DatabaseVendor of(DataSource dataSource) {
        try {
            return of(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database Closewright runs on", e);
        }
    }
}
