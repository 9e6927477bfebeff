package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintSettings.ComplaintCategory;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.core.WorkCalendar;
import com.frontdesk.settings.SettingsService;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The complaint settings: defaults, validation, the typed days, and storage through the real settings service. */
class ComplaintSettingsTest {
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 1);

    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    @Test
    void aNewSiteHasTheDefaults() {
        ComplaintSettings s = settings().current(ComplaintSettings.DOCUMENT);

        assertThat(s).isEqualTo(ComplaintSettings.DEFAULTS);
        assertThat(s.firstResponseHours()).isEqualTo(48);
        assertThat(s.resolutionWorkingDays()).isEqualTo(7);
        assertThat(s.categories()).extracting(ComplaintCategory::code).containsExactly("SERVICE_ATTITUDE",
                "REPAIR_QUALITY", "CLEANING", "SECURITY", "FEES", "NOISE", "PARKING", "OTHER");
        assertThat(s.departments()).containsExactly("客服部", "工程部", "保洁部", "秩序部", "财务部", "绿化部");
        assertThat(s.calendar()).isEqualTo(WorkCalendar.WEEKENDS_ONLY);
        ComplaintSettings.DEFAULTS.validate();
    }

    @Test
    void aCategoryIsNamedByItsCodeAndAnUnknownCodeReadsAsItself() {
        ComplaintSettings s = ComplaintSettings.DEFAULTS;
        assertThat(s.categoryName("NOISE")).isEqualTo("噪音");
        assertThat(s.category("FEES")).contains(new ComplaintCategory("FEES", "收费"));
        assertThat(s.categoryName("GARDEN")).as("a category removed since").isEqualTo("GARDEN");
        assertThat(s.category("GARDEN")).isEmpty();
    }

    @Test
    void theDeadlinesStayInTheirRanges() {
        assertThat(fields(ComplaintSettings.DEFAULTS.withFirstResponseHours(0))).containsExactly(
                "complaintFirstResponseHours");
        assertThat(fields(ComplaintSettings.DEFAULTS.withFirstResponseHours(241))).containsExactly(
                "complaintFirstResponseHours");
        assertThat(fields(ComplaintSettings.DEFAULTS.withResolutionWorkingDays(0))).containsExactly(
                "complaintResolutionWorkingDays");
        assertThat(fields(ComplaintSettings.DEFAULTS.withResolutionWorkingDays(61))).containsExactly(
                "complaintResolutionWorkingDays");
        ComplaintSettings.DEFAULTS.withFirstResponseHours(240).withResolutionWorkingDays(60).validate();
        ComplaintSettings.DEFAULTS.withFirstResponseHours(1).withResolutionWorkingDays(1).validate();
    }

    @Test
    void categoriesNeedAProperCodeAUniqueNameAndThereAreOneToThirty() {
        assertThat(keys(withCategories(c -> List.of()))).containsExactly("complaint.settings.categoriesCount");
        List<ComplaintCategory> many = IntStream.rangeClosed(1, 31)
                .mapToObj(i -> new ComplaintCategory("C" + i, "类别" + i)).toList();
        assertThat(keys(withCategories(c -> many))).containsExactly("complaint.settings.categoriesCount");
        withCategories(c -> many.subList(0, 30)).validate();

        assertThat(keys(withCategories(c -> add(c, new ComplaintCategory("noise", "夜间噪音")))))
                .containsExactly("complaint.settings.categoryCode");
        assertThat(keys(withCategories(c -> add(c, new ComplaintCategory("LIFT", " ")))))
                .containsExactly("complaint.settings.categoryName");
        assertThat(keys(withCategories(c -> add(c, new ComplaintCategory("LIFT", "梯".repeat(21))))))
                .containsExactly("complaint.settings.categoryName");
        assertThat(keys(withCategories(c -> add(c, new ComplaintCategory("NOISE", "夜间噪音")))))
                .containsExactly("complaint.settings.categoryTwice");
        assertThat(keys(withCategories(c -> add(c, new ComplaintCategory("NOISE_2", "噪音")))))
                .containsExactly("complaint.settings.categoryTwice");
    }

    @Test
    void departmentsAreOneToThirtyUniqueNamesOfAtMostTwentyCharacters() {
        ComplaintSettings d = ComplaintSettings.DEFAULTS;
        assertThat(keys(d.withDepartments(List.of()))).containsExactly("complaint.settings.departmentsCount");
        assertThat(keys(d.withDepartments(IntStream.rangeClosed(1, 31).mapToObj(i -> "部门" + i).toList())))
                .containsExactly("complaint.settings.departmentsCount");
        assertThat(keys(d.withDepartments(List.of("客服部", "")))).containsExactly("complaint.settings.departmentName");
        assertThat(keys(d.withDepartments(List.of("客服部", "部".repeat(21)))))
                .containsExactly("complaint.settings.departmentName");
        d.withDepartments(List.of("部".repeat(20))).validate();
        assertThat(keys(d.withDepartments(List.of("客服部", "工程部", "客服部"))))
                .containsExactly("complaint.settings.departmentTwice");
    }

    @Test
    void aDayIsEitherAHolidayOrAnAdjustedWorkingDayAndThereAreAtMostTwoHundredOfEach() {
        ComplaintSettings both = ComplaintSettings.DEFAULTS
                .withHolidays(List.of(NATIONAL_DAY, NATIONAL_DAY.plusDays(1)))
                .withWorkdays(List.of(NATIONAL_DAY.plusDays(1)));
        ValidationException e = catchThrowableOfType(ValidationException.class, both::validate);
        assertThat(e.problems()).containsExactly(new Problem("complaintWorkdays",
                "complaint.settings.holidayAndWorkday", List.of("2026-10-02")));

        List<LocalDate> year = NATIONAL_DAY.datesUntil(NATIONAL_DAY.plusDays(201)).toList();
        assertThat(fields(ComplaintSettings.DEFAULTS.withHolidays(year))).containsExactly("complaintHolidays");
        assertThat(fields(ComplaintSettings.DEFAULTS.withWorkdays(year))).containsExactly("complaintWorkdays");
        ComplaintSettings.DEFAULTS.withHolidays(year.subList(0, 200)).validate();
    }

    @Test
    void everyProblemIsWordedInBothLanguages() {
        ComplaintSettings wrong = new ComplaintSettings(0, 99, List.of(new ComplaintCategory("x", ""),
                new ComplaintCategory("x", "")), List.of("", "客服部", "客服部"), List.of(NATIONAL_DAY),
                List.of(NATIONAL_DAY));
        ValidationException e = catchThrowableOfType(ValidationException.class, wrong::validate);

        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(7);
        for (Messages m : List.of(new Messages(Messages.CHINESE), new Messages(Messages.ENGLISH))) {
            assertThat(m.format(e)).doesNotContain("!", "{", "}").contains("2026-10-01");
        }
        assertThat(new Messages(Messages.CHINESE).format(e)).contains("调休上班日", "应在 1 到 240 之间");
    }

    @Test
    void theDaysAreKeptSortedAndOnce() {
        ComplaintSettings s = ComplaintSettings.DEFAULTS.withHolidays(List.of(NATIONAL_DAY.plusDays(2), NATIONAL_DAY,
                NATIONAL_DAY.plusDays(2)));
        assertThat(s.holidays()).containsExactly(NATIONAL_DAY, NATIONAL_DAY.plusDays(2));
        assertThat(s).isEqualTo(
                ComplaintSettings.DEFAULTS.withHolidays(List.of(NATIONAL_DAY, NATIONAL_DAY.plusDays(2))));
    }

    @Test
    void daysAreTypedOneByOneAsRangesOrSeveralAtOnce() {
        assertThat(ComplaintSettings.typedDates("2026-10-01")).containsExactly(NATIONAL_DAY);
        assertThat(ComplaintSettings.typedDates(" 2026-10-01..2026-10-07 ")).hasSize(7).startsWith(NATIONAL_DAY)
                .endsWith(LocalDate.of(2026, 10, 7));
        assertThat(ComplaintSettings.typedDates("2026-10-01 ~ 2026-10-03")).hasSize(3);
        assertThat(ComplaintSettings.typedDates("2026-10-01至2026-10-03")).hasSize(3);
        assertThat(ComplaintSettings.typedDates("2026-9-20, 2026/10/10，2026-10-11"))
                .containsExactly(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 11));
        assertThat(ComplaintSettings.typedDates("2026-01-01..2026-12-31")).hasSize(365);
        for (String wrong : List.of("", "  ", "国庆", "2026-02-30", "2026-10-07..2026-10-01",
                "2026-01-01..2027-01-02", "2026-10-01, 明天", "20261001", "2026-10-01 2026-10-02")) {
            assertThat(ComplaintSettings.typedDates(wrong)).as(wrong).isEmpty();
        }
    }

    @Test
    void whatAnAdministratorSavesIsStoredAsIsoDaysAndReadBackAfterARestart() {
        List<LocalDate> holidays = ComplaintSettings.typedDates("2026-10-01..2026-10-07");
        List<LocalDate> workdays = ComplaintSettings.typedDates("2026-09-20, 2026-10-10");
        List<ComplaintCategory> categories = new ArrayList<>(ComplaintSettings.DEFAULT_CATEGORIES);
        categories.set(5, new ComplaintCategory("NOISE", "噪声扰民"));
        categories.add(new ComplaintCategory("GREENERY", "绿化"));
        ComplaintSettings changed = ComplaintSettings.DEFAULTS.withFirstResponseHours(24).withResolutionWorkingDays(5)
                .withCategories(categories).withDepartments(List.of("客服部", "工程部", "物业经理室"))
                .withHolidays(holidays).withWorkdays(workdays);

        settings().update(site.admin(), ComplaintSettings.DOCUMENT, changed);

        String json = (String) SqlRows.query(site.db(), "SELECT value FROM setting WHERE key = 'complaints'")
                .get(0).get("value");
        assertThat(json).contains("\"2026-10-01\"", "\"2026-09-20\"", "\"resolutionWorkingDays\":5")
                .doesNotContain("calendar");
        assertThat(SqlRows.query(site.db(), "SELECT entity_id FROM audit_log WHERE entity = 'setting'"))
                .extracting(row -> row.get("entity_id")).contains("complaints");

        ComplaintSettings read = site.reopen().settings().current(ComplaintSettings.DOCUMENT);
        assertThat(read).isEqualTo(changed);
        assertThat(read.categoryName("NOISE")).isEqualTo("噪声扰民");
        // Received Wednesday 30 September, 10:15 in Shanghai: 5 working days are 8, 9, 10 (a Saturday),
        // 12 and 13 October.
        assertThat(read.calendar().dueAfter(Instant.parse("2026-09-30T02:15:00Z"), read.resolutionWorkingDays(),
                ZoneId.of("Asia/Shanghai"))).isEqualTo(Instant.parse("2026-10-13T16:00:00Z"));
    }

    @Test
    void aStoredDocumentWithoutTheCalendarKeepsTheDefaultsForIt() {
        SqlRows.execute(site.db(), "INSERT INTO setting (key, value, updated_at) VALUES ('complaints', "
                + "'{\"firstResponseHours\":24,\"someFutureField\":true}', 0)");

        ComplaintSettings read = site.reopen().settings().current(ComplaintSettings.DOCUMENT);

        assertThat(read).isEqualTo(ComplaintSettings.DEFAULTS.withFirstResponseHours(24));
    }

    @Test
    void invalidSettingsAreRefusedAndNothingIsStored() {
        ComplaintSettings both = ComplaintSettings.DEFAULTS.withHolidays(List.of(NATIONAL_DAY))
                .withWorkdays(List.of(NATIONAL_DAY));

        assertThatThrownBy(() -> settings().update(site.admin(), ComplaintSettings.DOCUMENT, both))
                .isInstanceOf(ValidationException.class);

        assertThat(settings().current(ComplaintSettings.DOCUMENT)).isEqualTo(ComplaintSettings.DEFAULTS);
        assertThat(SqlRows.query(site.db(), "SELECT key FROM setting WHERE key = 'complaints'")).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesThem() {
        ComplaintSettings changed = ComplaintSettings.DEFAULTS.withResolutionWorkingDays(5);
        for (Role role : List.of(Role.SHIFT_LEAD, Role.AGENT, Role.RECEPTIONIST)) {
            Session session = signIn("T00" + role.ordinal(), role);
            assertThatThrownBy(() -> settings().update(session, ComplaintSettings.DOCUMENT, changed))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(settings().current(ComplaintSettings.DOCUMENT)).isEqualTo(ComplaintSettings.DEFAULTS);

        settings().update(site.admin(), ComplaintSettings.DOCUMENT, changed);
        assertThat(settings().current(ComplaintSettings.DOCUMENT).resolutionWorkingDays()).isEqualTo(5);
    }

    private SettingsService settings() {
        return site.ws().settings();
    }

    private Session signIn(String no, Role role) {
        TestSites.addStaff(site.ws(), site.admin(), no, "员工" + no, role, "desk2026");
        return site.ws().accounts().authenticate(no, "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    private static ComplaintSettings withCategories(UnaryOperator<List<ComplaintCategory>> change) {
        return ComplaintSettings.DEFAULTS.withCategories(change.apply(ComplaintSettings.DEFAULT_CATEGORIES));
    }

    private static List<ComplaintCategory> add(List<ComplaintCategory> list, ComplaintCategory c) {
        List<ComplaintCategory> copy = new ArrayList<>(list);
        copy.add(c);
        return copy;
    }

    private static List<String> keys(ComplaintSettings s) {
        return problems(s).stream().map(Problem::key).toList();
    }

    private static List<String> fields(ComplaintSettings s) {
        return problems(s).stream().map(Problem::field).toList();
    }

    private static List<Problem> problems(ComplaintSettings s) {
        ValidationException e = catchThrowableOfType(ValidationException.class, s::validate);
        assertThat(e).as("%s should be refused", s).isNotNull();
        return e.problems();
    }
}
