-- After seed-100k.sql: gives bench-rep-1 500 open deals, each with a 12-step close plan (two steps done),
-- a held checkup, a prepared checkup, an open ask, an open blocker on every fifth deal, and 50 tasks, so
-- that GET /api/focus?userId=<bench-rep-1> works on a full book. Deterministic.
SELECT setseed(0.17);

UPDATE opportunity SET status = 'OPEN'
WHERE workspace_id = :ws AND owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example');

INSERT INTO close_plan (opportunity_id, workspace_id, template_key, schedule_status, version, updated_at)
SELECT o.id, :ws, 'standard', 'ON_TRACK', 0, now() FROM opportunity o
WHERE o.workspace_id = :ws AND o.status = 'OPEN'
  AND o.owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example');

INSERT INTO plan_step (close_plan_id, position, step_key, title, owner, duration_days, depends_on, involves, done_on)
SELECT p.opportunity_id, s, 's' || s, 'Step ' || s, (ARRAY['SELLER','BUYER','JOINT'])[1 + s % 3], 1 + (s * 7) % 9,
       CASE WHEN s = 0 THEN '' WHEN s % 4 = 0 THEN 's' || (s - 1) || ',s' || (s - 2) ELSE 's' || (s - 1) END, '',
       CASE WHEN s < 2 THEN current_date - 10 + s ELSE NULL END
FROM close_plan p CROSS JOIN generate_series(0, 11) s
WHERE p.workspace_id = :ws
  AND p.opportunity_id IN (SELECT id FROM opportunity WHERE owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'));

INSERT INTO checkup (workspace_id, opportunity_id, step_key, held_on, deadline, problem, solution, notes, before_deadline,
                     problem_identified, solution_ready, score, just_checking_in, recorded_by, recorded_at)
SELECT :ws, p.opportunity_id, 's2', current_date - 1, current_date + 3, 'Security review', 'SOC 2 report', NULL, TRUE, TRUE, TRUE, 3,
       FALSE, (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'), now()
FROM close_plan p WHERE p.workspace_id = :ws AND p.template_key = 'standard'
  AND p.opportunity_id IN (SELECT id FROM opportunity WHERE owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'));

INSERT INTO checkup_preparation (opportunity_id, step_key, workspace_id, problem, solution, prepared_by, prepared_at)
SELECT p.opportunity_id, 's3', :ws, 'Legal has not opened the MSA', 'Send the redlined MSA',
       (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'), now()
FROM close_plan p WHERE p.workspace_id = :ws
  AND p.opportunity_id IN (SELECT id FROM opportunity WHERE owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example'));

INSERT INTO ask (workspace_id, opportunity_id, contact_id, action, outcome, due_date, step_key, status, created_by, created_at, version)
SELECT :ws, o.id, (SELECT min(c.id) FROM contact c WHERE c.account_id = o.account_id), 'introduce us to the CFO',
       'a signed business case', current_date + (o.id % 9) - 3, NULL, 'OPEN', o.owner_id, now(), 0
FROM opportunity o WHERE o.workspace_id = :ws AND o.status = 'OPEN'
  AND o.owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example');

INSERT INTO blocker (workspace_id, opportunity_id, step_key, description, owner_side, raised_on, raised_by, version)
SELECT :ws, o.id, 's4', 'Budget owner on leave', 'BUYER', current_date - (o.id % 12), o.owner_id, 0
FROM opportunity o WHERE o.workspace_id = :ws AND o.status = 'OPEN' AND o.id % 5 = 0
  AND o.owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example');

INSERT INTO rep_task (workspace_id, owner_id, opportunity_id, title, due_date, status, created_at, version)
SELECT :ws, o.owner_id, o.id, 'Send the recap', current_date + (o.id % 7) - 2, 'OPEN', now(), 0
FROM opportunity o WHERE o.workspace_id = :ws AND o.status = 'OPEN' AND o.id % 10 = 0
  AND o.owner_id = (SELECT id FROM app_user WHERE email = 'bench-rep-1@bench.example');

ANALYZE;
