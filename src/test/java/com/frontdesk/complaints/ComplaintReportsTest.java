package com.frontdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frontdesk.core.Messages;
import com.frontdesk.core.ValidationException;
import com.frontdesk.repairs.CallBackForm;
import com.frontdesk.repairs.FeedbackGrade;
import com.frontdesk.repairs.Rating;
import com.frontdesk.testsupport.SqlRows;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The complaint figures against a book counted by hand, made through the service while the clock
 * moves (Sunday 2026-11-22 09:30 in Shanghai is hour 0), and the CSV export.
 *
 * <pre>
 * hour   0  taken: A, B (noise, 张三), D (cleaning, serious), E, F (parking, a visitor), praise P, suggestion S
 *        1  E acknowledged            2  A acknowledged           4  B acknowledged
 *       10  E answered (founded)     20  F answered without an acknowledgement (it counts as the first response)
 *       21  F accepted               24  A answered              30  B answered
 *       31  A accepted; B not accepted → C (noise) carries it on
 *       33  C acknowledged           40  A called back: two of four ratings satisfied
 *       50  D acknowledged, after its 48 hours
 *       60  C answered unfounded (the lead)                      61  C accepted
 *      240  D answered (2 December 09:30), after its 7 working days (due 2 December 00:00)
 * </pre>
 */
class ComplaintReportsTest extends ComplaintTestBase {
    private static final String VISITOR_PHONE = "13512349876";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private Instant start;

    @Test
    void figuresPerMonthAndCategoryAreTheHandCountedOnes() {
        book();

        List<ComplaintFigures> figures = site.ws().complaintReports().figures(NOVEMBER, DECEMBER);

        assertThat(figures).containsExactly(
                new ComplaintFigures(NOVEMBER, "CLEANING", 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0),
                new ComplaintFigures(NOVEMBER, "FEES", 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0),
                // A 2 h / 24 h, B 4 h / 30 h, C 2 h / 29 h: medians of an odd count are the middle ones
                new ComplaintFigures(NOVEMBER, "NOISE", 2, 0, 0, 3, 0, 0, 2, 1, 1, 2, 2.0, 29.0, 1, 2),
                // E 1 h / 10 h, F 20 h / 20 h: medians of an even count are the mean of the middle two
                new ComplaintFigures(NOVEMBER, "PARKING", 2, 0, 0, 2, 0, 0, 2, 0, 0, 1, 10.5, 15.0, 0, 0),
                new ComplaintFigures(NOVEMBER, "SECURITY", 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, 0),
                // D is counted where it was answered: late, and its first response late too
                new ComplaintFigures(DECEMBER, "CLEANING", 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 50.0, 240.0, 0, 0));
    }

    @Test
    void sharesAreOfTheAnswersAndTheRatings() {
        book();

        List<ComplaintFigures> november = site.ws().complaintReports().figures(NOVEMBER, NOVEMBER);

        ComplaintFigures noise = november.get(2);
        assertThat(noise.foundedShare()).isEqualTo(2 / 3.0);
        assertThat(noise.reopenShare()).as("B's answer of three was not accepted").isEqualTo(1 / 3.0);
        assertThat(noise.satisfiedShare()).isEqualTo(0.5);
        ComplaintFigures parking = november.get(3);
        assertThat(parking.foundedShare()).isEqualTo(1.0);
        assertThat(parking.reopenShare()).isEqualTo(0.0);
        assertThat(parking.satisfiedShare()).as("no call-back").isNull();
        assertThat(november.get(0).foundedShare()).as("nothing answered").isNull();
        assertThat(november.get(0).reopenShare()).isNull();
    }

    @Test
    void monthsWithNothingHaveNoRowsAndABackwardOrEndlessRangeIsRefused() {
        book();

        assertThat(site.ws().complaintReports().figures(YearMonth.of(2026, 9), YearMonth.of(2026, 10))).isEmpty();
        assertThat(site.ws().complaintReports().figures(DECEMBER, DECEMBER)).extracting(ComplaintFigures::category)
                .containsExactly("CLEANING");
        assertThatThrownBy(() -> site.ws().complaintReports().figures(DECEMBER, NOVEMBER))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.key()).containsExactly("complaint.monthsInvalid"));
        assertThatThrownBy(() -> site.ws().complaintReports().figures(YearMonth.of(2000, 1), NOVEMBER))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> site.ws().complaintReports().figures(null, NOVEMBER))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void theExportHasEveryCaseWithPhonesMaskedFormulasDefusedAndIsAudited() throws IOException {
        Complaint a = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.ANGER));
        complaints.take(desk, visitor("PARKING", "=HYPERLINK(\"x\")"));
        complaints.take(desk, ComplaintForm.feedback(ComplaintKind.PRAISE, room.id(), zhang.id(), "保安小王很热心",
                "SECURITY"));
        complaints.answer(agent, a.id(), founded());
        clock.advance(Duration.ofHours(49));

        String csv = export(ComplaintFilter.ALL, 3);

        assertThat(csv).startsWith("\uFEFFNumber,Received,Kind,Channel,Complainant,Contact phone,Subject,");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).endsWith("\r\n");
        assertThat(csv).contains("139****5678", "135****9876").doesNotContain(ZHANG_PHONE, VISITOR_PHONE);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(csv).contains(a.number() + ",2026-11-22 09:30,Complaint,Phone,1-2-1503 · 张三,139****5678,隔壁装修噪音");
        assertThat(csv).contains(",噪音,").contains(",停车,").contains(",Founded,").contains(",Praise,");
        assertThat(line(csv, ",停车,")).as("not acknowledged after 49 hours").contains(",Overdue,");
        assertThat(SqlRows.query(site.db(), "SELECT entity, changes FROM audit_log WHERE action = 'EXPORT'"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("entity")).isEqualTo("complaint");
                    assertThat(row.get("changes").toString()).contains("\"complaints\":3");
                });
    }

    @Test
    void theExportFollowsTheSearchsFilters() throws IOException {
        complaints.take(desk, zhangPhones(Severity.NORMAL, null));
        complaints.take(desk, ComplaintForm.feedback(ComplaintKind.PRAISE, room.id(), zhang.id(), "保安小王很热心",
                "SECURITY"));

        String csv = export(new ComplaintFilter(null, ComplaintKind.PRAISE, null, null, null, null), 1);

        assertThat(csv.lines().skip(1)).singleElement().asString().contains("保安小王很热心");
    }

    // --- the book of the class comment ---------------------------------------------------------------

    private void book() {
        start = clock.instant();
        Complaint a = complaints.take(desk, zhangPhones(Severity.NORMAL, null));
        Complaint b = complaints.take(desk, zhangPhones(Severity.NORMAL, Mood.GRIEVANCE));
        Complaint d = complaints.take(desk, ComplaintForm.phoned(room.id(), zhang.id(), null, "楼道垃圾两天没清",
                "单元门口垃圾桶满了两天没人清", "要求清运并消毒", "CLEANING", Severity.SERIOUS, null));
        Complaint e = complaints.take(desk, visitor("PARKING", "车位被占"));
        Complaint f = complaints.take(desk, visitor("PARKING", "访客车辆挡住出口"));
        complaints.take(desk, ComplaintForm.feedback(ComplaintKind.PRAISE, room.id(), zhang.id(), "保安小王很热心",
                "SECURITY"));
        complaints.take(desk, ComplaintForm.feedback(ComplaintKind.SUGGESTION, room.id(), zhang.id(),
                "建议公示公共收益", "FEES"));
        hour(1);
        complaints.acknowledge(agent, e.id(), ResponseMethod.PHONE, null);
        hour(2);
        complaints.acknowledge(agent, a.id(), ResponseMethod.PHONE, null);
        hour(4);
        complaints.acknowledge(agent, b.id(), ResponseMethod.SMS, null);
        hour(10);
        complaints.answer(agent, e.id(), founded());
        hour(20);
        complaints.answer(agent, f.id(), founded());
        hour(21);
        complaints.accept(lead, f.id(), ResponseMethod.PHONE, null);
        hour(24);
        complaints.answer(agent, a.id(), founded());
        hour(30);
        complaints.answer(agent, b.id(), founded());
        hour(31);
        complaints.accept(lead, a.id(), ResponseMethod.PHONE, null);
        Complaint c = complaints.reject(agent, b.id(), "还是很吵");
        hour(33);
        complaints.acknowledge(agent, c.id(), ResponseMethod.PHONE, null);
        hour(40);
        complaints.callBack(agent, a.id(), new CallBackForm(Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.AVERAGE,
                Rating.POOR, FeedbackGrade.ACCEPTABLE, null));
        hour(50);
        complaints.acknowledge(agent, d.id(), ResponseMethod.VISIT, null);
        hour(60);
        complaints.answer(lead, c.id(), AnswerForm.unfounded("施工时间符合规定", "已说明装修管理规定",
                ResponseMethod.PHONE).withDepartment("秩序部"));
        hour(61);
        complaints.accept(lead, c.id(), ResponseMethod.PHONE, null);
        hour(240);
        complaints.answer(agent, d.id(), founded());
    }

    private void hour(int h) {
        clock.advance(Duration.between(clock.instant(), start.plus(Duration.ofHours(h))));
    }

    private static AnswerForm founded() {
        return AnswerForm.founded("未按规定执行", "约谈当事人并整改", "已整改，向您致歉", ResponseMethod.PHONE)
                .withDepartment("秩序部");
    }

    /** A visitor, not in the directory, who leaves a phone. */
    private static ComplaintForm visitor(String category, String subject) {
        return new ComplaintForm(ComplaintKind.COMPLAINT, ComplaintChannel.VISIT, null, null, "访客 刘先生",
                "135 1234 9876", subject, "来访时发生", "要求处理", category, Nature.QUALITY, Severity.NORMAL, null);
    }

    private String export(ComplaintFilter filter, int expected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = site.ws().complaintReports().exportCsv(desk, filter, out, new Messages(Locale.ENGLISH));
        assertThat(n).isEqualTo(expected);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String line(String csv, String text) {
        return csv.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
    }
}
