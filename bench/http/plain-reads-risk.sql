-- The rows the risk recompute reads for a workspace, read with plain SELECTs (no scheduling, no writes):
-- the limit the recompute is compared with in the same run (PERFORMANCE.md: at most 3x).
\timing on
\o /dev/null
SELECT o.id, o.owner_id, u.name, u.manager_id, o.name, o.amount, o.currency, o.forecast_category, o.close_date,
       o.close_date_pushes, o.created_at, o.last_activity_at, o.next_activity_at, o.next_step_due_on, s.stale_days
FROM opportunity o JOIN app_user u ON u.id = o.owner_id
JOIN stage s ON s.workspace_id = o.workspace_id AND s.stage_key = o.stage_key
WHERE o.workspace_id = :ws AND o.status = 'OPEN';
SELECT s.close_plan_id, s.step_key, s.title, s.owner, s.duration_days, s.depends_on, s.done_on
FROM plan_step s JOIN close_plan p ON p.opportunity_id = s.close_plan_id JOIN opportunity o ON o.id = p.opportunity_id
WHERE p.workspace_id = :ws AND o.status = 'OPEN' ORDER BY s.close_plan_id, s.position;
SELECT opportunity_id, due_date FROM ask WHERE workspace_id = :ws AND status = 'OPEN' AND due_date < current_date;
SELECT opportunity_id, raised_on FROM blocker WHERE workspace_id = :ws AND resolved_on IS NULL;
SELECT opportunity_id, MAX(held_on) FROM checkup WHERE workspace_id = :ws GROUP BY opportunity_id;
SELECT x.opportunity_id, COUNT(DISTINCT x.contact_id) FROM (
  SELECT k.opportunity_id, k.contact_id FROM ask k WHERE k.workspace_id = :ws
  UNION SELECT l.opportunity_id, l.contact_id FROM share_link l WHERE l.workspace_id = :ws AND l.contact_id IS NOT NULL
) x GROUP BY x.opportunity_id;
