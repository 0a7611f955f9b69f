-- French posts found by their stems. Each document has a language ('en', 'fr'); SQLite's
-- only stemmer is English (Porter), so a French document also carries its words' French
-- stems in `stems` (made by the application with Snowball's French stemmer), indexed in
-- their own column and asked for alongside the words as typed: see `crate::search::french`.
ALTER TABLE search_documents ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
ALTER TABLE search_documents ADD COLUMN stems TEXT NOT NULL DEFAULT '';

DROP TRIGGER search_documents_ai;
DROP TRIGGER search_documents_ad;
DROP TRIGGER search_documents_au;
DROP TABLE search_fts;
CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, filter_words, stems,
    content = 'search_documents', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO search_fts (rowid, title, body, filter_words, stems)
    VALUES (new.id, new.title, new.body, new.filter_words, new.stems);
END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, filter_words, stems)
    VALUES ('delete', old.id, old.title, old.body, old.filter_words, old.stems);
END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO search_fts (search_fts, rowid, title, body, filter_words, stems)
    VALUES ('delete', old.id, old.title, old.body, old.filter_words, old.stems);
    INSERT INTO search_fts (rowid, title, body, filter_words, stems)
    VALUES (new.id, new.title, new.body, new.filter_words, new.stems);
END;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');
