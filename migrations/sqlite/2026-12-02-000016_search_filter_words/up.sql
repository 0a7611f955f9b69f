-- A search's filters as words in the full-text index, so that the engine intersects them
-- with the reader's words before anything is ranked or read from the table: "wool" in
-- one area's expert-answered questions is a merge of four word lists instead of a visit
-- to every document with "wool". The words are made here, from the document's own
-- columns, and nowhere else; `crate::search::filter_words` asks for them by the same
-- names. Each ends in a digit, which no stemmer changes.
ALTER TABLE search_documents ADD COLUMN filter_words TEXT GENERATED ALWAYS AS (
    'kind' || kind || '0'
    || CASE WHEN area_id IS NULL THEN '' ELSE ' area' || area_id END
    || CASE WHEN expert_answered THEN ' expert1' ELSE '' END
    || CASE WHEN idea_status = '' THEN '' ELSE ' status' || replace(idea_status, '-', '') || '0' END
) VIRTUAL;

DROP TRIGGER search_documents_ai;
DROP TRIGGER search_documents_ad;
DROP TRIGGER search_documents_au;
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, filter_words,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, title, body, filter_words)
    VALUES (new.id, new.title, new.body, new.filter_words);
END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, filter_words)
    VALUES ('delete', old.id, old.title, old.body, old.filter_words);
END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, filter_words)
    VALUES ('delete', old.id, old.title, old.body, old.filter_words);
    INSERT INTO search_fts (rowid, title, body, filter_words)
    VALUES (new.id, new.title, new.body, new.filter_words);
END;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');
