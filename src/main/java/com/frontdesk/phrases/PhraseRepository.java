package com.frontdesk.phrases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/** The SQL of the phrase library, the favourites and the usage counts. No rules. */
final class PhraseRepository {
    /** The categories in the library's order, for sorting by position: ",PHONE_OPENING,PHONE_CLOSING,…,". */
    private static final String CATEGORY_ORDER = "," + java.util.Arrays.stream(PhraseCategory.values())
            .map(Enum::name).collect(java.util.stream.Collectors.joining(",")) + ",";
    private static final String COLUMNS = "p.id, p.category, p.code, p.title, p.title_initials, p.text_zh, p.text_en,"
            + " p.tags, p.created_at, p.updated_at";

    void insert(Handle h, Phrase p) {
        h.createUpdate("""
                        INSERT INTO phrase (id, category, code, title, title_initials, text_zh, text_en, tags,
                                            created_at, updated_at)
                        VALUES (:id, :category, :code, :title, :initials, :zh, :en, :tags, :at, :at)""")
                .bind("id", p.id()).bind("category", p.category().name()).bind("code", p.code())
                .bind("title", p.title()).bind("initials", p.titleInitials()).bind("zh", p.textZh())
                .bind("en", p.textEn()).bind("tags", p.tags()).bind("at", p.createdAt().toEpochMilli())
                .execute();
    }

    void update(Handle h, Phrase p) {
        h.createUpdate("""
                        UPDATE phrase SET category = :category, code = :code, title = :title,
                               title_initials = :initials, text_zh = :zh, text_en = :en, tags = :tags,
                               updated_at = :at
                        WHERE id = :id AND deleted = 0""")
                .bind("id", p.id()).bind("category", p.category().name()).bind("code", p.code())
                .bind("title", p.title()).bind("initials", p.titleInitials()).bind("zh", p.textZh())
                .bind("en", p.textEn()).bind("tags", p.tags()).bind("at", p.updatedAt().toEpochMilli())
                .execute();
    }

    void markDeleted(Handle h, String id, Instant at) {
        h.createUpdate("UPDATE phrase SET deleted = 1, updated_at = :at WHERE id = :id")
                .bind("id", id).bind("at", at.toEpochMilli()).execute();
    }

    /** Every row ever written, removed ones too: zero only before the starter library was written. */
    int countEver(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM phrase").mapTo(Integer.class).one();
    }

    Optional<Phrase> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM phrase p WHERE p.id = :id AND p.deleted = 0")
                .bind("id", id).map(PhraseRepository::phrase).findOne();
    }

    Optional<Phrase> byCode(Handle h, String code) {
        return h.createQuery("SELECT " + COLUMNS + " FROM phrase p WHERE p.code = :code AND p.deleted = 0")
                .bind("code", code.toLowerCase(Locale.ROOT)).map(PhraseRepository::phrase).findOne();
    }

    /** The whole library in the file's order; a library is a few thousand short rows at most. */
    List<Phrase> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM phrase p WHERE p.deleted = 0 ORDER BY p.category, p.code")
                .map(PhraseRepository::phrase).list();
    }

    /** The codes of the live phrases whose texts include the given code. */
    List<String> includedBy(Handle h, String code) {
        return h.createQuery("""
                        SELECT code FROM phrase
                        WHERE deleted = 0 AND code <> :code
                          AND (instr(lower(text_zh), :token) > 0 OR instr(lower(text_en), :token) > 0)
                        ORDER BY code""")
                .bind("code", code).bind("token", "{>" + code + "}")
                .mapTo(String.class).list();
    }

    /**
     * A page of the list: a code typed exactly first, then the favourites, then the codes and
     * then the title initials that start with the first word, the most used, and the rest in the
     * categories' order and by code. Each word must match somewhere.
     */
    List<PhraseHit> search(Handle h, String staffId, PhraseSearch s, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + """
                , f.phrase_id IS NOT NULL AS favourite, COALESCE(u.uses, 0) AS uses
                FROM phrase p
                LEFT JOIN phrase_favourite f ON f.phrase_id = p.id AND f.staff_id = :staff AND f.favourite = 1
                LEFT JOIN phrase_usage u ON u.phrase_id = p.id AND u.staff_id = :staff
                WHERE p.deleted = 0""");
        if (s.category() != null) {
            sql.append(" AND p.category = :category");
        }
        if (s.favouritesOnly()) {
            sql.append(" AND f.phrase_id IS NOT NULL");
        }
        List<String> words = words(s.words());
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND (substr(p.code, 1, length(:w").append(i).append(")) = :w").append(i)
                    .append(" OR substr(p.title_initials, 1, length(:w").append(i).append(")) = :w").append(i)
                    .append(" OR instr(lower(p.title), :w").append(i).append(") > 0")
                    .append(" OR instr(lower(p.tags), :w").append(i).append(") > 0")
                    .append(" OR instr(p.text_zh, :w").append(i).append(") > 0")
                    .append(" OR instr(lower(p.text_en), :w").append(i).append(") > 0)");
        }
        String first = words.isEmpty() ? "" : words.get(0);
        sql.append(" ").append("""
                ORDER BY p.code = :first DESC, favourite DESC, substr(p.code, 1, length(:first)) = :first DESC,
                         substr(p.title_initials, 1, length(:first)) = :first DESC, uses DESC,
                         instr(:categories, ',' || p.category || ','), p.code
                LIMIT :limit""");
        Query q = h.createQuery(sql.toString()).bind("staff", staffId).bind("first", first).bind("limit", limit)
                .bind("categories", CATEGORY_ORDER);
        if (s.category() != null) {
            q.bind("category", s.category().name());
        }
        for (int i = 0; i < words.size(); i++) {
            q.bind("w" + i, words.get(i));
        }
        return q.map((rs, ctx) -> new PhraseHit(phrase(rs, ctx), rs.getBoolean("favourite"), rs.getInt("uses")))
                .list();
    }

    /** The typed words, lower case, each once. */
    static List<String> words(String typed) {
        Set<String> words = new LinkedHashSet<>();
        if (typed != null) {
            for (String w : typed.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return new ArrayList<>(words);
    }

    /** Returns whether the phrase is a favourite now. */
    boolean toggleFavourite(Handle h, String staffId, String phraseId, Instant at) {
        return h.createQuery("""
                        INSERT INTO phrase_favourite (staff_id, phrase_id, favourite, changed_at)
                        VALUES (:staff, :phrase, 1, :at)
                        ON CONFLICT (staff_id, phrase_id) DO UPDATE SET favourite = 1 - favourite, changed_at = :at
                        RETURNING favourite""")
                .bind("staff", staffId).bind("phrase", phraseId).bind("at", at.toEpochMilli())
                .mapTo(Integer.class).one() == 1;
    }

    void countUse(Handle h, String staffId, String phraseId, Instant at) {
        h.createUpdate("""
                        INSERT INTO phrase_usage (staff_id, phrase_id, uses, last_used_at) VALUES (:staff, :phrase, 1, :at)
                        ON CONFLICT (staff_id, phrase_id) DO UPDATE SET uses = uses + 1, last_used_at = :at""")
                .bind("staff", staffId).bind("phrase", phraseId).bind("at", at.toEpochMilli()).execute();
    }

    private static Phrase phrase(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Phrase(rs.getString("id"), PhraseCategory.valueOf(rs.getString("category")), rs.getString("code"),
                rs.getString("title"), rs.getString("title_initials"), rs.getString("text_zh"),
                rs.getString("text_en"), rs.getString("tags"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
