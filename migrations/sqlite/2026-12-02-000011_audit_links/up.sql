-- Where an audit entry's subject is (a page path), so the log links to the post.
ALTER TABLE audit_log ADD COLUMN link TEXT NOT NULL DEFAULT '';
