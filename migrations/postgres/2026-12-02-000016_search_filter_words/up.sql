-- A search's filters as words in the document's tsvector (weight D, which ranking
-- ignores), so that GIN intersects them with the reader's words before any row is read:
-- see the SQLite migration. The words are made here, from the document's own columns,
-- and nowhere else; `crate::search::filter_words` asks for them by the same names.
DROP INDEX search_documents_tsv;
ALTER TABLE search_documents DROP COLUMN tsv;
ALTER TABLE search_documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', title), 'A')
    || setweight(to_tsvector('english', body), 'B')
    || setweight(to_tsvector('simple',
        'kind' || kind || '0'
        || CASE WHEN area_id IS NULL THEN '' ELSE ' area' || area_id::text END
        || CASE WHEN expert_answered THEN ' expert1' ELSE '' END
        || CASE WHEN idea_status = '' THEN '' ELSE ' status' || replace(idea_status, '-', '') || '0' END
    ), 'D')
) STORED;
CREATE INDEX search_documents_tsv ON search_documents USING GIN (tsv);
ANALYZE search_documents;
