package com.frontdesk.repairs;

/**
 * A kind of repair as the site names it. Repairs store the code, so a renamed category keeps its
 * history; the figures are counted per code.
 *
 * @param code upper-case letters, digits and underscores ("PLUMBING")
 * @param name what the desk reads ("给排水")
 */
public record RepairCategory(String code, String name) {
}
