package com.frontdesk.parcels;

import com.frontdesk.core.Validation;
import com.frontdesk.directory.ParcelConsent;
import java.util.regex.Pattern;

/**
 * Who collects and how they sign. A proxy (代领) gives their own name and phone and signs with
 * their own name. The consent answer is asked when the recipient's is still unknown.
 *
 * @param consent the recipient's answer to "may the desk hold your parcels?", null when not asked
 */
public record PickupForm(String collectorName, String collectorPhone, boolean proxy, SignatureInput signature,
                         ParcelConsent consent) {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");

    public PickupForm {
        collectorName = ParcelForm.clean(collectorName);
        collectorPhone = collectorPhone == null ? null : ParcelForm.clean(collectorPhone.replaceAll("[\\s-]", ""));
    }

    /** The recipient collects and draws or types their signature. */
    public static PickupForm byRecipient(String name, SignatureInput signature) {
        return new PickupForm(name, null, false, signature, null);
    }

    public static PickupForm byProxy(String name, String phone, SignatureInput signature) {
        return new PickupForm(name, phone, true, signature, null);
    }

    public PickupForm withConsent(ParcelConsent answer) {
        return new PickupForm(collectorName, collectorPhone, proxy, signature, answer);
    }

    void validate() {
        new Validation()
                .required("collectorName", collectorName).maxLength("collectorName", collectorName, 40)
                .check(!proxy || collectorPhone != null, "collectorPhone", "parcel.proxyPhoneRequired")
                .check(collectorPhone == null || PHONE.matcher(collectorPhone).matches(), "collectorPhone",
                        "validation.phone")
                .check(signature != null, "signature", "parcel.signatureRequired")
                .check(signature == null || signature.signerName() == null
                        || signature.signerName().equals(collectorName), "signature", "parcel.signOwnName")
                .throwIfAny();
    }
}
