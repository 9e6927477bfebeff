package com.frontdesk.repairs;

/** A staff member a repair can be assigned to, as the dispatch form offers them. */
public record Assignee(String staffId, String employeeNo, String name) {
}
