DROP INDEX media_created;
DROP INDEX ideas_image;
DROP INDEX questions_image;
DROP INDEX articles_cover;
DROP INDEX users_avatar;
