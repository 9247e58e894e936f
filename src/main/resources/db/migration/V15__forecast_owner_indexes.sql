-- The forecast of a team (issue 13): per owner of the scope, its open deals closing by the period's end
-- and its deals closed in the period, each a range of one index instead of every deal of the owner.
CREATE INDEX IF NOT EXISTS ix_opportunity_owner_close ON opportunity (workspace_id, owner_id, status, close_date);
CREATE INDEX IF NOT EXISTS ix_opportunity_owner_closed_on ON opportunity (workspace_id, owner_id, status, closed_on);
