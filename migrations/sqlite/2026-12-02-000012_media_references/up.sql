-- What shows an image, indexed: deleting an image checks these, and the sweep of
-- abandoned uploads looks for images none of them names.
CREATE INDEX users_avatar ON users (avatar_id);
CREATE INDEX articles_cover ON articles (cover_id);
CREATE INDEX questions_image ON questions (image_id);
CREATE INDEX ideas_image ON ideas (image_id);
CREATE INDEX media_created ON media (created_at);
