-- SQLite's search reads its filters from a covering index (see the SQLite migration);
-- PostgreSQL's planner reads them from the rows it fetches for the GIN matches, so it
-- needs none. This file keeps the two histories in step.
SELECT 1;
