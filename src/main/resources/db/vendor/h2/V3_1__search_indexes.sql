-- Search on H2 (the small single-team database) reads LOWER(column) LIKE '%text%' with these plain
-- indexes; PostgreSQL gets trigram indexes instead (db/vendor/postgresql).
CREATE INDEX ix_contact_workspace_name ON contact (workspace_id, name);
CREATE INDEX ix_contact_email ON contact (email);
CREATE INDEX ix_account_domain ON account (domain);
CREATE INDEX ix_opportunity_workspace_name ON opportunity (workspace_id, name);
