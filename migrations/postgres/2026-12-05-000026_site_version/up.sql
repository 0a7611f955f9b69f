-- The site's version: one number that every change to what a visitor can see moves on, in
-- the same transaction as the change. A trigger on each such table does it, so no code
-- path (the app, the command line, an operator's SQL) can change a page without moving it.
-- Every app process compares the number with the one its cached pages were made at: a
-- change is seen by the next request on every node. Tables no visitor page shows
-- (sessions, notifications, the audit log, webhooks, rate counts…) have no trigger, so
-- signing in or reading a notification does not empty the caches. A test lists every
-- table and fails on one that is in neither group.
--
-- On PostgreSQL the trigger is deferred to the commit and bumps once per transaction: the
-- row lock on the version is then taken last and held only while committing, so writers
-- never wait on it mid-transaction and cannot deadlock over it.
CREATE TABLE site_version (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO site_version (id, version) VALUES (1, 1);
CREATE FUNCTION bump_site_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('parlour.site_version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE site_version SET version = version + 1 WHERE id = 1;
        PERFORM set_config('parlour.site_version_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON areas
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON expert_areas
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON questions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON answers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON answer_votes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON question_follows
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON expert_invites
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON articles
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON article_tags
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON article_slugs
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON article_revisions
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON replies
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON media
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON media_sizes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON ideas
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON idea_votes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON idea_follows
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON idea_status_changes
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON settings
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
CREATE CONSTRAINT TRIGGER site_version AFTER INSERT OR UPDATE OR DELETE ON search_documents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION bump_site_version();
