package com.frontdesk.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** SQL for staff accounts. */
public final class StaffRepository {
    private static final String COLUMNS = """
            id, employee_no, name, role, phone, active, failed_attempts, locked_until, created_at, updated_at""";

    public Optional<StaffMember> byEmployeeNo(Handle h, String employeeNo) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff WHERE employee_no = :no")
                .bind("no", employeeNo.strip())
                .map(StaffRepository::map).findOne();
    }

    public Optional<StaffMember> byId(Handle h, String id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff WHERE id = :id")
                .bind("id", id)
                .map(StaffRepository::map).findOne();
    }

    public Optional<String> passwordHash(Handle h, String id) {
        return h.createQuery("SELECT password_hash FROM staff WHERE id = :id")
                .bind("id", id).mapTo(String.class).findOne();
    }

    public boolean anyAdministrator(Handle h) {
        return h.createQuery("SELECT EXISTS (SELECT 1 FROM staff WHERE role = 'ADMINISTRATOR' AND active = 1)")
                .mapTo(Boolean.class).one();
    }

    /** A page of staff in employee-number order (the unique index), after the given number or from the start. */
    public List<StaffMember> page(Handle h, String afterEmployeeNo, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff"
                        + " WHERE :after IS NULL OR employee_no > :after"
                        + " ORDER BY employee_no LIMIT :limit")
                .bind("after", afterEmployeeNo).bind("limit", limit)
                .map(StaffRepository::map).list();
    }

    public void insert(Handle h, StaffMember s, String passwordHash) {
        h.createUpdate("""
                        INSERT INTO staff (id, employee_no, name, role, phone, password_hash, active,
                                           failed_attempts, locked_until, created_at, updated_at)
                        VALUES (:id, :no, :name, :role, :phone, :hash, :active, 0, NULL, :created, :updated)""")
                .bind("id", s.id()).bind("no", s.employeeNo()).bind("name", s.name())
                .bind("role", s.role().name()).bind("phone", s.phone()).bind("hash", passwordHash)
                .bind("active", s.active()).bind("created", s.createdAt().toEpochMilli())
                .bind("updated", s.updatedAt().toEpochMilli())
                .execute();
    }

    /** The details an administrator edits; sign-in counters are written only by their own statements. */
    public void update(Handle h, StaffMember s) {
        h.createUpdate("""
                        UPDATE staff SET name = :name, role = :role, phone = :phone, active = :active,
                               updated_at = :updated
                        WHERE id = :id""")
                .bind("id", s.id()).bind("name", s.name()).bind("role", s.role().name())
                .bind("phone", s.phone()).bind("active", s.active())
                .bind("updated", s.updatedAt().toEpochMilli())
                .execute();
    }

    public void recordFailure(Handle h, String id, int failures, Instant lockedUntil) {
        h.createUpdate("UPDATE staff SET failed_attempts = :failures, locked_until = :lockedUntil WHERE id = :id")
                .bind("id", id).bind("failures", failures)
                .bind("lockedUntil", lockedUntil == null ? null : lockedUntil.toEpochMilli())
                .execute();
    }

    public void clearFailures(Handle h, String id) {
        h.createUpdate("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = :id")
                .bind("id", id).execute();
    }

    public void updatePassword(Handle h, String id, String passwordHash, Instant now) {
        h.createUpdate("UPDATE staff SET password_hash = :hash, failed_attempts = 0, locked_until = NULL,"
                        + " updated_at = :now WHERE id = :id")
                .bind("id", id).bind("hash", passwordHash).bind("now", now.toEpochMilli())
                .execute();
    }

    private static StaffMember map(ResultSet rs, StatementContext ctx) throws SQLException {
        long locked = rs.getLong("locked_until");
        Instant lockedUntil = rs.wasNull() ? null : Instant.ofEpochMilli(locked);
        return new StaffMember(
                rs.getString("id"),
                rs.getString("employee_no"),
                rs.getString("name"),
                Role.valueOf(rs.getString("role")),
                rs.getString("phone"),
                rs.getBoolean("active"),
                rs.getInt("failed_attempts"),
                lockedUntil,
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
