package com.frontdesk.repairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.frontdesk.core.AccessDeniedException;
import com.frontdesk.core.Problem;
import com.frontdesk.core.ValidationException;
import com.frontdesk.parcels.SignatureInput;
import com.frontdesk.testsupport.SqlRows;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Completion against the owner's signature, the cost, the call-back, escalation and reopening. */
class RepairCompletionTest extends RepairTestBase {

    @Test
    void doneNeedsTheOwnersSignatureDrawnOnThePadOrTyped() throws IOException {
        Repair r = inStatus(RepairStatus.IN_PROGRESS);

        assertThat(keys(() -> repairs.complete(agent, r.id(), new CompletionForm(ServiceKind.FREE, "换阀芯", null,
                BigDecimal.ZERO, null, null, null)))).containsExactly("repair.signatureRequired");
        assertThat(keys(() -> repairs.complete(agent, r.id(), CompletionForm.free("换阀芯",
                new SignatureInput("张三", new byte[] {1, 2, 3}))))).containsExactly("parcel.signatureInvalid");
        assertThat(SqlRows.count(site.db(), "signature")).isZero();

        clock.advance(Duration.ofHours(3));
        byte[] png = drawnSignature();
        Repair done = repairs.complete(agent, r.id(), CompletionForm.free("换阀芯", new SignatureInput("张三", png)));

        assertThat(done.status()).isEqualTo(RepairStatus.DONE);
        assertThat(done.fixedAt()).isEqualTo(clock.instant());
        assertThat(done.serviceKind()).isEqualTo(ServiceKind.FREE);
        assertThat(done.costCents()).isZero();
        assertThat(SqlRows.query(site.db(), "SELECT signer_name, png FROM signature WHERE id = '"
                + done.signatureId() + "'")).singleElement().satisfies(row -> {
                    assertThat(row.get("signer_name")).isEqualTo("张三");
                    assertThat((byte[]) row.get("png")).isEqualTo(png);
                });
        Repair typed = inStatus(RepairStatus.IN_PROGRESS);
        assertThat(repairs.complete(agent, typed.id(), signedFree()).signatureId()).isNotNull();
    }

    @Test
    void theCostIsInYuanWithTwoDecimalsNeverNegativeAndSomeonePaysForIt() {
        Repair r = inStatus(RepairStatus.IN_PROGRESS);

        assertThat(keys(() -> repairs.complete(agent, r.id(), signedPaid("-1")))).containsExactly("repair.costInvalid");
        assertThat(keys(() -> repairs.complete(agent, r.id(), signedPaid("12.345")))).containsExactly(
                "repair.costInvalid");
        assertThat(keys(() -> repairs.complete(agent, r.id(), new CompletionForm(ServiceKind.PAID, "换龙头", null,
                new BigDecimal("80"), null, SignatureInput.typed("张三"), null))))
                .containsExactly("repair.payerRequired");
        assertThat(keys(() -> repairs.complete(agent, r.id(), CompletionForm.free("换龙头", SignatureInput.typed("张三"))
                .withKind(ServiceKind.FREE).withCost(new BigDecimal("5"), Payer.OWNER))))
                .containsExactly("repair.freeCostsNothing");
        assertThat(keys(() -> repairs.complete(agent, r.id(), new CompletionForm(ServiceKind.PAID, null, null, null,
                null, SignatureInput.typed("张三"), null)))).containsExactly("validation.required");

        Repair done = repairs.complete(agent, r.id(), signedPaid("123.40"));
        assertThat(done.costCents()).isEqualTo(12340L);
        assertThat(done.payer()).isEqualTo(Payer.OWNER);
        assertThat(done.labour()).isEqualTo("更换水龙头");
        assertThat(done.parts()).isEqualTo("水龙头一个");
        assertThat(SqlRows.query(site.db(), "SELECT cost_cents FROM repair WHERE id = '" + r.id() + "'"))
                .singleElement().satisfies(row -> assertThat(row.get("cost_cents")).isEqualTo(12340));
    }

    @Test
    void theCallBackKeepsTheFourRatingsAndAGrievanceIsRaisedToTheShiftLead() {
        Repair fine = inStatus(RepairStatus.DONE);
        Repair bad = inStatus(RepairStatus.DONE);

        repairs.callBack(agent, fine.id(), new CallBackForm(Rating.VERY_SATISFIED, Rating.SATISFIED, Rating.AVERAGE,
                Rating.SATISFIED, FeedbackGrade.PRAISE, null));
        assertThat(keys(() -> repairs.callBack(agent, bad.id(), CallBackForm.all(Rating.POOR, FeedbackGrade.GRIEVANCE,
                null)))).containsExactly("repair.escalationNoteRequired");
        assertThat(keys(() -> repairs.callBack(agent, bad.id(), new CallBackForm(Rating.POOR, null, Rating.POOR,
                Rating.POOR, null, "x")))).containsExactly("validation.required", "validation.required");
        clock.advance(Duration.ofMinutes(5));
        Repair raised = repairs.callBack(agent, bad.id(), CallBackForm.all(Rating.POOR, FeedbackGrade.ANGER,
                "师傅态度恶劣，要求投诉"));

        assertThat(raised.status()).isEqualTo(RepairStatus.CALLED_BACK);
        assertThat(raised.escalated()).isTrue();
        assertThat(raised.escalatedAt()).isEqualTo(clock.instant());
        assertThat(repairs.repair(fine.id())).hasValueSatisfying(x -> assertThat(x.escalated()).isFalse());
        assertThat(repairs.callBacks(fine.id())).singleElement().satisfies(c -> {
            assertThat(c.attitude()).isEqualTo(Rating.VERY_SATISFIED);
            assertThat(c.arrival()).isEqualTo(Rating.AVERAGE);
            assertThat(c.satisfiedRatings()).isEqualTo(3);
            assertThat(c.escalated()).isFalse();
            assertThat(c.byStaffId()).isEqualTo(agent.user().id());
        });
        assertThat(lists.escalations(lead, null, 10)).extracting(i -> i.repair().id()).containsExactly(bad.id());
        assertThatThrownBy(() -> lists.escalations(agent, null, 10)).isInstanceOf(AccessDeniedException.class);
        assertThat(repairs.callBacks(bad.id())).singleElement().satisfies(c -> {
            assertThat(c.escalated()).isTrue();
            assertThat(c.note()).isEqualTo("师傅态度恶劣，要求投诉");
        });
    }

    @Test
    void anUnsatisfiedOwnerGetsTheRepairReopenedToTheSameFixerAndCalledBackAgain() {
        Repair r = inStatus(RepairStatus.DONE);
        repairs.callBack(agent, r.id(), CallBackForm.all(Rating.POOR, FeedbackGrade.GRIEVANCE, "还在滴水"));
        clock.advance(Duration.ofHours(1));

        Repair again = repairs.reopen(lead, r.id(), "业主反映仍漏水");

        assertThat(again.status()).isEqualTo(RepairStatus.DISPATCHED);
        assertThat(again.fixedAt()).as("no longer done").isNull();
        assertThat(again.assigneeStaffId()).isEqualTo(engineer.id());
        assertThat(again.escalated()).as("the grievance stays on the lead's list").isTrue();
        assertThat(lists.countOpen()).isEqualTo(1);
        repairs.start(agent, r.id(), null);
        clock.advance(Duration.ofHours(1));
        Repair redone = repairs.complete(agent, r.id(), signedFree());
        assertThat(redone.fixedAt()).isEqualTo(clock.instant());
        repairs.callBack(agent, r.id(), CallBackForm.all(Rating.SATISFIED, FeedbackGrade.ACCEPTABLE, null));
        assertThat(repairs.close(lead, r.id(), null).closedAt()).isEqualTo(clock.instant());

        assertThat(repairs.callBacks(r.id())).hasSize(2);
        assertThat(repairs.timeline(r.id())).extracting(RepairEvent::action).containsExactly(RepairAction.TAKE,
                RepairAction.DISPATCH, RepairAction.START, RepairAction.COMPLETE, RepairAction.CALL_BACK,
                RepairAction.REOPEN, RepairAction.START, RepairAction.COMPLETE, RepairAction.CALL_BACK,
                RepairAction.CLOSE);
        assertThat(lists.countOpen()).isZero();
    }

    @Test
    void everyStepIsAuditedAndSentToHeadOffice() {
        Repair r = inStatus(RepairStatus.CLOSED);

        List<Map<String, Object>> audit = SqlRows.query(site.db(), "SELECT entity, action FROM audit_log"
                + " WHERE entity LIKE 'repair%' ORDER BY at, id");
        assertThat(audit).filteredOn(row -> row.get("entity").equals("repair")).extracting(row -> row.get("action"))
                .containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE");
        assertThat(audit).filteredOn(row -> row.get("entity").equals("repair_event")).hasSize(6);
        assertThat(audit).filteredOn(row -> row.get("entity").equals("repair_callback")).hasSize(1);
        assertThat(SqlRows.query(site.db(), "SELECT count(*) AS n FROM outbox WHERE entity LIKE 'repair%'"))
                .singleElement().satisfies(row -> assertThat(row.get("n")).isEqualTo(13));
        assertThat(SqlRows.query(site.db(), "SELECT changes FROM audit_log WHERE entity = 'repair'"
                + " AND action = 'UPDATE' ORDER BY at, id LIMIT 1")).singleElement()
                .satisfies(row -> assertThat(row.get("changes").toString()).contains("DISPATCHED").contains("李师傅")
                        .doesNotContain(ZHANG_PHONE));
        assertThat(repairs.detail(r.id())).hasValueSatisfying(d -> {
            assertThat(d.timeline()).hasSize(6);
            assertThat(d.callBacks()).hasSize(1);
            assertThat(d.clock().fixed()).isTrue();
        });
    }

    private static List<String> keys(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return catchThrowableOfType(ValidationException.class, call).problems().stream().map(Problem::key).toList();
    }

    static byte[] drawnSignature() throws IOException {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(20, 70, 140, 25);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
