package com.frontdesk.sync;

/** Takes a complete batch to head office; returns only once head office has it. */
public interface Transport {
    void deliver(BatchFile batch) throws DeliveryException;

    /** The target as the history shows it: a folder or a URL, never a token. */
    String target();
}
