package com.frontdesk.repairs;

import com.frontdesk.core.Validation;
import com.frontdesk.parcels.SignatureInput;
import java.math.BigDecimal;

/**
 * The repair slip's bottom half: on what terms the work was done, labour and parts, the cost in
 * yuan (at most two decimals, never negative), who pays, and the owner's signature: drawn on the
 * pad, or the name typed when there is no pad. Done needs the signature.
 */
public record CompletionForm(ServiceKind serviceKind, String labour, String parts, BigDecimal cost, Payer payer,
                             SignatureInput signature, String note) {
    static final BigDecimal MAX_COST = new BigDecimal("1000000");

    public CompletionForm {
        labour = RepairForm.clean(labour);
        parts = RepairForm.clean(parts);
        note = RepairForm.clean(note);
    }

    /** Free work (免费) signed for by the owner. */
    public static CompletionForm free(String labour, SignatureInput signature) {
        return new CompletionForm(ServiceKind.FREE, labour, null, BigDecimal.ZERO, null, signature, null);
    }

    /** Paid work (有偿) with its cost and who pays. */
    public static CompletionForm paid(String labour, String parts, BigDecimal cost, Payer payer,
                                      SignatureInput signature) {
        return new CompletionForm(ServiceKind.PAID, labour, parts, cost, payer, signature, null);
    }

    public CompletionForm withCost(BigDecimal yuan, Payer who) {
        return new CompletionForm(serviceKind, labour, parts, yuan, who, signature, note);
    }

    public CompletionForm withKind(ServiceKind kind) {
        return new CompletionForm(kind, labour, parts, cost, payer, signature, note);
    }

    /** The cost in fen (分), as stored. */
    long costCents() {
        return cost.movePointRight(2).longValueExact();
    }

    void validate() {
        boolean costOk = cost != null && cost.signum() >= 0 && cost.stripTrailingZeros().scale() <= 2
                && cost.compareTo(MAX_COST) <= 0;
        new Validation()
                .check(serviceKind != null, "serviceKind", "validation.required")
                .maxLength("labour", labour, 200)
                .maxLength("parts", parts, 200)
                .check(cost != null, "cost", "validation.required")
                .check(cost == null || costOk, "cost", "repair.costInvalid")
                .check(!costOk || serviceKind != ServiceKind.FREE || cost.signum() == 0, "cost",
                        "repair.freeCostsNothing")
                .check(!costOk || cost.signum() == 0 || payer != null, "payer", "repair.payerRequired")
                .check(signature != null, "signature", "repair.signatureRequired")
                .maxLength("note", note, 200)
                .throwIfAny();
    }
}
