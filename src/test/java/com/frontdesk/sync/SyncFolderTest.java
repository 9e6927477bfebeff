package com.frontdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.frontdesk.accounts.AccessControl;
import com.frontdesk.testsupport.OpenWorkstation;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SyncFolderTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @TempDir
    Path headOffice;

    private SyncService sync() {
        return new SyncService(site.ws().store(), new AccessControl(site.ws().store()), site.ws().settings(),
                site.ws().sites(), new TokenVault(site.ws().store(), site.ws().dataDirectory().root().resolve("k")),
                site.ws().dataDirectory().root().resolve("spool"),
                new Transports(Duration.ofSeconds(5), Backoff.standard(), d -> { }));
    }

    private void target(SyncService sync, int batchSize) {
        sync.updateSettings(site.admin(), new SyncSettings(SyncTarget.Kind.FOLDER, headOffice.toString(), "", 15,
                batchSize, false));
    }

    @Test
    void sendNowWritesEveryPendingChangeAsBatchesWithManifestsAndAcknowledgesThem() throws Exception {
        SyncFixtures.guests(site.ws(), 250);
        SyncService sync = sync();
        target(sync, 100);
        long pending = sync.status().pendingChanges();

        SyncRun run = sync.sendNow(site.admin(), SyncProgress.NONE);

        assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.OK);
        assertThat(run.batches()).isEqualTo(3);
        assertThat(run.records()).isEqualTo(pending);
        assertThat(sync.status().pendingChanges()).isZero();
        assertThat(sync.status().lastSuccess()).isPresent();
        List<Path> manifests = visible("*.manifest.json");
        assertThat(manifests).hasSize(3);
        long records = 0;
        for (Path m : manifests) {
            JsonNode manifest = SyncFixtures.read(m);
            Path batch = headOffice.resolve(manifest.get("file").asText());
            byte[] bytes = Files.readAllBytes(batch);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .isEqualTo(manifest.get("sha256").asText());
            assertThat(SyncFixtures.problems("batch.schema.json", batch)).isEmpty();
            assertThat(SyncFixtures.problems("manifest.schema.json", m)).isEmpty();
            records += SyncFixtures.read(batch).get("records").size();
        }
        assertThat(records).isEqualTo(pending);
        assertThat(sync.history(null, 10)).hasSize(3)
                .allSatisfy(b -> assertThat(b.status()).isEqualTo(SentBatch.Status.ACKNOWLEDGED));
        assertThat(Files.list(site.ws().dataDirectory().root().resolve("spool"))).isEmpty();

        SyncRun again = sync.sendNow(site.admin(), SyncProgress.NONE);
        assertThat(again.batches()).isZero();
    }

    @Test
    void aCopyInterruptedMidWriteLeavesNoVisibleBatchAndTheNextRunCompletesIt() throws Exception {
        SyncFixtures.guests(site.ws(), 40);
        SyncService sync = sync();
        target(sync, 1000);
        BatchExporter exporter = new BatchExporter(site.ws().store());
        BatchFile batch = exporter.write(exporter.nextChanges(SyncFixtures.site(site.ws()), 0, 1000, false).orElseThrow(),
                site.ws().dataDirectory().root().resolve("spool"));

        FolderTransport breaking = new FolderTransport(headOffice, out -> new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written + len > batch.size() / 2) {
                    throw new IOException("the USB stick was pulled out");
                }
                out.write(b, off, len);
                written += len;
            }
        });
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> breaking.deliver(batch)))
                .isInstanceOf(DeliveryException.class);
        assertThat(visible("*.json")).isEmpty();

        SyncRun run = sync.sendNow(site.admin(), SyncProgress.NONE);
        assertThat(run.outcome()).isEqualTo(SyncRun.Outcome.OK);
        assertThat(visible("*.json")).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder(batch.plan().fileName(), batch.plan().manifestName());
        assertThat(Files.readAllBytes(headOffice.resolve(batch.plan().fileName())))
                .isEqualTo(Files.readAllBytes(headOffice.resolve(batch.plan().fileName())));
        assertThat(SyncFixtures.read(headOffice.resolve(batch.plan().manifestName())).get("sha256").asText())
                .isEqualTo(batch.sha256());
        assertThat(Files.list(headOffice).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void aMissingFolderIsAFailureWithItsReasonAndTheSameBatchGoesNextTime() throws IOException {
        SyncFixtures.guests(site.ws(), 5);
        SyncService sync = sync();
        Path stick = headOffice.resolve("stick");
        sync.updateSettings(site.admin(), new SyncSettings(SyncTarget.Kind.FOLDER, stick.toString(), "", 15, 100, false));

        SyncRun failed = sync.sendNow(site.admin(), SyncProgress.NONE);
        assertThat(failed.outcome()).isEqualTo(SyncRun.Outcome.RETRY_LATER);
        assertThat(failed.reasonKey()).isEqualTo("sync.error.folderMissing");
        assertThat(sync.failures(null, 10)).extracting(SyncRun::reasonKey).containsExactly("sync.error.folderMissing");
        String id = sync.history(null, 1).get(0).id();
        assertThat(sync.history(null, 1).get(0).status()).isEqualTo(SentBatch.Status.FAILED);

        Files.createDirectories(stick);
        assertThat(sync.sendNow(site.admin(), SyncProgress.NONE).ok()).isTrue();
        SentBatch sent = sync.history(null, 10).get(0);
        assertThat(sent.id()).isEqualTo(id);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.status()).isEqualTo(SentBatch.Status.ACKNOWLEDGED);
        assertThat(Files.exists(stick.resolve(id + ".manifest.json"))).isTrue();
    }

    @Test
    void aFullExportSendsTheLatestStateOfEveryRecordThatIsNotDeleted() throws IOException {
        SyncFixtures.guests(site.ws(), 3);
        site.ws().store().write(site.admin().actor(), tx -> {
            tx.updated("guest", "g1", new SyncFixtures.Guest("g1", "客人1", null, List.of(), null, "old"),
                    new SyncFixtures.Guest("g1", "客人1", null, List.of(), null, "new"));
            tx.deleted("guest", "g2", new SyncFixtures.Guest("g2", "客人2", null, List.of(), null, ""));
            return null;
        });
        SyncService sync = sync();
        target(sync, 100);

        SyncRun run = sync.fullExport(site.admin(), SyncProgress.NONE);

        assertThat(run.trigger()).isEqualTo(SyncRun.Trigger.FULL);
        List<JsonNode> guests = visible("*-f*.json").stream().filter(p -> !p.toString().endsWith("manifest.json"))
                .flatMap(p -> Stream.of(SyncFixtures.read(p)))
                .peek(doc -> assertThat(doc.get("kind").asText()).isEqualTo("full"))
                .flatMap(doc -> java.util.stream.StreamSupport.stream(doc.get("records").spliterator(), false))
                .filter(r -> r.get("entity").asText().equals("guest")).toList();
        assertThat(guests).extracting(r -> r.get("id").asText() + ":" + r.get("state").get("note").asText())
                .containsExactly("g0:note 0", "g1:new");
        assertThat(sync.status().pendingChanges()).as("a full export leaves the change batches as they were")
                .isPositive();
    }

    private List<Path> visible(String glob) throws IOException {
        try (var files = Files.newDirectoryStream(headOffice, glob)) {
            return java.util.stream.StreamSupport.stream(files.spliterator(), false)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
