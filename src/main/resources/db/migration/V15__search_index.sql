-- Global search (issue 11): one index over the records of every module, kept in step by triggers.
-- Why this shape: docs/adr/0011-global-search-index.md. Generated text, no personal data beyond
-- what the screens show: names, room codes, numbers, and the last four digits of phones.

-- One row per searchable record. id (the rowid) is the kind's block (kind code << 40) plus the
-- order in which the record was entered, so "newest first" within a kind is ORDER BY id DESC and
-- a kind is a rowid range both FTS tables answer without reading anything else.
CREATE TABLE search_doc (
    id     INTEGER PRIMARY KEY,
    kind   TEXT    NOT NULL,
    ref_id TEXT    NOT NULL,
    -- when the record happened (a visit's check-in, a parcel's arrival): shown with the result
    at     INTEGER NOT NULL,
    title  TEXT    NOT NULL,
    detail TEXT,
    code   TEXT,
    state  TEXT,
    -- everything the box finds the record by (names, initials, codes, numbers, phone tails, words)
    keys   TEXT    NOT NULL,
    -- the words among them, for the 1- and 2-character queries
    names  TEXT    NOT NULL,
    -- numbers, tracking numbers, room codes, plates and passes whole, and numbers without their
    -- letters (FK-20261122-0007 also as 20261122-0007), for exact and prefix look-ups
    codes  TEXT    NOT NULL,
    UNIQUE (kind, ref_id)
);

-- 3+ characters: any substring of keys.
CREATE VIRTUAL TABLE search_fts USING fts5(keys, content = '', contentless_delete = 1, tokenize = 'trigram');
-- 1 and 2 characters: every character and every pair of neighbours of names as its own token
-- (unicode61 keeps a run of Chinese characters as one token, so "张伟" stays "张伟").
CREATE VIRTUAL TABLE search_short USING fts5(grams, content = '', contentless_delete = 1, detail = none,
    tokenize = 'unicode61');

-- Numbers and codes as whole tokens ('-' is part of a token): a number typed or scanned in full, or
-- its first 8+ characters, is one term of this table's dictionary instead of a dozen trigrams that
-- occur in every number of the same year.
CREATE VIRTUAL TABLE search_codes USING fts5(codes, content = '', contentless_delete = 1, detail = none,
    tokenize = "unicode61 tokenchars '-'");

-- Positions 1..400: the short tokens of the first 400 characters of names (triggers cannot recurse).
CREATE TABLE search_seq (n INTEGER PRIMARY KEY);
INSERT INTO search_seq (n)
WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 400)
SELECT n FROM seq;

CREATE TRIGGER search_doc_insert AFTER INSERT ON search_doc
BEGIN
    INSERT INTO search_fts (rowid, keys) VALUES (NEW.id, NEW.keys);
    INSERT INTO search_codes (rowid, codes) VALUES (NEW.id, NEW.codes);
    INSERT INTO search_short (rowid, grams)
    SELECT NEW.id, group_concat(substr(NEW.names, n, 1) || ' ' || substr(NEW.names, n, 2), ' ')
    FROM search_seq WHERE n <= length(NEW.names);
END;
CREATE TRIGGER search_doc_update AFTER UPDATE OF keys, names, codes ON search_doc
    WHEN OLD.keys IS NOT NEW.keys OR OLD.names IS NOT NEW.names OR OLD.codes IS NOT NEW.codes
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id;
    DELETE FROM search_codes WHERE rowid = OLD.id;
    DELETE FROM search_short WHERE rowid = OLD.id;
    INSERT INTO search_fts (rowid, keys) VALUES (NEW.id, NEW.keys);
    INSERT INTO search_codes (rowid, codes) VALUES (NEW.id, NEW.codes);
    INSERT INTO search_short (rowid, grams)
    SELECT NEW.id, group_concat(substr(NEW.names, n, 1) || ' ' || substr(NEW.names, n, 2), ' ')
    FROM search_seq WHERE n <= length(NEW.names);
END;
CREATE TRIGGER search_doc_delete AFTER DELETE ON search_doc
BEGIN
    DELETE FROM search_fts WHERE rowid = OLD.id;
    DELETE FROM search_codes WHERE rowid = OLD.id;
    DELETE FROM search_short WHERE rowid = OLD.id;
END;


-- What each kind puts in the index, one view per kind (see docs/adr/0011-global-search-index.md).
CREATE VIEW search_src_room AS
SELECT r.id AS ref_id, r.created_at AS at, r.code AS title, NULL AS detail, NULL AS code,
       CASE r.public_area WHEN 1 THEN 'PUBLIC' ELSE 'ROOM' END AS state,
       concat_ws(' ', r.code, r.number) AS keys,
       '' AS names,
       concat_ws(' ', r.code) AS codes
FROM room r
WHERE r.deleted_at IS NULL;

CREATE VIEW search_src_occupant AS
SELECT o.id AS ref_id, o.created_at AS at, o.name AS title, r.code AS detail, o.company AS code,
       o.kind AS state,
       concat_ws(' ', o.name, o.initials, r.code, o.company, o.tail1, o.tail2, o.tail3) AS keys,
       concat_ws(' ', o.name, o.initials, o.company) AS names,
       concat_ws(' ', r.code) AS codes,
       o.room_id AS room_id
FROM occupant o JOIN room r ON r.id = o.room_id
WHERE o.deleted_at IS NULL AND o.moved_out = 0;

CREATE VIEW search_src_visit AS
SELECT v.id AS ref_id, v.checked_in_at AS at, v.visitor_name AS title,
       coalesce(v.host_text, r.code) AS detail, v.number AS code, v.status AS state,
       concat_ws(' ', v.number, v.visitor_name, v.phone_tail, v.host_text, r.code, o.initials, v.company,
                 v.plate, v.pass_no) AS keys,
       concat_ws(' ', v.visitor_name, v.host_text, o.initials, v.company) AS names,
       concat_ws(' ', v.number, r.code, v.plate, v.pass_no, ltrim(v.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM visit v LEFT JOIN room r ON r.id = v.host_room_id LEFT JOIN occupant o ON o.id = v.host_occupant_id
WHERE v.deleted_at IS NULL;

CREATE VIEW search_src_parcel AS
SELECT p.id AS ref_id, p.received_at AS at, p.recipient_text AS title,
       p.tracking_no AS detail, p.number AS code, p.status AS state,
       concat_ws(' ', p.number, p.tracking_no, p.recipient_text, r.code, o.initials, o.tail1, p.collector_name,
                 substr(p.collector_phone, -4)) AS keys,
       concat_ws(' ', p.recipient_text, o.initials, p.collector_name) AS names,
       concat_ws(' ', p.number, p.tracking_no, r.code, ltrim(p.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-'), ltrim(p.tracking_no, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM parcel p LEFT JOIN room r ON r.id = p.recipient_room_id LEFT JOIN occupant o ON o.id = p.recipient_occupant_id
WHERE p.deleted_at IS NULL;

CREATE VIEW search_src_deposit AS
SELECT d.id AS ref_id, d.received_at AS at, d.description AS title,
       d.recipient_text AS detail, d.number AS code, d.status AS state,
       concat_ws(' ', d.number, d.description, d.depositor_name, substr(d.depositor_phone, -4), d.recipient_text,
                 r.code, o.initials, d.collector_name) AS keys,
       concat_ws(' ', d.description, d.depositor_name, d.recipient_text, o.initials, d.collector_name) AS names,
       concat_ws(' ', d.number, r.code, ltrim(d.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM deposit d LEFT JOIN room r ON r.id = d.recipient_room_id LEFT JOIN occupant o ON o.id = d.recipient_occupant_id
WHERE d.deleted_at IS NULL;

CREATE VIEW search_src_lost_item AS
SELECT l.id AS ref_id, l.found_at AS at, l.description AS title,
       l.found_where AS detail, l.number AS code, l.status AS state,
       concat_ws(' ', l.number, l.description, l.found_where, l.claimant_name, substr(l.claimant_phone, -4)) AS keys,
       concat_ws(' ', l.description, l.found_where, l.claimant_name) AS names,
       concat_ws(' ', l.number, ltrim(l.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM lost_item l
WHERE l.deleted_at IS NULL;

CREATE VIEW search_src_repair AS
SELECT p.id AS ref_id, p.reported_at AS at, p.description AS title,
       concat_ws(' · ', p.location_text, p.reporter_name) AS detail, p.number AS code, p.status AS state,
       concat_ws(' ', p.number, p.location_text, p.room_code, p.reporter_name, o.initials,
                 substr(p.reporter_phone, -4), p.category, p.description) AS keys,
       concat_ws(' ', p.location_text, p.reporter_name, o.initials, p.category, p.description) AS names,
       concat_ws(' ', p.number, p.room_code, ltrim(p.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM repair p LEFT JOIN occupant o ON o.id = p.occupant_id
WHERE p.deleted_at IS NULL;

CREATE VIEW search_src_complaint AS
SELECT c.id AS ref_id, c.received_at AS at, c.subject AS title,
       concat_ws(' · ', c.room_code, c.complainant) AS detail, c.number AS code, c.status AS state,
       concat_ws(' ', c.number, c.room_code, c.complainant, o.initials, substr(c.contact_phone, -4), c.category,
                 c.subject, c.what_happened) AS keys,
       concat_ws(' ', c.complainant, o.initials, c.category, c.subject, c.what_happened) AS names,
       concat_ws(' ', c.number, c.room_code, ltrim(c.number, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-')) AS codes
FROM complaint c LEFT JOIN occupant o ON o.id = c.occupant_id
WHERE c.deleted_at IS NULL;

CREATE VIEW search_src_handover_note AS
SELECT n.id AS ref_id, n.created_at AS at, n.text AS title,
       concat_ws(' · ', n.desk, n.created_by_name) AS detail, NULL AS code,
       CASE WHEN n.done_at IS NULL THEN 'OPEN' ELSE 'DONE' END AS state,
       concat_ws(' ', n.text, n.created_by_name, n.desk) AS keys,
       concat_ws(' ', n.text, n.created_by_name) AS names,
       '' AS codes
FROM handover_note n;

-- Rows that exist before this migration: each kind's block in the order the records were made.
INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 1099511627776 + row_number() OVER (ORDER BY s.at, s.ref_id), 'room', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_room s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 2199023255552 + row_number() OVER (ORDER BY s.at, s.ref_id), 'occupant', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_occupant s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 3298534883328 + row_number() OVER (ORDER BY s.at, s.ref_id), 'visit', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_visit s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 4398046511104 + row_number() OVER (ORDER BY s.at, s.ref_id), 'parcel', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_parcel s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 5497558138880 + row_number() OVER (ORDER BY s.at, s.ref_id), 'deposit', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_deposit s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 6597069766656 + row_number() OVER (ORDER BY s.at, s.ref_id), 'lost_item', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_lost_item s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 7696581394432 + row_number() OVER (ORDER BY s.at, s.ref_id), 'repair', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_repair s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 8796093022208 + row_number() OVER (ORDER BY s.at, s.ref_id), 'complaint', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_complaint s;

INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
SELECT 9895604649984 + row_number() OVER (ORDER BY s.at, s.ref_id), 'handover_note', s.ref_id, s.at, coalesce(s.title, ''), s.detail,
       s.code, s.state, s.keys, s.names, s.codes
FROM search_src_handover_note s;

-- Every write to a searched table brings its entry up to date inside the same transaction.
CREATE TRIGGER search_room_insert AFTER INSERT ON room
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 1099511627776) FROM search_doc WHERE id > 1099511627776 AND id < 2199023255552)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'room', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_room s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_room_update AFTER UPDATE ON room
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 1099511627776) FROM search_doc WHERE id > 1099511627776 AND id < 2199023255552)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'room', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_room s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'room' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_room s WHERE s.ref_id = NEW.id);
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 2199023255552) FROM search_doc WHERE id > 2199023255552 AND id < 3298534883328)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'occupant', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_occupant s WHERE s.room_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_room_delete AFTER DELETE ON room
BEGIN
    DELETE FROM search_doc WHERE kind = 'room' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_occupant_insert AFTER INSERT ON occupant
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 2199023255552) FROM search_doc WHERE id > 2199023255552 AND id < 3298534883328)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'occupant', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_occupant s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_occupant_update AFTER UPDATE ON occupant
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 2199023255552) FROM search_doc WHERE id > 2199023255552 AND id < 3298534883328)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'occupant', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_occupant s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'occupant' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_occupant s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_occupant_delete AFTER DELETE ON occupant
BEGIN
    DELETE FROM search_doc WHERE kind = 'occupant' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_visit_insert AFTER INSERT ON visit
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 3298534883328) FROM search_doc WHERE id > 3298534883328 AND id < 4398046511104)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'visit', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_visit s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_visit_update AFTER UPDATE ON visit
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 3298534883328) FROM search_doc WHERE id > 3298534883328 AND id < 4398046511104)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'visit', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_visit s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'visit' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_visit s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_visit_delete AFTER DELETE ON visit
BEGIN
    DELETE FROM search_doc WHERE kind = 'visit' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_parcel_insert AFTER INSERT ON parcel
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 4398046511104) FROM search_doc WHERE id > 4398046511104 AND id < 5497558138880)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'parcel', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_parcel s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_parcel_update AFTER UPDATE ON parcel
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 4398046511104) FROM search_doc WHERE id > 4398046511104 AND id < 5497558138880)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'parcel', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_parcel s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'parcel' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_parcel s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_parcel_delete AFTER DELETE ON parcel
BEGIN
    DELETE FROM search_doc WHERE kind = 'parcel' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_deposit_insert AFTER INSERT ON deposit
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 5497558138880) FROM search_doc WHERE id > 5497558138880 AND id < 6597069766656)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'deposit', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_deposit s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_deposit_update AFTER UPDATE ON deposit
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 5497558138880) FROM search_doc WHERE id > 5497558138880 AND id < 6597069766656)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'deposit', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_deposit s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'deposit' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_deposit s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_deposit_delete AFTER DELETE ON deposit
BEGIN
    DELETE FROM search_doc WHERE kind = 'deposit' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_lost_item_insert AFTER INSERT ON lost_item
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 6597069766656) FROM search_doc WHERE id > 6597069766656 AND id < 7696581394432)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'lost_item', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_lost_item s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_lost_item_update AFTER UPDATE ON lost_item
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 6597069766656) FROM search_doc WHERE id > 6597069766656 AND id < 7696581394432)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'lost_item', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_lost_item s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'lost_item' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_lost_item s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_lost_item_delete AFTER DELETE ON lost_item
BEGIN
    DELETE FROM search_doc WHERE kind = 'lost_item' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_repair_insert AFTER INSERT ON repair
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 7696581394432) FROM search_doc WHERE id > 7696581394432 AND id < 8796093022208)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'repair', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_repair s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_repair_update AFTER UPDATE ON repair
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 7696581394432) FROM search_doc WHERE id > 7696581394432 AND id < 8796093022208)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'repair', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_repair s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'repair' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_repair s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_repair_delete AFTER DELETE ON repair
BEGIN
    DELETE FROM search_doc WHERE kind = 'repair' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_complaint_insert AFTER INSERT ON complaint
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 8796093022208) FROM search_doc WHERE id > 8796093022208 AND id < 9895604649984)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'complaint', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_complaint s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_complaint_update AFTER UPDATE ON complaint
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 8796093022208) FROM search_doc WHERE id > 8796093022208 AND id < 9895604649984)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'complaint', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_complaint s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'complaint' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_complaint s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_complaint_delete AFTER DELETE ON complaint
BEGIN
    DELETE FROM search_doc WHERE kind = 'complaint' AND ref_id = OLD.id;
END;

CREATE TRIGGER search_handover_note_insert AFTER INSERT ON handover_note
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 9895604649984) FROM search_doc WHERE id > 9895604649984 AND id < 10995116277760)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'handover_note', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_handover_note s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
END;
CREATE TRIGGER search_handover_note_update AFTER UPDATE ON handover_note
BEGIN
    INSERT INTO search_doc (id, kind, ref_id, at, title, detail, code, state, keys, names, codes)
    SELECT (SELECT coalesce(max(id), 9895604649984) FROM search_doc WHERE id > 9895604649984 AND id < 10995116277760)
               + row_number() OVER (ORDER BY s.at, s.ref_id),
           'handover_note', s.ref_id, s.at, coalesce(s.title, ''), s.detail, s.code, s.state, s.keys, s.names, s.codes
    FROM search_src_handover_note s WHERE s.ref_id = NEW.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET at = excluded.at, title = excluded.title, detail = excluded.detail,
        code = excluded.code, state = excluded.state, keys = excluded.keys, names = excluded.names,
        codes = excluded.codes;
    DELETE FROM search_doc WHERE kind = 'handover_note' AND ref_id = NEW.id
        AND NOT EXISTS (SELECT 1 FROM search_src_handover_note s WHERE s.ref_id = NEW.id);
END;
CREATE TRIGGER search_handover_note_delete AFTER DELETE ON handover_note
BEGIN
    DELETE FROM search_doc WHERE kind = 'handover_note' AND ref_id = OLD.id;
END;
