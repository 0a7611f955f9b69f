DROP TABLE replies;
DROP TABLE article_revisions;
DROP TABLE article_slugs;
DROP TABLE article_tags;
DROP TABLE articles;
DROP TABLE media;
