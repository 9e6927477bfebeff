package com.frontdesk.repairs;

/**
 * A firm a repair can be handed to: a manufacturer under warranty, a utility, the builder or
 * another vendor. A dispatch stores the name as it was then.
 *
 * @param kind  which kind of fixer it is; a dispatch of that kind offers it
 * @param phone the firm's service line (not personal data)
 */
public record RepairVendor(String name, FixerKind kind, String phone) {
}
