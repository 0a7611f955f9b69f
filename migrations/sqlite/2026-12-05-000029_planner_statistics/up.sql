-- The query planner's statistics, taken once from the large community of the benchmarks
-- (tests/bench/large.sh: 100,000 members, 1,000,000 posts; `ANALYZE` in full) and the same
-- on every site, so that every site gets the plans that were measured: those of a large
-- community, which is where plans matter. Without statistics SQLite guessed that a
-- member's few questions were best found through the index on visibility (a busy profile
-- took 1.5 s); statistics sampled with `analysis_limit` misjudged the columns with few
-- values and sorted a whole area for one page; a full `ANALYZE` on a live site holds the
-- write lock for seconds. Tables the benchmark leaves empty have none (SQLite's defaults).
-- A test checks that every index of a table listed here has its row: a migration that adds
-- an index to one adds its statistics (from the benchmark database, after `ANALYZE`).
-- PostgreSQL keeps its own statistics (autovacuum).
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
('answer_votes', 'answer_votes_created', '414845 1 1'),
    ('answer_votes', 'sqlite_autoindex_answer_votes_1', '414845 2 1'),
    ('answers', 'answers_author_created', '416833 5 1 1'),
    ('answers', 'answers_created', '416833 1 1'),
    ('answers', 'answers_question', '416833 3 1'),
    ('areas', 'sqlite_autoindex_areas_1', '12 1'),
    ('areas', 'sqlite_autoindex_areas_2', '12 1'),
    ('article_slugs', 'sqlite_autoindex_article_slugs_1', '10000 1'),
    ('article_tags', 'article_tags_tag', '18981 1582 1'),
    ('article_tags', 'sqlite_autoindex_article_tags_1', '18981 2 1'),
    ('articles', 'articles_author_published', '10000 200 1'),
    ('articles', 'articles_cover', '10000 10000'),
    ('articles', 'articles_published_author', '10000 1 1'),
    ('articles', 'articles_visible_published', '10000 10000 1 1'),
    ('articles', 'sqlite_autoindex_articles_1', '10000 1'),
    ('audit_log', 'audit_log_action', '1 1 1'),
    ('audit_log', 'audit_log_created_at', '1 1'),
    ('daily_figures', 'sqlite_autoindex_daily_figures_1', '8757 8 1'),
    ('expert_areas', 'expert_areas_area', '400 34 1'),
    ('expert_areas', 'sqlite_autoindex_expert_areas_1', '400 2 1'),
    ('idea_status_changes', 'idea_status_changes_created', '19708 1'),
    ('idea_status_changes', 'idea_status_changes_idea', '19708 1 1'),
    ('idea_votes', 'idea_votes_created', '369778 1 1'),
    ('idea_votes', 'idea_votes_recent', '369778 1 1'),
    ('idea_votes', 'idea_votes_user', '369778 4'),
    ('idea_votes', 'sqlite_autoindex_idea_votes_1', '369778 12 1'),
    ('ideas', 'ideas_area_top', '50000 4167 2084 127 1'),
    ('ideas', 'ideas_author_created', '50000 2 1 1'),
    ('ideas', 'ideas_board_new', '50000 25000 12500 1 1'),
    ('ideas', 'ideas_board_status_top', '50000 7143 6250 223 1'),
    ('ideas', 'ideas_board_top', '50000 25000 12500 770 1 1'),
    ('ideas', 'ideas_board_trending', '50000 25000 12500 31 1'),
    ('ideas', 'ideas_created', '50000 1 1 1 1'),
    ('ideas', 'ideas_image', '50000 50000'),
    ('ideas', 'ideas_status', '50000 7143 1'),
    ('member_days', 'member_days_user', '1696663 17 1'),
    ('member_days', 'sqlite_autoindex_member_days_1', '1696663 1550 1'),
    ('notifications', 'notifications_user', '4500 1 1 1'),
    ('questions', 'questions_accepted', '200000 3'),
    ('questions', 'questions_activity', '200000 1'),
    ('questions', 'questions_area_activity', '200000 16667 1'),
    ('questions', 'questions_area_created', '200000 16667 1'),
    ('questions', 'questions_asker_created', '200000 3 1 1'),
    ('questions', 'questions_created', '200000 1'),
    ('questions', 'questions_dashboard', '200000 1 1 1 1'),
    ('questions', 'questions_image', '200000 200000'),
    ('questions', 'questions_unanswered', '200000 28572 2381 1'),
    ('questions', 'questions_visible_activity', '200000 66667 1 1'),
    ('questions', 'questions_visible_created', '200000 66667 1 1'),
    ('questions', 'questions_visible_expert', '200000 66667 10527 1 1'),
    ('questions', 'questions_visible_filters', '200000 66667 5556 820 287 3'),
    ('questions', 'questions_visible_votes', '200000 66667 5129 1 1'),
    ('questions', 'questions_votes', '200000 12500 1'),
    ('questions', 'questions_waiting', '200000 28572 9524 820 1'),
    ('replies', 'replies_author', '323167 4'),
    ('replies', 'replies_created', '323167 1 1 1'),
    ('replies', 'replies_subject', '323167 107723 3 1'),
    ('search_documents', 'search_documents_created', '1000000 1'),
    ('search_documents', 'search_documents_facts', '1000000 1 1 1 1 1 1 1 1 1 1'),
    ('search_documents', 'sqlite_autoindex_search_documents_1', '1000000 200000 1'),
    ('sessions', 'sessions_expires_at', '20 1'),
    ('sessions', 'sessions_user_id', '20 4'),
    ('sessions', 'sqlite_autoindex_sessions_1', '20 1'),
    ('settings', 'sqlite_autoindex_settings_1', '1 1'),
    ('site_secrets', 'sqlite_autoindex_site_secrets_1', '2 1'),
    ('users', 'sqlite_autoindex_users_1', '100000 1'),
    ('users', 'sqlite_autoindex_users_2', '100000 1'),
    ('users', 'users_avatar', '100000 100000'),
    ('users', 'users_created', '100000 1'),
    ('users', 'users_digest', '100000 100000');
-- Read by this connection at once (the others read them when they open).
ANALYZE sqlite_schema;
