-- The deal list at 100,000 deals (ADR 0020): every sort it offers reads the first page straight from an
-- index in order, ties broken by id in the same direction. Sorts by name (deal, account, owner) use
-- LOWER(name) indexes where the database has expression indexes (db/vendor/postgresql/V13_1).
CREATE INDEX IF NOT EXISTS ix_opportunity_sort_amount ON opportunity (workspace_id, amount, id);
CREATE INDEX IF NOT EXISTS ix_opportunity_sort_updated ON opportunity (workspace_id, updated_at, id);
CREATE INDEX IF NOT EXISTS ix_opportunity_sort_activity ON opportunity (workspace_id, last_activity_at, id);
CREATE INDEX IF NOT EXISTS ix_opportunity_sort_close ON opportunity (workspace_id, close_date, id);
-- A board column's first cards: open deals of one stage by close date.
CREATE INDEX IF NOT EXISTS ix_opportunity_board ON opportunity (workspace_id, status, stage_key, close_date, id);
