DROP INDEX search_documents_tsv;
ALTER TABLE search_documents DROP COLUMN tsv;
ALTER TABLE search_documents DROP COLUMN stems;
ALTER TABLE search_documents DROP COLUMN language;
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
