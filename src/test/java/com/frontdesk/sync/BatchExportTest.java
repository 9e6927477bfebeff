package com.frontdesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.frontdesk.accounts.NewStaff;
import com.frontdesk.accounts.Role;
import com.frontdesk.testsupport.OpenWorkstation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BatchExportTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @TempDir
    Path spool;

    private BatchExporter exporter() {
        return new BatchExporter(site.ws().store());
    }

    private BatchFile exportAll(boolean personalFull) {
        BatchPlan plan = exporter().nextChanges(SyncFixtures.site(site.ws()), 0, 1_000, personalFull).orElseThrow();
        return exporter().write(plan, spool);
    }

    @Test
    void aBatchReadsBackAsTheSameRecordsInOrder() throws IOException {
        SyncFixtures.guests(site.ws(), 5);
        BatchFile batch = exportAll(true);

        JsonNode doc = SyncFixtures.read(batch.path());
        List<String> exported = new ArrayList<>();
        doc.get("records").forEach(r -> exported.add(r.get("seq").asLong() + " " + r.get("entity").asText() + " "
                + r.get("id").asText() + " " + r.get("op").asText() + " " + r.get("state")));
        List<String> stored = site.ws().store().read(h -> h.createQuery(
                        "SELECT seq, entity, entity_id, op, payload FROM outbox ORDER BY seq")
                .map((rs, ctx) -> {
                    try {
                        return rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
                                + " " + SyncFixtures.JSON.readTree(rs.getString(5));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).list());
        assertThat(exported).isEqualTo(stored);
        assertThat(doc.get("recordCount").asLong()).isEqualTo(stored.size());
        assertThat(doc.get("counts").get("guest").asLong()).isEqualTo(5);
        assertThat(doc.get("site").get("code").asText()).isEqualTo("CHG");
        assertThat(doc.get("records").get(0).get("version").asLong()).isEqualTo(doc.get("firstSeq").asLong());
        assertThat(doc.get("createdAt").asText()).isEqualTo(doc.get("records").get(stored.size() - 1).get("changedAt").asText());
    }

    @Test
    void everyBatchAndItsManifestMatchThePublishedSchema() throws IOException {
        SyncFixtures.guests(site.ws(), 3);
        site.ws().accounts().addStaff(site.admin(), new NewStaff("R001", "李前台", Role.RECEPTIONIST, "13912345678",
                "desk12345".toCharArray()));
        for (boolean full : new boolean[] {false, true}) {
            BatchFile batch = exportAll(full);
            Path manifest = spool.resolve(batch.plan().manifestName());
            Files.write(manifest, Manifest.of(batch));
            assertThat(SyncFixtures.problems("batch.schema.json", batch.path())).isEmpty();
            assertThat(SyncFixtures.problems("manifest.schema.json", manifest)).isEmpty();
        }
        Path broken = spool.resolve("broken.json");
        Files.writeString(broken, Files.readString(exportAll(false).path()).replace("\"op\":\"upsert\"", "\"op\":\"insert\""));
        assertThat(SyncFixtures.problems("batch.schema.json", broken)).isNotEmpty();
    }

    @Test
    void theManifestCarriesTheFilesHashAndSize() throws Exception {
        SyncFixtures.guests(site.ws(), 4);
        BatchFile batch = exportAll(false);
        JsonNode manifest = SyncFixtures.JSON.readTree(Manifest.of(batch));

        byte[] bytes = Files.readAllBytes(batch.path());
        assertThat(manifest.get("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(manifest.get("size").asLong()).isEqualTo(bytes.length);
        assertThat(manifest.get("file").asText()).isEqualTo(batch.path().getFileName().toString());
        assertThat(manifest.get("batchId").asText()).isEqualTo(batch.id());
    }

    @Test
    void theSameRangeGivesTheSameIdAndBytesAlsoAfterLaterChanges() throws IOException {
        SyncFixtures.guests(site.ws(), 6);
        long last = exporter().lastSeq();
        BatchFile first = exportAll(false);
        byte[] firstBytes = Files.readAllBytes(first.path());
        Files.delete(first.path());

        SyncFixtures.guests(site.ws(), 2);
        BatchPlan again = exporter().nextChanges(SyncFixtures.site(site.ws()), 0, (int) last, false).orElseThrow();
        BatchFile second = exporter().write(again, spool);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(Files.readAllBytes(second.path())).isEqualTo(firstBytes);
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(exportAll(true).id()).isNotEqualTo(first.id()).endsWith("-p");
    }

    @Test
    void phonesAreMaskedAndIdNumbersLeftOutUnlessFullExportIsOn() {
        SyncFixtures.guests(site.ws(), 1);
        JsonNode masked = guest(exportAll(false));
        assertThat(masked.get("phone").asText()).isEqualTo("138****0000");
        assertThat(masked.get("phones").get(0).asText()).isEqualTo("139****0000");
        assertThat(masked.get("phones").get(1).asText()).isEqualTo("******88");
        assertThat(masked.get("idNumber").isNull()).isTrue();
        assertThat(masked.get("name").asText()).isEqualTo("客人0");
        assertThat(SyncFixtures.read(spool.resolve(exporter().nextChanges(SyncFixtures.site(site.ws()), 0, 100, false)
                .orElseThrow().fileName())).toString()).doesNotContain("13800130000", "110101199003070000");

        JsonNode whole = guest(exportAll(true));
        assertThat(whole.get("phone").asText()).isEqualTo("13800130000");
        assertThat(whole.get("idNumber").asText()).isEqualTo("110101199003070000");
    }

    @Test
    void theAdministratorsPhoneFromSetupIsMaskedToo() {
        JsonNode staff = null;
        for (JsonNode r : SyncFixtures.read(exportAll(false).path()).get("records")) {
            if (r.get("entity").asText().equals("staff")) {
                staff = r.get("state");
            }
        }
        assertThat(staff).isNotNull();
        assertThat(staff.get("phone").asText()).isEqualTo("138****1111");
        assertThat(staff.has("passwordHash")).isFalse();
    }

    @Test
    void theBatchSizeSplitsABacklogIntoContiguousFiles() {
        SyncFixtures.guests(site.ws(), 25);
        long total = exporter().pendingAfter(0);
        List<BatchPlan> plans = new ArrayList<>();
        long after = 0;
        for (BatchPlan p; (p = exporter().nextChanges(SyncFixtures.site(site.ws()), after, 10, false).orElse(null)) != null; ) {
            plans.add(p);
            after = p.lastSeq();
        }
        assertThat(plans).allSatisfy(p -> assertThat(p.recordCount()).isLessThanOrEqualTo(10));
        assertThat(plans.stream().mapToLong(BatchPlan::recordCount).sum()).isEqualTo(total);
        for (int i = 1; i < plans.size(); i++) {
            assertThat(plans.get(i).firstSeq()).isGreaterThan(plans.get(i - 1).lastSeq());
        }
    }

    private JsonNode guest(BatchFile batch) {
        for (JsonNode r : SyncFixtures.read(batch.path()).get("records")) {
            if (r.get("entity").asText().equals("guest")) {
                return r.get("state");
            }
        }
        throw new AssertionError("no guest");
    }
}
