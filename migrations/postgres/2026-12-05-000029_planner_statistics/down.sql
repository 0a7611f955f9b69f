-- PostgreSQL keeps its own planner statistics (autovacuum); see the SQLite migration.
SELECT 1;
