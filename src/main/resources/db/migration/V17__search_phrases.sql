-- Global search (issue 11): the standard phrases of V13 join the index of V15, as
-- docs/adr/0011-global-search-index.md ("Adding a kind") describes: one view, the back-fill, and
-- the three triggers, in the kind's block 10 (10 << 40 = 10995116277760, up to 11 << 40).
-- A removed phrase is marked (deleted = 1), never deleted: the update trigger takes it out.
-- The starter library is written by the program on the library's first read (PhraseService), so
-- it reaches the index through the insert trigger like any phrase an administrator adds.

-- title: the phrase's title; code: its shortcut; state: its category (the screen names it).
-- keys: title, code, initials, tags and both texts; names: the words a 1- or 2-character query
-- meets (title, its initials, tags and the code, so "kc" finds kc1, kc2, …).
CREATE VIEW search_src_phrase AS
SELECT p.id AS ref_id, p.created_at AS at, p.title AS title, NULL AS detail, p.code AS code,
       p.category AS state,
       concat_ws(' ', p.title, p.code, p.title_initials, p.tags, p.text_zh, p.text_en) AS keys,
       concat_ws(' ', p.title, p.title_initials, p.tags, p.code) AS names,
       '' AS codes
FROM phrase p
WHERE p.deleted = 0;

-- Phrases that exist before this migration, in the order they were made.
INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 10995116277760 + row_number() OVER (ORDER BY s.at, s.ref_id), 'phrase', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_phrase s;

CREATE TRIGGER search_phrase_insert AFTER INSERT ON phrase
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 10995116277760) FROM search_doc WHERE id > 10995116277760 AND id < 12094627905536)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'phrase', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_phrase s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_phrase_update AFTER UPDATE ON phrase
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 10995116277760) FROM search_doc WHERE id > 10995116277760 AND id < 12094627905536)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'phrase', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_phrase s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'phrase' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_phrase s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_phrase_delete AFTER DELETE ON phrase
BEGIN
    DELETE FROM search_doc WHERE kind = 'phrase' AND ref_id = OLD.id;
END;
