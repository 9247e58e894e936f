-- The deal list sorted by deal, account or owner name (ADR 0020): ORDER BY LOWER(name) in the database's
-- collation, served by these indexes (the text_pattern_ops indexes of V5_1 answer prefix LIKE only).
CREATE INDEX IF NOT EXISTS ix_opportunity_sort_name ON opportunity (workspace_id, LOWER(name), id);
CREATE INDEX IF NOT EXISTS ix_account_sort_name ON account (workspace_id, LOWER(name), id);
CREATE INDEX IF NOT EXISTS ix_app_user_sort_name ON app_user (workspace_id, LOWER(name), id);
