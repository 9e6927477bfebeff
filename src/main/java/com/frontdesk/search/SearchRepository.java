package com.frontdesk.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of the global search over {@code search_doc} and its two FTS5 tables (V15). Each kind is
 * one query over the kind's block of row ids, newest first, so SQLite walks the FTS index
 * backwards and stops at the limit. The tables are filled by triggers, never from here.
 */
final class SearchRepository {
    private static final String COLUMNS = "d.kind, d.ref_id, d.at, d.title, d.detail, d.code, d.state";

    /**
     * The newest {@code limit} records of a kind that match. With words of 3+ characters the
     * trigram table leads and the short words are tested on the row's keys; with short words alone
     * the short table answers. CROSS JOIN keeps the FTS table as the outer loop, in row id order.
     */
    List<SearchHit> find(Handle h, SearchKind kind, SearchQuery query, int limit) {
        return bindFind(h.createQuery(findSql(query)), kind, query, limit)
                .map((rs, ctx) -> new SearchHit(SearchKind.ofStored(rs.getString("kind")), rs.getString("ref_id"),
                        Instant.ofEpochMilli(rs.getLong("at")), rs.getString("title"), rs.getString("detail"),
                        rs.getString("code"), rs.getString("state")))
                .list();
    }

    static String findSql(SearchQuery query) {
        boolean trigram = !query.longTerms().isEmpty();
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(trigram
                ? " FROM search_fts f CROSS JOIN search_doc d ON d.id = f.rowid WHERE search_fts MATCH :match"
                : " FROM search_short f CROSS JOIN search_doc d ON d.id = f.rowid WHERE search_short MATCH :match");
        sql.append(" AND f.rowid > :low AND f.rowid < :high");
        if (trigram) {
            for (int i = 0; i < query.shortTerms().size(); i++) {
                sql.append(" AND d.keys LIKE :short").append(i).append(" ESCAPE '!'");
            }
        }
        return sql.append(" ORDER BY f.rowid DESC LIMIT :limit").toString();
    }

    static Query bindFind(Query q, SearchKind kind, SearchQuery query, int limit) {
        boolean trigram = !query.longTerms().isEmpty();
        q.bind("match", SearchQuery.match(trigram ? query.longTerms() : query.shortTerms()))
                .bind("low", kind.low())
                .bind("high", kind.high())
                .bind("limit", limit);
        if (trigram) {
            for (int i = 0; i < query.shortTerms().size(); i++) {
                q.bind("short" + i, SearchQuery.contains(query.shortTerms().get(i)));
            }
        }
        return q;
    }

    /**
     * The naive way, for the benchmark's baseline: a LIKE over every entry of the kind, the newest
     * by time first, as one would write it without the index (SQLite reads every entry of the kind).
     */
    List<SearchHit> scan(Handle h, SearchKind kind, SearchQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM search_doc d WHERE d.id > :low AND d.id < :high");
        List<String> terms = new ArrayList<>(query.longTerms());
        terms.addAll(query.shortTerms());
        for (int i = 0; i < terms.size(); i++) {
            sql.append(" AND d.keys LIKE :t").append(i).append(" ESCAPE '!'");
        }
        sql.append(" ORDER BY d.at DESC LIMIT :limit");
        Query q = h.createQuery(sql.toString()).bind("low", kind.low()).bind("high", kind.high())
                .bind("limit", limit);
        for (int i = 0; i < terms.size(); i++) {
            q.bind("t" + i, SearchQuery.contains(terms.get(i)));
        }
        return q.map((rs, ctx) -> new SearchHit(kind, rs.getString("ref_id"), Instant.ofEpochMilli(rs.getLong("at")),
                rs.getString("title"), rs.getString("detail"), rs.getString("code"), rs.getString("state"))).list();
    }
}
