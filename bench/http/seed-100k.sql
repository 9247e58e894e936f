-- Seeds one workspace (the first admin's, id :ws) with 200 reps, 20,000 accounts, 20,000 contacts and
-- 100,000 opportunities with a realistic skew: a few large deals, many small ones, every open stage,
-- close dates over two years. Deterministic: setseed fixes random().
SELECT setseed(0.42);

INSERT INTO app_user (workspace_id, email, name, password_hash, role, manager_id, active, calendar_secret, version, created_at)
SELECT :ws, 'bench-rep-' || g || '@bench.example', 'Bench Rep ' || g, 'x', 'REP', NULL, TRUE, md5('cal' || g), 0, now()
FROM generate_series(1, 200) g;

INSERT INTO user_reach (workspace_id, viewer_id, user_id)
SELECT :ws, a.id, u.id FROM app_user a CROSS JOIN app_user u
WHERE a.workspace_id = :ws AND u.workspace_id = :ws AND a.role = 'ADMIN'
  AND NOT EXISTS (SELECT 1 FROM user_reach r WHERE r.viewer_id = a.id AND r.user_id = u.id);
INSERT INTO user_reach (workspace_id, viewer_id, user_id)
SELECT :ws, u.id, u.id FROM app_user u WHERE u.workspace_id = :ws AND u.email LIKE 'bench-rep-%';

INSERT INTO account (workspace_id, name, domain, industry, owner_id, version, created_at)
SELECT :ws, initcap(substr(md5('a' || g), 1, 8)) || ' ' || (ARRAY['Logistics','Health','Robotics','Bank','Foods','Media'])[1 + g % 6],
       substr(md5('d' || g), 1, 10) || '.com', 'Industry ' || (g % 20),
       (SELECT id FROM app_user WHERE email = 'bench-rep-' || (1 + g % 200) || '@bench.example'), 0, now()
FROM generate_series(1, 20000) g;

INSERT INTO contact (workspace_id, account_id, name, email, title, role, version, created_at)
SELECT :ws, a.id, initcap(substr(md5('c' || a.id), 1, 6)) || ' ' || initcap(substr(md5('s' || a.id), 1, 7)),
       substr(md5('e' || a.id), 1, 8) || '@' || a.domain, 'Director', 'CHAMPION', 0, now()
FROM account a WHERE a.workspace_id = :ws AND a.owner_id IN (SELECT id FROM app_user WHERE email LIKE 'bench-rep-%');

INSERT INTO opportunity (workspace_id, name, account_id, owner_id, amount, currency, stage_key, close_date, forecast_category,
                         status, close_date_pushes, version, created_at, updated_at)
SELECT :ws, a.name || ' ' || (ARRAY['Platform licence','Expansion','Renewal','Pilot','Rollout'])[1 + g % 5] || ' ' || g,
       a.id, a.owner_id, round((5000 + power(random(), 3) * 245000)::numeric, 2), 'USD',
       (ARRAY['qualify','discover','validate','propose','negotiate'])[1 + g % 5],
       current_date + (g % 730) - 365, 'PIPELINE', CASE WHEN g % 10 < 7 THEN 'OPEN' WHEN g % 10 < 9 THEN 'WON' ELSE 'LOST' END,
       g % 3, 0, now(), now()
FROM generate_series(1, 100000) g
JOIN account a ON a.id = (SELECT min(id) FROM account WHERE workspace_id = :ws AND owner_id IN
                            (SELECT id FROM app_user WHERE email LIKE 'bench-rep-%')) + (g % 20000);

ANALYZE;
