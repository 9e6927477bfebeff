package com.frontdesk.sync;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * POSTs a batch to head office's URL with the site's bearer token and an {@code Idempotency-Key}
 * of the batch id, so a batch that arrives twice (the answer was lost, or another run sent it) is
 * recognised. A 2xx acknowledges. A 4xx other than 408 and 429 stops at once (permanent); anything
 * else (5xx, 408, 429, a timeout, a reset connection) is tried again with back-off, the same file
 * each time. The token never appears in an exception, a reason or the log.
 */
public final class HttpsTransport implements Transport {
    /** Told before each wait, so the screen can say why it is waiting. */
    @FunctionalInterface
    public interface RetryListener {
        RetryListener NONE = (attempt, wait, reason) -> { };

        void retrying(int failedAttempt, Duration wait, String reason);
    }

    private final URI url;
    private final String token;
    private final HttpClient client;
    private final Duration timeout;
    private final Backoff backoff;
    private final Sleeper sleeper;

    public HttpsTransport(URI url, String token, Duration timeout, Backoff backoff, Sleeper sleeper) {
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String target() {
        return url.toString();
    }

    @Override
    public void deliver(BatchFile batch) throws DeliveryException {
        deliver(batch, RetryListener.NONE);
    }

    public void deliver(BatchFile batch, RetryListener listener) throws DeliveryException {
        String reason = "";
        for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
            try {
                int status = post(batch);
                if (status / 100 == 2) {
                    return;
                }
                reason = "HTTP " + status;
                if (status / 100 == 4 && status != 408 && status != 429) {
                    throw new DeliveryException("sync.error.rejected", reason, true, null);
                }
            } catch (HttpTimeoutException e) {
                reason = "timeout";
            } catch (FileNotFoundException e) {
                throw new DeliveryException("sync.error.spoolMissing", batch.path().toString(), false, e);
            } catch (IOException e) {
                reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException("sync.error.cancelled", reason, false, e);
            }
            if (attempt < backoff.maxAttempts()) {
                Duration wait = backoff.delay(attempt);
                listener.retrying(attempt, wait, reason);
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new DeliveryException("sync.error.cancelled", reason, false, e);
                }
            }
        }
        throw new DeliveryException("sync.error.unreachable", reason, false, null);
    }

    private int post(BatchFile batch) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", batch.id())
                .header("Content-Type", "application/json")
                .header("X-FrontDesk-Sha256", batch.sha256())
                .POST(HttpRequest.BodyPublishers.ofFile(batch.path()))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
