package com.frontdesk.handover;

import com.frontdesk.core.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * Checks the signed handovers against their hashes: each one's seal and content recomputed from the
 * rows as they are now ({@link HandoverCanon}), and the chain of each desk, where every handover
 * names the previous one it was sealed after. It finds a row changed, a line or a shown note
 * changed or removed, a status put back, and a handover removed from the middle of a desk's chain
 * (the one after it names the missing number). The hashes carry no secret, so someone who rewrites
 * a record, its hashes and every later one of the desk is not found here: the outbox has sent each
 * hash to head office, whose copy is the anchor. Removing the newest handover leaves no gap either.
 */
public final class HandoverChain {
    private final Store store;
    private final HandoverRepository repository = new HandoverRepository();

    /** Needs only the database: the command line checks a folder without taking the program's lock. */
    public HandoverChain(Store store) {
        this.store = store;
    }

    public List<HandoverFlaw> verify(String desk) {
        return store.read(h -> check(h, repository.sealed(h, desk)));
    }

    public List<HandoverFlaw> verifyAll() {
        return verify(null);
    }

    /** How many handovers claim a signature: what {@link #verifyAll()} looked at. */
    public int countSigned() {
        return store.read(h -> repository.sealed(h, null).size());
    }

    private List<HandoverFlaw> check(Handle h, List<Handover> chain) {
        List<HandoverFlaw> flaws = new ArrayList<>();
        Handover previous = null;
        for (Handover x : chain) {
            if (previous != null && !previous.desk().equals(x.desk())) {
                previous = null;
            }
            if (x.draft() || x.sealSha256() == null || x.contentSha256() == null || x.outgoingSignedAt() == null) {
                flaws.add(new HandoverFlaw(x.number(), x.desk(), HandoverFlaw.Kind.STATUS_CHANGED, null));
            } else {
                String seal = HandoverCanon.seal(x, repository.items(h, x.id()), repository.shown(h, x.id()));
                if (!seal.equals(x.sealSha256())) {
                    flaws.add(new HandoverFlaw(x.number(), x.desk(), HandoverFlaw.Kind.CONTENT_CHANGED, null));
                }
                if (!HandoverCanon.content(x).equals(x.contentSha256())) {
                    flaws.add(new HandoverFlaw(x.number(), x.desk(), HandoverFlaw.Kind.SIGNATURES_CHANGED, null));
                }
            }
            String expectedNumber = previous == null ? null : previous.number();
            String expectedSha = previous == null ? null : previous.sealSha256();
            if (!Objects.equals(x.previousNumber(), expectedNumber) || !Objects.equals(x.previousSha256(), expectedSha)) {
                flaws.add(new HandoverFlaw(x.number(), x.desk(), HandoverFlaw.Kind.CHAIN_BROKEN,
                        x.previousNumber() != null ? x.previousNumber() : expectedNumber));
            }
            previous = x;
        }
        return flaws;
    }
}
