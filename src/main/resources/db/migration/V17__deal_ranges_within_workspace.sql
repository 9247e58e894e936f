-- The whole-workspace risk recompute reads a chunk of deals as an id range within a workspace
-- ("workspace_id = ? AND opportunity_id BETWEEN ? AND ?"). Without an index that leads with the workspace and
-- goes on with the deal, H2 answers that condition from the workspace index alone and reads every row of the
-- workspace for every chunk (a 48 s recompute of 60,000 open deals); PostgreSQL reads the deal range through
-- the indexes below as well. Each index serves the range within the workspace, nothing else.
CREATE INDEX IF NOT EXISTS ix_opportunity_open_ids ON opportunity (workspace_id, status, id);
CREATE INDEX IF NOT EXISTS ix_close_plan_deal_range ON close_plan (workspace_id, opportunity_id);
CREATE INDEX IF NOT EXISTS ix_deal_risk_deal_range ON deal_risk (workspace_id, opportunity_id);
CREATE INDEX IF NOT EXISTS ix_ask_deal_range ON ask (workspace_id, opportunity_id, status, due_date);
CREATE INDEX IF NOT EXISTS ix_checkup_deal_range ON checkup (workspace_id, opportunity_id, held_on);
CREATE INDEX IF NOT EXISTS ix_blocker_deal_range ON blocker (workspace_id, opportunity_id, resolved_on);
CREATE INDEX IF NOT EXISTS ix_activity_deal_range ON activity (workspace_id, opportunity_id);
CREATE INDEX IF NOT EXISTS ix_share_link_deal_range ON share_link (workspace_id, opportunity_id);
