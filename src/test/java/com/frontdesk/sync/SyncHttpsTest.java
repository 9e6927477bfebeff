package com.frontdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SyncHttpsTest {
    private static final String TOKEN = "hq-token-7f3a9e";

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    private final List<Duration> waits = new ArrayList<>();
    private HeadOfficeServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private SyncService sync(HeadOfficeServer.Behaviour... script) throws IOException {
        server = new HeadOfficeServer(script);
        SyncService sync = new SyncService(site.ws().store(), new AccessControl(site.ws().store()), site.ws().settings(),
                site.ws().sites(), new TokenVault(site.ws().store(), site.ws().dataDirectory().root().resolve("key")),
                site.ws().dataDirectory().root().resolve("spool"),
                new Transports(Duration.ofMillis(700),
                        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 6, new Random(7)), waits::add));
        sync.updateSettings(site.admin(), new SyncSettings(SyncTarget.Kind.HTTPS, "", server.url(), 15, 100, false));
        sync.setToken(site.admin(), TOKEN);
        return sync;
    }

    @Test
    void afterA500ATimeoutAndAResetEveryBatchArrivesExactlyOnceById() throws Exception {
        SyncFixtures.guests(site.ws(), 250);
        SyncService sync = sync(HeadOfficeServer.Behaviour.FAIL_500, HeadOfficeServer.Behaviour.HANG,
                HeadOfficeServer.Behaviour.RESET);
        List<String> retries = new ArrayList<>();

        SyncRun run = sync.sendNow(site.admin(), new SyncProgress() {
            @Override
            public void retrying(String batchId, int failedAttempt, Duration wait, String reason) {
                retries.add(failedAttempt + " " + reason);
            }
        });

        assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.OK);
        assertThat(run.batches()).isEqualTo(3);
        List<String> ids = sync.history(null, 10).stream().map(SentBatch::id).toList();
        assertThat(server.accepted()).hasSize(3).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        assertThat(server.requests()).hasSize(6);
        String first = server.requests().get(0).headers().get("idempotency-key");
        assertThat(server.requests().subList(0, 4)).allSatisfy(r -> {
            assertThat(r.headers().get("idempotency-key")).as("the same batch each time").isEqualTo(first);
            assertThat(r.body()).isEqualTo(server.requests().get(0).body());
        });
        assertThat(retries).hasSize(3);
        assertThat(retries.get(0)).isEqualTo("1 HTTP 500");
        assertThat(retries.get(1)).isEqualTo("2 timeout");
        for (HeadOfficeServer.Request r : server.requests()) {
            assertThat(r.headers().get("authorization")).isEqualTo("Bearer " + TOKEN);
            JsonNode batch = SyncFixtures.JSON.readTree(r.body());
            assertThat(batch.get("batchId").asText()).isEqualTo(r.headers().get("idempotency-key"));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(r.body())))
                    .isEqualTo(r.headers().get("x-frontdesk-sha256"));
        }
        // Exponential with jitter: the n-th wait lies between half and all of 1 s × 2^(n-1).
        assertThat(waits).hasSize(3);
        for (int n = 0; n < waits.size(); n++) {
            assertThat(waits.get(n).toMillis()).isBetween(500L << n, 1000L << n);
        }
        assertThat(sync.status().pendingChanges()).isZero();
    }

    @Test
    void aBatchThatStillFailsAfterEveryAttemptGoesAgainNextRunUnderTheSameId() throws IOException {
        SyncFixtures.guests(site.ws(), 5);
        HeadOfficeServer.Behaviour[] failures = new HeadOfficeServer.Behaviour[6];
        java.util.Arrays.fill(failures, HeadOfficeServer.Behaviour.FAIL_500);
        SyncService sync = sync(failures);

        SyncRun failed = sync.sendNow(site.admin(), SyncProgress.NONE);
        assertThat(failed.outcome()).isEqualTo(SyncRun.Outcome.RETRY_LATER);
        assertThat(failed.reasonKey()).isEqualTo("sync.error.unreachable");
        assertThat(failed.detail()).isEqualTo("HTTP 500");
        assertThat(server.accepted()).isEmpty();

        assertThat(sync.sendAutomatically()).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
        assertThat(server.accepted()).hasSize(1).first()
                .isEqualTo(server.requests().get(0).headers().get("idempotency-key"));
    }

    @Test
    void aRefusalStopsAtOnceTellsWhyAndHoldsTheAutomaticRunsUntilTheTargetChanges() throws IOException {
        SyncFixtures.guests(site.ws(), 5);
        SyncService sync = sync(HeadOfficeServer.Behaviour.REJECT_401);

        SyncRun run = sync.sendNow(site.admin(), SyncProgress.NONE);

        assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.STOPPED);
        assertThat(run.reasonKey()).isEqualTo("sync.error.rejected");
        assertThat(run.detail()).isEqualTo("HTTP 401");
        assertThat(server.requests()).hasSize(1);
        assertThat(waits).isEmpty();
        assertThat(sync.status().stopped()).isTrue();
        assertThat(sync.status().lastFailure()).hasValueSatisfying(f -> assertThat(f.detail()).isEqualTo("HTTP 401"));
        assertThat(sync.sendAutomatically()).isEmpty();
        assertThat(server.requests()).hasSize(1);

        sync.setToken(site.admin(), TOKEN + "-new");
        assertThat(sync.sendAutomatically()).hasValueSatisfying(r -> assertThat(r.ok()).isTrue());
    }

    @Test
    void theTokenIsStoredEncryptedAndNeverWrittenAnywhereReadable() throws IOException {
        SyncFixtures.guests(site.ws(), 2);
        SyncService sync = sync(HeadOfficeServer.Behaviour.REJECT_401);
        sync.sendNow(site.admin(), SyncProgress.NONE);

        var db = site.ws().dataDirectory().database();
        for (String table : List.of("setting", "audit_log", "outbox", "sync_batch", "sync_run")) {
            assertThat(SqlRows.query(db, "SELECT * FROM " + table).toString()).as(table).doesNotContain(TOKEN);
        }
        assertThat(SqlRows.query(db, "SELECT changes FROM audit_log WHERE action = 'SYNC_TOKEN_SET'")).isNotEmpty();
        assertThat(sync.hasToken()).isTrue();
    }
}
