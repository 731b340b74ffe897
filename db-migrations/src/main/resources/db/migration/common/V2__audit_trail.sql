-- The audit trail: every decision, plan, officer action, policy and rule base put in use,
-- simulation, import and read of sensitive data, as an append-only hash chain. entry_hash is
-- an HMAC (key outside the database) over the entry's fields and prev_hash. The vendor
-- migration V2_1 makes the table append-only (trigger, and on PostgreSQL revoked rights).
CREATE TABLE audit_entry (
    seq         BIGINT       PRIMARY KEY,
    kind        VARCHAR(30)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP    NOT NULL,
    content     TEXT         NOT NULL,
    prev_hash   VARCHAR(64)  NOT NULL,
    entry_hash  VARCHAR(64)  NOT NULL
);

-- One row: the head of the chain. Appends lock it (SELECT ... FOR UPDATE), so concurrent
-- appends are serialised and the chain never forks.
CREATE TABLE audit_head (
    id        INTEGER     PRIMARY KEY,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_head_single CHECK (id = 1)
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Search index of recorded decisions (derived from audit_entry; never the record itself).
-- rule_codes: every rule code in the decision's traces, as ',CODE,CODE,' for LIKE searches.
CREATE TABLE decision_index (
    entry_seq    BIGINT       PRIMARY KEY REFERENCES audit_entry (seq),
    evaluation   VARCHAR(40)  NOT NULL,
    unit         VARCHAR(100) NOT NULL,
    street       VARCHAR(100) NOT NULL,
    buurt        VARCHAR(40)  NOT NULL,
    published_on DATE         NOT NULL,
    winner       VARCHAR(100),
    rule_codes   VARCHAR(400) NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    rule_version VARCHAR(40)  NOT NULL,
    policy_hash  VARCHAR(80)  NOT NULL
);

CREATE TABLE decision_candidate (
    entry_seq  BIGINT       NOT NULL REFERENCES audit_entry (seq),
    seeker     VARCHAR(100) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    refused_by VARCHAR(200),
    PRIMARY KEY (entry_seq, seeker)
);

CREATE INDEX decision_index_unit ON decision_index (unit);
CREATE INDEX decision_index_buurt ON decision_index (buurt, published_on);
CREATE INDEX decision_candidate_seeker ON decision_candidate (seeker);
CREATE INDEX audit_entry_kind ON audit_entry (kind, subject);
