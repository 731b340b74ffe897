-- Run once in the application's database (created with OWNER veerkracht_owner), as a
-- superuser. Every table and sequence that veerkracht_owner creates through Flyway is then
-- readable and writable by veerkracht_app; later migrations narrow that where the data is
-- append-only (the audit trail).
ALTER DEFAULT PRIVILEGES FOR ROLE veerkracht_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO veerkracht_app;
ALTER DEFAULT PRIVILEGES FOR ROLE veerkracht_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO veerkracht_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
