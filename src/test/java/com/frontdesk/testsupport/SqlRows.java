package com.frontdesk.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a SQLite file with plain JDBC, independent of the code under test, so a test can compare
 * what is really on disk.
 */
public final class SqlRows {
    private SqlRows() {
    }

    /** Every row the query returns, as column → value maps in column order. */
    public static List<Map<String, Object>> query(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(Path db, String table) {
        return ((Number) query(db, "SELECT count(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    public static void execute(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static List<String> tables(Path db) {
        return query(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
                .stream().map(r -> (String) r.get("name")).toList();
    }

    /** The rows of one table in a stable order (sorted by their text), for exact comparisons. */
    public static List<String> rowsOf(Path db, String table) {
        return query(db, "SELECT * FROM " + table).stream().map(SqlRows::text).sorted().toList();
    }

    /** A row as text; BLOBs (signatures, the search index's FTS5 pages) by their content, not their identity. */
    private static String text(Map<String, Object> row) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>();
        row.forEach((k, v) -> shown.put(k, v instanceof byte[] b ? java.util.HexFormat.of().formatHex(b) : v));
        return shown.toString();
    }

    /** Schema plus every row of every table: two equal snapshots mean the same database content. */
    public static Map<String, List<String>> snapshot(Path db) {
        Map<String, List<String>> all = new TreeMap<>();
        all.put("#schema", query(db, "SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
                .stream().map(Map::toString).toList());
        for (String table : tables(db)) {
            all.put(table, rowsOf(db, table));
        }
        return all;
    }
}
