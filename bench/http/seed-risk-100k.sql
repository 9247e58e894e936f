-- On top of seed-100k.sql: what the risk recompute reads for 100,000 deals. Every deal gets a 12-step
-- close plan (1,200,000 steps: a chain with a parallel buyer branch, the first steps done on older deals),
-- and the workspace gets 150,000 asks, 150,000 checkups and 20,000 blockers. Deterministic.
SELECT setseed(0.17);

INSERT INTO close_plan (opportunity_id, workspace_id, template_key, schedule_status, version, updated_at)
SELECT o.id, o.workspace_id, 'standard', 'ON_TRACK', 0, now() FROM opportunity o WHERE o.workspace_id = :ws;

INSERT INTO plan_step (close_plan_id, position, step_key, title, owner, duration_days, depends_on, involves, done_on)
SELECT o.id, s, 's' || s, 'Step ' || s,
       (ARRAY['SELLER','BUYER','JOINT'])[1 + (s + o.id::int) % 3],
       1 + (o.id::int * 7 + s * 3) % 8,
       CASE WHEN s = 1 THEN '' WHEN s % 4 = 0 THEN 's' || (s - 2) ELSE 's' || (s - 1) END,
       '',
       CASE WHEN s <= (o.id::int % 5) THEN o.close_date - (40 - s) ELSE NULL END
FROM opportunity o CROSS JOIN generate_series(1, 12) s
WHERE o.workspace_id = :ws;

INSERT INTO ask (workspace_id, opportunity_id, contact_id, action, outcome, due_date, step_key, status, closed_on,
                 created_by, created_at, version)
SELECT o.workspace_id, o.id, c.id, 'Introduce us to the CFO', 'a signed business case', current_date + (g % 40) - 20, 's3',
       CASE WHEN g % 3 = 0 THEN 'DONE' ELSE 'OPEN' END, NULL, o.owner_id, now(), 0
FROM generate_series(1, 150000) g
JOIN opportunity o ON o.id = (SELECT min(id) FROM opportunity WHERE workspace_id = :ws) + (g % 100000)
JOIN contact c ON c.id = (SELECT min(id) FROM contact WHERE account_id = o.account_id);

INSERT INTO checkup (workspace_id, opportunity_id, step_key, held_on, deadline, problem, solution, notes, before_deadline,
                     problem_identified, solution_ready, score, just_checking_in, recorded_by, recorded_at)
SELECT o.workspace_id, o.id, 's2', current_date - (g % 30), NULL, 'Budget', 'ROI model', NULL, TRUE, TRUE, TRUE, 3, FALSE,
       o.owner_id, now()
FROM generate_series(1, 150000) g
JOIN opportunity o ON o.id = (SELECT min(id) FROM opportunity WHERE workspace_id = :ws) + ((g * 7) % 100000);

INSERT INTO blocker (workspace_id, opportunity_id, step_key, description, owner_side, raised_on, raised_by, resolved_on,
                     resolution, resolved_by, version)
SELECT o.workspace_id, o.id, 's4', 'Legal review stuck', 'BUYER', current_date - (g % 20), o.owner_id,
       CASE WHEN g % 2 = 0 THEN current_date ELSE NULL END, NULL, NULL, 0
FROM generate_series(1, 20000) g
JOIN opportunity o ON o.id = (SELECT min(id) FROM opportunity WHERE workspace_id = :ws) + ((g * 5) % 100000);

ANALYZE;
