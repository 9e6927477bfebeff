package com.frontdesk.search;

import com.frontdesk.accounts.AccessControl;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * The global search (issue 11): one box over the records of every module the account may see.
 * The index is kept by triggers inside each write's transaction (V15), so this class only reads.
 */
public final class SearchService {
    /** Hits shown per kind: the newest; a longer query narrows them. */
    public static final int PER_KIND = 20;

    private final Store store;
    private final AccessControl access;
    private final SearchRepository repository = new SearchRepository();

    public SearchService(Store store, AccessControl access) {
        this.store = store;
        this.access = access;
    }

    /** The newest {@link #PER_KIND} matches of each kind the account may see, in {@link SearchKind} order. */
    public SearchResults search(Session session, String text) {
        return search(session, text, PER_KIND);
    }

    public SearchResults search(Session session, String text, int perKind) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return SearchResults.empty(text);
        }
        int limit = Math.max(1, Math.min(perKind, 200));
        Map<SearchKind, List<SearchHit>> groups = store.read(h -> {
            // Read inside this read, so on its connection (Jdbi reuses the thread's open handle): one
            // connection per search, not two.
            Set<Permission> rights = access.rights(session);
            Map<SearchKind, List<SearchHit>> found = find(h, rights, query, limit);
            // No number starts so: the digits may be the middle or the end of one (a tracking number's last 8).
            return found.isEmpty() && !query.codeTerms().isEmpty()
                    ? find(h, rights, query.codesAsSubstrings(), limit) : found;
        });
        return new SearchResults(text, groups);
    }

    private Map<SearchKind, List<SearchHit>> find(Handle h, Set<Permission> rights, SearchQuery query, int limit) {
        Map<SearchKind, List<SearchHit>> found = new LinkedHashMap<>();
        // One walk first: when fewer records than this match, they are the whole answer (a phone
        // tail, a number, a rare name); otherwise each kind's newest are read from its own block.
        int probe = SearchKind.values().length * limit;
        List<SearchHit> any = repository.findAnyKind(h, query, probe);
        if (any.size() < probe) {
            for (SearchKind kind : SearchKind.values()) {
                List<SearchHit> hits = any.stream().filter(hit -> hit.kind() == kind).limit(limit).toList();
                if (!hits.isEmpty() && (kind.right() == null || rights.contains(kind.right()))) {
                    found.put(kind, hits);
                }
            }
            return found;
        }
        for (SearchKind kind : SearchKind.values()) {
            if (kind.right() != null && !rights.contains(kind.right())) {
                continue;
            }
            List<SearchHit> hits = repository.find(h, kind, query, limit);
            if (!hits.isEmpty()) {
                found.put(kind, hits);
            }
        }
        return found;
    }

    /**
     * The same query the naive way (a LIKE over every entry, newest first by time), for the
     * benchmark's baseline; not for screens. Every kind, no rights.
     */
    public SearchResults scanWithoutIndex(String text, int perKind) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return SearchResults.empty(text);
        }
        Map<SearchKind, List<SearchHit>> groups = store.read(h -> {
            Map<SearchKind, List<SearchHit>> found = new LinkedHashMap<>();
            for (SearchKind kind : SearchKind.values()) {
                List<SearchHit> hits = repository.scan(h, kind, query, perKind);
                if (!hits.isEmpty()) {
                    found.put(kind, hits);
                }
            }
            return found;
        });
        return new SearchResults(text, groups);
    }
}
