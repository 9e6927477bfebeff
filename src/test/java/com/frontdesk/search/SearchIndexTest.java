package com.frontdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.db.Database;
import com.frontdesk.db.Migrations;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index as SQLite sees it: the migration indexes the rows a site already has, and every query
 * the search runs is answered from an FTS5 index walked in row id order, never by a scan or a sort
 * (timing is the benchmark's job, the plan is this test's).
 */
class SearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationIndexesTheRowsAlreadyThereInTheOrderTheyWereMade() {
        Database db = Database.open(dir.resolve("site.db"));
        Flyway.configure().dataSource(db.dataSource()).locations(Migrations.DEFAULT_LOCATION).target("12").load()
                .migrate();
        db.jdbi().useHandle(h -> {
            h.execute("INSERT INTO room (id, number, code, sort_key, created_at, updated_at) "
                    + "VALUES ('r1', '1502', '3-2-1502', '3-2-1502', 1, 1)");
            h.execute("INSERT INTO occupant (id, room_id, name, initials, kind, tail1, created_at, updated_at) "
                    + "VALUES ('o1', 'r1', '王芳', 'wf', 'OWNER', '4321', 2, 2)");
            h.execute("INSERT INTO occupant (id, room_id, name, initials, kind, created_at, updated_at) "
                    + "VALUES ('o2', 'r1', '王强', 'wq', 'TENANT', 3, 3)");
            h.execute("INSERT INTO occupant (id, room_id, name, initials, kind, moved_out, created_at, updated_at) "
                    + "VALUES ('o3', 'r1', '王五', 'ww', 'TENANT', 1, 4, 4)");
        });
        Flyway.configure().dataSource(db.dataSource()).locations(Migrations.DEFAULT_LOCATION).load().migrate();
        db.jdbi().useHandle(h -> {
            assertThat(find(h, SearchKind.OCCUPANT, "王")).as("newest first, moved out left out")
                    .containsExactly("o2", "o1");
            assertThat(find(h, SearchKind.OCCUPANT, "wf")).containsExactly("o1");
            assertThat(find(h, SearchKind.OCCUPANT, "4321")).containsExactly("o1");
            assertThat(find(h, SearchKind.ROOM, "3-2-15")).containsExactly("r1");
            h.execute("INSERT INTO occupant (id, room_id, name, initials, kind, created_at, updated_at) "
                    + "VALUES ('o4', 'r1', '王丽', 'wl', 'OWNER', 5, 5)");
            assertThat(find(h, SearchKind.OCCUPANT, "王")).as("a row after the migration goes after them")
                    .containsExactly("o4", "o2", "o1");
            h.execute("UPDATE room SET code = '3-2-1503' WHERE id = 'r1'");
            assertThat(find(h, SearchKind.OCCUPANT, "1503")).as("a room's new code reaches its people")
                    .containsExactly("o4", "o2", "o1");
        });
    }

    @Test
    void everyQueryShapeWalksAnFtsIndexBackwardsWithoutSortingOrScanning() {
        Database db = Database.open(dir.resolve("site.db"));
        Flyway.configure().dataSource(db.dataSource()).locations(Migrations.DEFAULT_LOCATION).load().migrate();
        for (String text : List.of("王", "王芳", "王芳华", "4321", "BX-20261122-0001", "王芳 1502", "王 芳",
                "SF1400123456789 王芳", "3-2-1502")) {
            SearchQuery query = SearchQuery.parse(text);
            List<String> plan = db.jdbi().withHandle(h -> SearchRepository.bindFind(
                            h.createQuery("EXPLAIN QUERY PLAN " + SearchRepository.findSql(query)), SearchKind.VISIT,
                            query, 20)
                    .map((rs, ctx) -> rs.getString("detail")).list());
            String fts = query.driver().table;
            assertThat(plan).as(text).hasSize(2);
            assertThat(plan.get(0)).as(text).startsWith("SCAN f VIRTUAL TABLE INDEX").doesNotContain("search_doc");
            assertThat(plan.get(1)).as(text).isEqualTo("SEARCH d USING INTEGER PRIMARY KEY (rowid=?)");
            assertThat(String.join("\n", plan)).as(text).doesNotContain("TEMP B-TREE");
            assertThat(SearchRepository.findSql(query)).contains("FROM " + fts + " f");
        }
        assertThat(SearchQuery.parse("BX-20261122-0001").driver()).isEqualTo(SearchQuery.Index.CODES);
        assertThat(SearchQuery.parse("20261122").driver()).isEqualTo(SearchQuery.Index.CODES);
        assertThat(SearchQuery.parse("1122-0001").driver()).isEqualTo(SearchQuery.Index.CODES);
        assertThat(SearchQuery.parse("5566").driver()).isEqualTo(SearchQuery.Index.TRIGRAM);
        assertThat(SearchQuery.parse("王芳").driver()).isEqualTo(SearchQuery.Index.SHORT);
    }

    private static List<String> find(Handle h, SearchKind kind, String text) {
        return new SearchRepository().find(h, kind, SearchQuery.parse(text), 20).stream().map(SearchHit::refId)
                .toList();
    }
}
