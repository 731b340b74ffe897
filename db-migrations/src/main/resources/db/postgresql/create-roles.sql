-- Run once per PostgreSQL cluster as a superuser. Creates the two roles of Veerkracht:
--   veerkracht_owner  owns the schema; Flyway migrates as this role (SPRING_FLYWAY_USER)
--   veerkracht_app    the running application (SPRING_DATASOURCE_USERNAME): data rights only
-- Neither is a superuser, neither can create roles or databases. Set their passwords
-- afterwards with \password, or rely on the cluster's own authentication (pg_hba.conf).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veerkracht_owner') THEN
        CREATE ROLE veerkracht_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'veerkracht_app') THEN
        CREATE ROLE veerkracht_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
    END IF;
END
$$;
