-- French posts found by their stems: each document has a language ('en', 'fr') and is
-- stemmed with that language's text search configuration; a query asks both (see
-- `crate::search::french`). `stems` is SQLite's way to the same end, kept here too so the
-- two databases have one schema.
ALTER TABLE search_documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE search_documents ADD COLUMN stems TEXT NOT NULL DEFAULT '';
DROP INDEX search_documents_tsv;
ALTER TABLE search_documents DROP COLUMN tsv;
ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, title), 'A')
    || setweight(to_tsvector(CASE WHEN language = 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, body), 'B')
    || setweight(to_tsvector('simple',
        'kind' || kind || '0'
        || CASE WHEN area_id IS NULL THEN '' ELSE ' area' || area_id::text END
        || CASE WHEN expert_answered THEN ' expert1' ELSE '' END
        || CASE WHEN idea_status = '' THEN '' ELSE ' status' || replace(idea_status, '-', '') || '0' END
    ), 'D')
) STORED;
CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv);
ANALYZE search_documents;
