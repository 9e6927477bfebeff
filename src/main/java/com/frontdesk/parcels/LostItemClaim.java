package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import com.frontdesk.visitors.IdType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the desk records when an owner claims an item, besides their signature (whose name is the
 * claimant's name): their phone (optional), the ID they showed and the tick that the desk checked
 * it. Of the ID number only the last four characters are ever stored; the desk may type just those.
 */
public record LostItemClaim(String phone, IdType idType, String idNumber, boolean idChecked) {
    private static final Pattern ID = Pattern.compile("[0-9A-Z()-]{4,30}");

    public LostItemClaim {
        phone = DepositForm.phone(phone);
        idNumber = idNumber == null ? null : idNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        idNumber = idNumber == null || idNumber.isEmpty() ? null : idNumber;
    }

    /** The last four characters of the ID number, the only part kept. */
    String idLast4() {
        return idNumber == null ? null : idNumber.substring(Math.max(0, idNumber.length() - 4));
    }

    void validate(Validation v) {
        v.check(phone == null || DepositForm.PHONE.matcher(phone).matches(), "claimantPhone", "validation.phone")
                .check(idType != null, "idType", "validation.required")
                .required("idNumber", idNumber)
                .check(idNumber == null || ID.matcher(idNumber).matches(), "idNumber", "lostProperty.idNumberInvalid")
                .check(idChecked, "idChecked", "lostProperty.idCheckRequired");
    }

    @Override
    public String toString() {
        return "LostItemClaim[" + idType + " …" + idLast4() + ", checked=" + idChecked + "]";
    }
}
