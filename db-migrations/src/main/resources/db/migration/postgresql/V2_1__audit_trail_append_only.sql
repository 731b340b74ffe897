-- PostgreSQL: the audit tables are append-only. A trigger refuses UPDATE and DELETE (and
-- TRUNCATE) for every role, and the application role loses those rights as well, so that
-- neither a bug nor a compromised application can rewrite history. (audit_head is updated by
-- design; it is only a lock and a shortcut, the chain itself is verified from audit_entry.)
CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veerkracht_app') THEN
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM veerkracht_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON decision_index FROM veerkracht_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON decision_candidate FROM veerkracht_app;
    END IF;
END
$$;
