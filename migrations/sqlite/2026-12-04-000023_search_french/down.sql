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
ALTER TABLE search_documents DROP COLUMN stems;
ALTER TABLE search_documents DROP COLUMN language;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');
