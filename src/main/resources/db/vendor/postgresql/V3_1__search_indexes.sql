-- Search by any part of a name, email or domain. With pg_trgm (a trusted extension since PostgreSQL 13,
-- so a database owner may create it) trigram GIN indexes serve LOWER(column) LIKE '%text%'. Where the
-- extension cannot be created, search still works, with prefix-friendly indexes only.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm is not available (%); search runs without trigram indexes', SQLERRM;
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        CREATE INDEX IF NOT EXISTS ix_opportunity_name_trgm ON opportunity USING gin (LOWER(name) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_account_name_trgm ON account USING gin (LOWER(name) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_account_domain_trgm ON account USING gin (LOWER(domain) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_contact_name_trgm ON contact USING gin (LOWER(name) gin_trgm_ops);
        CREATE INDEX IF NOT EXISTS ix_contact_email_trgm ON contact USING gin (LOWER(email) gin_trgm_ops);
    ELSE
        CREATE INDEX IF NOT EXISTS ix_opportunity_name_lower ON opportunity (LOWER(name) text_pattern_ops);
        CREATE INDEX IF NOT EXISTS ix_account_name_lower ON account (LOWER(name) text_pattern_ops);
        CREATE INDEX IF NOT EXISTS ix_account_domain_lower ON account (LOWER(domain) text_pattern_ops);
        CREATE INDEX IF NOT EXISTS ix_contact_name_lower ON contact (LOWER(name) text_pattern_ops);
        CREATE INDEX IF NOT EXISTS ix_contact_email_lower ON contact (LOWER(email) text_pattern_ops);
    END IF;
END $$;
