-- The site's version: one number that every change to what a visitor can see moves on, in
-- the same transaction as the change. A trigger on each such table does it, so no code
-- path (the app, the command line, an operator's SQL) can change a page without moving it.
-- Every app process compares the number with the one its cached pages were made at: a
-- change is seen by the next request on every node. Tables no visitor page shows
-- (sessions, notifications, the audit log, webhooks, rate counts…) have no trigger, so
-- signing in or reading a notification does not empty the caches. A test lists every
-- table and fails on one that is in neither group.
CREATE TABLE site_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO site_version (id, version) VALUES (1, 1);
CREATE TRIGGER users_site_version_insert AFTER INSERT ON users
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER users_site_version_update AFTER UPDATE ON users
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER users_site_version_delete AFTER DELETE ON users
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER areas_site_version_insert AFTER INSERT ON areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER areas_site_version_update AFTER UPDATE ON areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER areas_site_version_delete AFTER DELETE ON areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_areas_site_version_insert AFTER INSERT ON expert_areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_areas_site_version_update AFTER UPDATE ON expert_areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_areas_site_version_delete AFTER DELETE ON expert_areas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER questions_site_version_insert AFTER INSERT ON questions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER questions_site_version_update AFTER UPDATE ON questions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER questions_site_version_delete AFTER DELETE ON questions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_site_version_insert AFTER INSERT ON answers
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_site_version_update AFTER UPDATE ON answers
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answers_site_version_delete AFTER DELETE ON answers
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answer_votes_site_version_insert AFTER INSERT ON answer_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answer_votes_site_version_update AFTER UPDATE ON answer_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER answer_votes_site_version_delete AFTER DELETE ON answer_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER question_follows_site_version_insert AFTER INSERT ON question_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER question_follows_site_version_update AFTER UPDATE ON question_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER question_follows_site_version_delete AFTER DELETE ON question_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_invites_site_version_insert AFTER INSERT ON expert_invites
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_invites_site_version_update AFTER UPDATE ON expert_invites
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER expert_invites_site_version_delete AFTER DELETE ON expert_invites
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_site_version_insert AFTER INSERT ON articles
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_site_version_update AFTER UPDATE ON articles
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER articles_site_version_delete AFTER DELETE ON articles
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_tags_site_version_insert AFTER INSERT ON article_tags
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_tags_site_version_update AFTER UPDATE ON article_tags
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_tags_site_version_delete AFTER DELETE ON article_tags
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_slugs_site_version_insert AFTER INSERT ON article_slugs
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_slugs_site_version_update AFTER UPDATE ON article_slugs
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_slugs_site_version_delete AFTER DELETE ON article_slugs
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_revisions_site_version_insert AFTER INSERT ON article_revisions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_revisions_site_version_update AFTER UPDATE ON article_revisions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER article_revisions_site_version_delete AFTER DELETE ON article_revisions
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER replies_site_version_insert AFTER INSERT ON replies
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER replies_site_version_update AFTER UPDATE ON replies
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER replies_site_version_delete AFTER DELETE ON replies
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_site_version_insert AFTER INSERT ON media
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_site_version_update AFTER UPDATE ON media
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_site_version_delete AFTER DELETE ON media
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_sizes_site_version_insert AFTER INSERT ON media_sizes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_sizes_site_version_update AFTER UPDATE ON media_sizes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER media_sizes_site_version_delete AFTER DELETE ON media_sizes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ideas_site_version_insert AFTER INSERT ON ideas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ideas_site_version_update AFTER UPDATE ON ideas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER ideas_site_version_delete AFTER DELETE ON ideas
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_votes_site_version_insert AFTER INSERT ON idea_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_votes_site_version_update AFTER UPDATE ON idea_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_votes_site_version_delete AFTER DELETE ON idea_votes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_follows_site_version_insert AFTER INSERT ON idea_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_follows_site_version_update AFTER UPDATE ON idea_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_follows_site_version_delete AFTER DELETE ON idea_follows
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_status_changes_site_version_insert AFTER INSERT ON idea_status_changes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_status_changes_site_version_update AFTER UPDATE ON idea_status_changes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER idea_status_changes_site_version_delete AFTER DELETE ON idea_status_changes
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_site_version_insert AFTER INSERT ON settings
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_site_version_update AFTER UPDATE ON settings
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER settings_site_version_delete AFTER DELETE ON settings
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER search_documents_site_version_insert AFTER INSERT ON search_documents
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER search_documents_site_version_update AFTER UPDATE ON search_documents
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER search_documents_site_version_delete AFTER DELETE ON search_documents
    BEGIN UPDATE site_version SET version = version + 1 WHERE id = 1; END;
