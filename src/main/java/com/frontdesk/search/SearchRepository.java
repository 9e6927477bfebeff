package com.frontdesk.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The SQL of the global search over {@code search_doc} and its two FTS5 tables (V15). Each kind is
 * one query over the kind's block of row ids, newest first, so SQLite walks the FTS index
 * backwards and stops at the limit. The tables are filled by triggers, never from here.
 */
final class SearchRepository {
    private static final String COLUMNS = "d.kind, d.ref_id, d.at, d.title, d.detail, d.code, d.state";

    /**
     * The newest {@code limit} records of a kind that match. One FTS table leads (the codes, the
     * trigrams or the short tokens: {@link SearchQuery#driver()}); the other words are tested on
     * the row's keys. CROSS JOIN keeps the FTS table as the outer loop, in row id order.
     */
    List<SearchHit> find(Handle h, SearchKind kind, SearchQuery query, int limit) {
        return bindFind(h.createQuery(findSql(query)), kind, query, limit).map(SearchRepository::hit).list();
    }

    /**
     * The newest {@code limit} records of any kind that match, in one walk of the index: when fewer
     * than the limit match (a phone tail, a number, a rare name), this is the whole answer, read
     * once instead of once per kind.
     */
    List<SearchHit> findAnyKind(Handle h, SearchQuery query, int limit) {
        Query q = h.createQuery(findSql(query, false)).bind("match", query.match()).bind("limit", limit);
        bindFilters(q, query);
        return q.map(SearchRepository::hit).list();
    }

    private static SearchHit hit(ResultSet rs, StatementContext ctx) throws SQLException {
        return new SearchHit(SearchKind.ofStored(rs.getString("kind")), rs.getString("ref_id"),
                Instant.ofEpochMilli(rs.getLong("at")), rs.getString("title"), rs.getString("detail"),
                rs.getString("code"), rs.getString("state"));
    }

    static String findSql(SearchQuery query) {
        return findSql(query, true);
    }

    private static String findSql(SearchQuery query, boolean oneKind) {
        String table = query.driver().table;
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ").append(table)
                .append(" f CROSS JOIN search_doc d ON d.id = f.rowid WHERE ").append(table).append(" MATCH :match");
        if (oneKind) {
            sql.append(" AND f.rowid > :low AND f.rowid < :high");
        }
        for (int i = 0; i < query.filters().size(); i++) {
            sql.append(" AND d.keys LIKE :word").append(i).append(" ESCAPE '!'");
        }
        return sql.append(" ORDER BY f.rowid DESC LIMIT :limit").toString();
    }

    static Query bindFind(Query q, SearchKind kind, SearchQuery query, int limit) {
        q.bind("match", query.match()).bind("low", kind.low()).bind("high", kind.high()).bind("limit", limit);
        bindFilters(q, query);
        return q;
    }

    private static void bindFilters(Query q, SearchQuery query) {
        List<String> filters = query.filters();
        for (int i = 0; i < filters.size(); i++) {
            q.bind("word" + i, SearchQuery.contains(filters.get(i)));
        }
    }

    /**
     * The naive way, for the benchmark's baseline: a LIKE over every entry of the kind, the newest
     * by time first, as one would write it without the index (SQLite reads every entry of the kind).
     */
    List<SearchHit> scan(Handle h, SearchKind kind, SearchQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM search_doc d WHERE d.id > :low AND d.id < :high");
        List<String> terms = new ArrayList<>(query.codeTerms());
        terms.addAll(query.longTerms());
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
