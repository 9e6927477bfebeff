package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Messages;
import com.frontdesk.print.FxThread;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.ui.ErrorReporter;
import com.frontdesk.ui.UiContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history leaves as CSV: every parcel the filter finds, phones masked, formulas made inert, audited. */
class ParcelExportTest extends ParcelTestBase {
    private final Messages zh = new Messages(Messages.CHINESE);

    @TempDir
    Path dir;

    @Test
    void theExportListsEveryParcelNewestFirstWithTheCollectorsPhoneMasked() throws IOException {
        Parcel held = parcels.receive(desk, forZhang("SF1111"));
        clock.advance(Duration.ofHours(1));
        Parcel gone = parcels.receive(desk, forZhang("SF2222").withSize(ParcelSize.LARGE, 2));
        clock.advance(Duration.ofHours(1));
        parcels.pickUp(desk, List.of(gone.id()), PickupForm.byProxy("赵六", "13912345678",
                SignatureInput.typed("赵六")));
        Parcel typed = parcels.receive(desk, ParcelForm.of("X1", Carrier.OTHER, null, null)
                .withRecipientText("=HYPERLINK(\"x\")"));

        String csv = export(desk, ParcelFilter.ALL);

        assertThat(csv).startsWith("\uFEFF");
        List<String> lines = csv.substring(1).lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith(zh.get("parcelHistory.col.number") + "," + zh.get("field.trackingNo"))
                .contains(zh.get("field.collectorPhone"));
        assertThat(lines.get(1)).startsWith(typed.number() + ",X1,")
                .contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(lines.get(2)).startsWith(gone.number() + ",SF2222," + zh.get("parcel.carrier.SF") + ",1-2-1503 · 张三,2,")
                .contains(zh.get("parcel.status.PICKED_UP"))
                .contains("2026-11-22 10:30,,,2026-11-22 11:30,赵六,139****5678," + zh.get("common.yes"))
                .doesNotContain("13912345678");
        assertThat(lines.get(3)).startsWith(held.number() + ",SF1111,")
                .contains(",A1," + zh.get("parcel.status.HELD") + ",2026-11-22 09:30,");
        assertThat(csv).doesNotContain("13912345678");
    }

    @Test
    void theExportFollowsTheFilterAndIsAudited() throws IOException {
        parcels.receive(desk, forZhang("SF1111"));
        Parcel jt = parcels.receive(desk, ParcelForm.of("JT1234567890123", Carrier.JT, room.id(), null));

        String csv = export(lead, new ParcelFilter(null, null, null, Carrier.JT, null, null));

        assertThat(csv.lines().skip(1)).singleElement().satisfies(l -> assertThat(l).startsWith(jt.number()));
        List<Map<String, Object>> audit = SqlRows.query(site.db(),
                "SELECT actor_name, entity, action, changes FROM audit_log WHERE action = 'EXPORT'");
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row.get("entity")).isEqualTo("parcel");
            assertThat((String) row.get("changes")).contains("\"parcels\":1");
        });
    }

    @Test
    void onlyStaffWhoHandleParcelsExport() {
        parcels.receive(desk, forZhang("SF1111"));
        Session agent = signIn("G001", Role.AGENT);

        assertThatThrownBy(() -> export(agent, ParcelFilter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThat(SqlRows.query(site.db(), "SELECT id FROM audit_log WHERE action = 'EXPORT'")).isEmpty();
    }

    @Test
    void theHistoryPaneWritesTheFileWholeAndLeavesNoPartBehind() throws IOException {
        parcels.receive(desk, forZhang("SF1111"));
        Parcel gone = parcels.receive(desk, forZhang("SF2222"));
        parcels.pickUp(desk, List.of(gone.id()), PickupForm.byProxy("赵六", "13912345678",
                SignatureInput.typed("赵六")));
        FxThread.start();
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        Path target = dir.resolve("parcels.csv");
        Files.writeString(target, "old");

        List<String> said = new java.util.ArrayList<>();
        FxThread.call(() -> {
            new ParcelHistoryPane(ctx, desk, said::add).exportTo(target);
            return null;
        });

        String csv = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("139****5678").doesNotContain("13912345678");
        assertThat(said).containsExactly(zh.get("parcelHistory.exported", 2, target.toString()));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    private String export(Session who, ParcelFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = site.ws().parcelExports().exportHistoryCsv(who, filter, out, zh);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.lines().count() - 1).as("the count returned").isEqualTo(n);
        return csv;
    }
}
