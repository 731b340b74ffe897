-- The officer's workspace (docs/review.md).

-- An officer's change of dwelling is the officer's decision: it is kept like an acceptance.
INSERT INTO match_transition (from_status, action, to_status, needs_reason) VALUES
    ('PROPOSED', 'CHANGE', 'CHANGED', TRUE),
    ('CHANGED', 'OFFER', 'OFFERED', FALSE),
    ('CHANGED', 'WITHDRAW', 'WITHDRAWN', TRUE);

-- A dwelling is its unit id and a client its client id, whatever dataset they came in: at most
-- one live accepted (or changed) match per unit and per client over all datasets.
ALTER TABLE accepted_match DROP CONSTRAINT accepted_match_unit;
ALTER TABLE accepted_match DROP CONSTRAINT accepted_match_client;
ALTER TABLE accepted_match ADD CONSTRAINT accepted_match_unit UNIQUE (unit);
ALTER TABLE accepted_match ADD CONSTRAINT accepted_match_client UNIQUE (client);

-- A replan keeps the officer's decisions: the new plan's match carries the decision on, and
-- kept_from names the match it was made on (which no longer takes actions).
ALTER TABLE plan_match ADD COLUMN kept_from BIGINT;
ALTER TABLE plan_match ADD CONSTRAINT plan_match_kept_from FOREIGN KEY (kept_from) REFERENCES plan_match (id);
CREATE INDEX plan_match_kept_from ON plan_match (kept_from);

-- A catalogue reason that says nothing on its own ("Andere reden") needs the officer's text.
ALTER TABLE reject_reason ADD COLUMN needs_text BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE reject_reason SET needs_text = TRUE WHERE code = 'OTHER';
