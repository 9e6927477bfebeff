package com.frontdesk.phrases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Json;
import com.frontdesk.core.UserFacingException;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Head office exports one site's library and hands it to another, which previews and applies it. */
class PhraseLibraryExchangeTest {
    @RegisterExtension
    final OpenWorkstation headOffice = OpenWorkstation.withSite();
    @RegisterExtension
    final OpenWorkstation branch = OpenWorkstation.withSite();
    private final ObjectMapper json = Json.mapper();

    @BeforeEach
    void twoLibraries() {
        // The branch starts with the same starter library; head office reworded one, removed one, added one.
        branch.ws().phrases().ensureStarterLibrary();
        PhraseService hq = headOffice.ws().phrases();
        Phrase wait = hq.byCode("dd1").orElseThrow();
        hq.update(headOffice.admin(), wait.id(), new PhraseForm(wait.category(), "dd1", wait.title(),
                "请您稍等片刻，我马上为您查询。", wait.textEn(), wait.tags()));
        hq.delete(headOffice.admin(), hq.byCode("jd5").orElseThrow().id());
        hq.create(headOffice.admin(), new PhraseForm(PhraseCategory.VISITORS, "fk9", "访客车辆登记",
                "请登记车牌号，{>ls3}", "Please note your number plate. {>ls3}", "访客 车辆"));
    }

    @Test
    void theExportReadBackIsTheSameLibraryAndChangesNothing() throws IOException {
        byte[] file = export(headOffice);

        PhraseImportPreview again = headOffice.ws().phraseLibrary().preview(headOffice.admin(), in(file));

        assertThat(again.nothingToDo()).isTrue();
        assertThat(again.library()).hasSize((int) SqlRows.query(headOffice.db(),
                "SELECT count(*) AS n FROM phrase WHERE deleted = 0").stream()
                .mapToLong(r -> ((Number) r.get("n")).longValue()).sum());
        assertThat(json.readTree(file).get("format").asText()).isEqualTo("frontdesk-phrases");
    }

    @Test
    void theImportShowsWhatIsNewChangedAndRemovedThenApplyingMakesTheLibrariesEqual() throws IOException {
        byte[] file = export(headOffice);
        Phrase branchWait = branch.ws().phrases().byCode("dd1").orElseThrow();
        branch.ws().phrases().toggleFavourite(branch.admin(), branchWait.id());

        PhraseImportPreview preview = branch.ws().phraseLibrary().preview(branch.admin(), in(file));

        assertThat(preview.added()).extracting(PhraseForm::code).containsExactly("fk9");
        assertThat(preview.changed()).singleElement().satisfies(c -> {
            assertThat(c.before().textZh()).isEqualTo("请您稍等，我马上为您查询。");
            assertThat(c.after().textZh()).isEqualTo("请您稍等片刻，我马上为您查询。");
        });
        assertThat(preview.removed()).extracting(Phrase::code).containsExactly("jd5");
        assertThat(branch.ws().phrases().byCode("fk9")).as("a preview writes nothing").isEmpty();

        branch.ws().phraseLibrary().apply(branch.admin(), preview);

        assertThat(branch.ws().phraseLibrary().preview(branch.admin(), in(file)).nothingToDo()).isTrue();
        assertThat(branch.ws().phrases().byCode("dd1").orElseThrow().id())
                .as("a reworded phrase keeps its id, so favourites and counts stay").isEqualTo(branchWait.id());
        assertThat(branch.ws().phrases().search(branch.admin(), new PhraseSearch("", null, true), 5))
                .extracting(h -> h.phrase().code()).containsExactly("dd1");
        assertThat(SqlRows.query(branch.db(), "SELECT action, count(*) AS n FROM audit_log WHERE entity = 'phrase'"
                + " AND actor_id IS NOT NULL GROUP BY action ORDER BY action")).extracting(r -> r.get("action") + "=" + r.get("n"))
                .containsExactly("CREATE=1", "DELETE=1", "UPDATE=1");
    }

    @Test
    void anImportIsAppliedOnlyAsPreviewed() throws IOException {
        PhraseImportPreview preview = branch.ws().phraseLibrary().preview(branch.admin(), in(export(headOffice)));
        Phrase other = branch.ws().phrases().byCode("kd1").orElseThrow();
        branch.ws().phrases().delete(branch.admin(), other.id());

        assertThatThrownBy(() -> branch.ws().phraseLibrary().apply(branch.admin(), preview))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("phrase.import.stale"));
        assertThat(branch.ws().phrases().byCode("fk9")).isEmpty();
    }

    @Test
    void aFileWithALoopAnUnknownIncludeOrNotALibraryIsRefusedBeforeAnyPreview() throws IOException {
        List<PhraseForm> looped = new ArrayList<>(List.of(
                new PhraseForm(PhraseCategory.WAITING, "a1", "甲", "{>b1}", "a", ""),
                new PhraseForm(PhraseCategory.WAITING, "b1", "乙", "{>a1}", "b", ""),
                new PhraseForm(PhraseCategory.WAITING, "c1", "丙", "{>zz}", "c", "")));
        byte[] file = json.writeValueAsBytes(new PhraseLibraryFile(PhraseLibraryFile.FORMAT, 1, "X", null, looped));

        assertThatThrownBy(() -> branch.ws().phraseLibrary().preview(branch.admin(), in(file)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.key()).contains("phrase.loop", "phrase.unknownInclude"));
        assertThatThrownBy(() -> branch.ws().phraseLibrary().preview(branch.admin(),
                in("{\"hello\": 1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("phrase.import.notLibrary"));
        assertThatThrownBy(() -> branch.ws().phraseLibrary().preview(branch.admin(),
                in("{\"format\": \"frontdesk-phrases\", \"version\": 1, \"phrases\": [{\"category\": \"PARKING\"}]}"
                        .getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("phrase.import.notLibrary"));
        assertThatThrownBy(() -> branch.ws().phraseLibrary().preview(branch.admin(),
                in("not json".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("phrase.import.notJson"));
    }

    @Test
    void onlyAnAdministratorImports() throws IOException {
        TestSites.addStaff(branch.ws(), branch.admin(), "L001", "周强", Role.SHIFT_LEAD, "lead2026");
        Session lead = branch.ws().accounts().authenticate("L001", "lead2026".toCharArray(), AccountService.Purpose.LOGIN);

        assertThatThrownBy(() -> branch.ws().phraseLibrary().preview(lead, in(export(headOffice))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] export(OpenWorkstation site) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        site.ws().phraseLibrary().export(out);
        return out.toByteArray();
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
