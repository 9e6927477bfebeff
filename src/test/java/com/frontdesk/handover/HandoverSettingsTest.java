package com.frontdesk.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Messages;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The desks and shifts: the regulations' defaults, the validation, and which shift is on duty when. */
class HandoverSettingsTest {
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite();

    private static final HandoverSettings S = HandoverSettings.DEFAULTS;

    @Test
    void theDefaultsAreTheLobbyOfTheRegulationsAndAServiceDesk() {
        assertThat(S.workstationDesk()).isEqualTo("LOBBY");
        assertThat(S.desks()).extracting(Desk::code).containsExactly("LOBBY", "SERVICE");
        assertThat(S.desk("LOBBY").orElseThrow().shifts()).containsExactly(
                new ShiftDef("DAY", "白班", LocalTime.of(7, 50), LocalTime.of(15, 0)),
                new ShiftDef("EVENING", "中班", LocalTime.of(14, 50), LocalTime.of(22, 0)),
                new ShiftDef("NIGHT", "夜班", LocalTime.of(21, 50), LocalTime.of(8, 0)));
        assertThat(S.desk("SERVICE").orElseThrow().shifts()).extracting(ShiftDef::code, ShiftDef::start, ShiftDef::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DAY", LocalTime.of(8, 30), LocalTime.of(17, 30)),
                        org.assertj.core.groups.Tuple.tuple("EVENING", LocalTime.of(17, 0), LocalTime.of(21, 0)));
        S.validate();
        assertThat(site.ws().settings().current(HandoverSettings.DOCUMENT)).isEqualTo(S);
    }

    /** The cases ShiftSchedule had, now per desk. */
    @Test
    void duringTheOverlapTheShiftThatStartedLastIsCurrent() {
        assertThat(lobbyAt(10, 0)).isEqualTo("DAY");
        assertThat(lobbyAt(14, 49)).isEqualTo("DAY");
        assertThat(lobbyAt(14, 50)).as("the evening shift has arrived").isEqualTo("EVENING");
        assertThat(lobbyAt(14, 59)).isEqualTo("EVENING");
        assertThat(lobbyAt(15, 0)).isEqualTo("EVENING");
        assertThat(lobbyAt(21, 55)).isEqualTo("NIGHT");
        assertThat(lobbyAt(7, 55)).as("the day shift has arrived while the night shift is still there")
                .isEqualTo("DAY");
    }

    @Test
    void theNightShiftRunsAcrossMidnight() {
        assertThat(lobbyAt(23, 59)).isEqualTo("NIGHT");
        assertThat(lobbyAt(0, 0)).isEqualTo("NIGHT");
        assertThat(lobbyAt(3, 0)).isEqualTo("NIGHT");
        assertThat(lobbyAt(7, 49)).isEqualTo("NIGHT");
    }

    @Test
    void aDeskClosedAtNightHasNoShiftThenAndAnUnknownDeskNone() {
        assertThat(S.currentShift("SERVICE", LocalTime.of(17, 10))).map(ShiftDef::code).contains("EVENING");
        assertThat(S.currentShift("SERVICE", LocalTime.of(23, 0))).isEmpty();
        assertThat(S.currentShift("SERVICE", LocalTime.of(8, 0))).isEmpty();
        assertThat(S.currentShift("GATE", LocalTime.of(10, 0))).isEmpty();
    }

    @Test
    void theWorkstationsDeskFallsBackToTheFirstWhenItsDeskIsGone() {
        assertThat(S.withWorkstationDesk("SERVICE").workstation().code()).isEqualTo("SERVICE");
        assertThat(new HandoverSettings(S.desks(), "GATE").workstation().code()).isEqualTo("LOBBY");
    }

    @Test
    void codesMustBeUniqueAndWellFormed() {
        Desk twice = new Desk("LOBBY", "二号前台", List.of(shift("DAY", "白班")));
        assertThat(problems(S.withDesks(List.of(S.desks().get(0), twice))))
                .contains(new Problem("handoverDesks", "handover.settings.deskTwice", List.of("LOBBY")));
        Desk shiftsTwice = new Desk("GATE", "岗亭", List.of(shift("DAY", "白班"), shift("DAY", "早班")));
        assertThat(problems(S.withDesk(shiftsTwice)))
                .contains(new Problem("handoverShifts", "handover.settings.shiftTwice", List.of("GATE", "DAY")));
        assertThat(problems(S.withDesk(new Desk("gate", "岗亭", List.of(shift("DAY", "白班"))))))
                .contains(new Problem("handoverDesks", "handover.settings.deskCode", List.of("gate")));
    }

    @Test
    void namesHaveAtMostTwentyCharactersAndTimesAreGiven() {
        Desk longName = new Desk("GATE", "一二三四五六七八九十一二三四五六七八九十一", List.of(shift("DAY", "白班")));
        assertThat(problems(S.withDesk(longName)))
                .containsExactly(new Problem("handoverDesks", "handover.settings.deskName", List.of("GATE", 20)));
        assertThat(problems(S.withDesk(new Desk("GATE", "一二三四五六七八九十一二三四五六七八九十",
                List.of(shift("DAY", "白班")))))).isEmpty();
        Desk noEnd = new Desk("GATE", "岗亭", List.of(new ShiftDef("DAY", "白班", LocalTime.of(8, 0), null)));
        assertThat(problems(S.withDesk(noEnd)))
                .containsExactly(new Problem("handoverShifts", "handover.settings.shiftTimes", List.of("GATE", "DAY")));
        Desk sameTimes = new Desk("GATE", "岗亭", List.of(new ShiftDef("DAY", "白班", LocalTime.NOON, LocalTime.NOON)));
        assertThat(problems(S.withDesk(sameTimes))).extracting(Problem::key)
                .containsExactly("handover.settings.shiftTimes");
    }

    @Test
    void everyDeskHasAShiftAndThereAreOneToTenDesks() {
        assertThat(problems(S.withDesk(new Desk("GATE", "岗亭", List.of()))))
                .containsExactly(new Problem("handoverShifts", "handover.settings.shiftsCount", List.of("GATE", 1, 6)));
        assertThat(problems(new HandoverSettings(List.of(), "LOBBY"))).extracting(Problem::key)
                .contains("handover.settings.desksCount", "handover.settings.workstationDesk");
        List<Desk> eleven = new ArrayList<>(IntStream.rangeClosed(1, 11)
                .mapToObj(i -> new Desk("D" + i, "岗位" + i, List.of(shift("DAY", "白班")))).toList());
        assertThat(problems(new HandoverSettings(eleven, "D1")))
                .containsExactly(new Problem("handoverDesks", "handover.settings.desksCount", List.of(1, 10)));
        assertThat(problems(new HandoverSettings(eleven.subList(0, 10), "D1"))).isEmpty();
        assertThat(problems(S.withWorkstationDesk("GATE"))).containsExactly(
                new Problem("handoverWorkstationDesk", "handover.settings.workstationDesk", List.of("GATE")));
    }

    @Test
    void theProblemsReadInBothLanguages() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> S.withDesk(new Desk("GATE", "岗亭", List.of())).validate());
        assertThat(new Messages(Messages.CHINESE).format(e)).isEqualTo("班次：岗位 GATE 须有 1 到 6 个班次。");
        assertThat(new Messages(Messages.ENGLISH).format(e))
                .isEqualTo("Shifts: Desk GATE needs between 1 and 6 shifts.");
    }

    @Test
    void administratorsChangeTheShiftsAndLeadsMayNot() {
        HandoverSettings changed = S.withShift("LOBBY", new ShiftDef("DAY", "早班", LocalTime.of(7, 30),
                LocalTime.of(15, 0))).withWorkstationDesk("SERVICE");
        site.ws().settings().update(site.admin(), HandoverSettings.DOCUMENT, changed);

        assertThat(site.reopen().settings().current(HandoverSettings.DOCUMENT)).isEqualTo(changed);
        assertThat(changed.desk("LOBBY").orElseThrow().shifts()).hasSize(3).first()
                .extracting(ShiftDef::name).isEqualTo("早班");
        TestSites.addStaff(site.ws(), admin(), "L001", "周班长", Role.SHIFT_LEAD, "lead2026");
        Session lead = site.ws().accounts().authenticate("L001", "lead2026".toCharArray(),
                AccountService.Purpose.LOGIN);
        assertThatThrownBy(() -> site.ws().settings().update(lead, HandoverSettings.DOCUMENT, S))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> site.ws().settings().update(admin(), HandoverSettings.DOCUMENT,
                S.withoutShift("SERVICE", "DAY").withoutShift("SERVICE", "EVENING")))
                .isInstanceOf(ValidationException.class);
        assertThat(site.ws().settings().current(HandoverSettings.DOCUMENT)).isEqualTo(changed);
    }

    private Session admin() {
        return site.ws().accounts().authenticate(TestSites.ADMIN_NO, TestSites.ADMIN_PASSWORD.toCharArray(),
                AccountService.Purpose.LOGIN);
    }

    private static String lobbyAt(int hour, int minute) {
        return S.currentShift("LOBBY", LocalTime.of(hour, minute)).orElseThrow().code();
    }

    private static ShiftDef shift(String code, String name) {
        return new ShiftDef(code, name, LocalTime.of(8, 0), LocalTime.of(16, 0));
    }

    private static List<Problem> problems(HandoverSettings s) {
        try {
            s.validate();
            return List.of();
        } catch (ValidationException e) {
            return e.problems();
        }
    }
}
