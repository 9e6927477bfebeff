package com.frontdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.parcels.LostItem;
import com.frontdesk.parcels.LostItemCategory;
import com.frontdesk.parcels.LostItemDisposalMethod;
import com.frontdesk.parcels.LostItemForm;
import com.frontdesk.parcels.LostItemStatus;
import com.frontdesk.parcels.LostPropertyPane;
import com.frontdesk.parcels.SignatureRepository;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.SqlRows;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.visitors.IdType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lost-and-found tab the way the desk uses it, keyboard first: a cleaner hands in an umbrella,
 * the owner claims it with their ID checked and a signature drawn on the pad; an item kept past the
 * keep period is disposed of from the "due" list, a young one is refused to a receptionist. The pane
 * runs in a stage of its own (the parcels screen that will hold it as a tab is wired by the shell).
 */
class LostPropertyFlowTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private final List<String> statusBar = new ArrayList<>();
    private Session desk;

    @BeforeEach
    void setUp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        site.ws().shelves().define(site.admin(), "L1", "失物柜", true);
        TestSites.addStaff(site.ws(), site.admin(), "R001", "张丽", Role.RECEPTIONIST, "desk2026");
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void aFoundUmbrellaIsRecordedAndClaimedWithTheIdCheckedAndADrawnSignature() throws IOException {
        open();
        robot.write("黑色长柄雨伞");                                  // the form has the focus
        robot.type(KeyCode.TAB);                                     // kind: the seventh is the umbrella
        for (int i = 0; i < 7; i++) {
            robot.type(KeyCode.DOWN);
        }
        tabThenWrite("1号楼大堂");
        robot.type(KeyCode.TAB);                                     // found at: empty, now
        tabThenWrite("保洁员刘阿姨");
        tabThenWrite("l1");
        robot.type(KeyCode.ENTER);

        assertThat(text("#lostMessage")).isEmpty();
        LostItem item = site.ws().lostProperty().held(null, 10).get(0);
        assertThat(item.description()).isEqualTo("黑色长柄雨伞");
        assertThat(item.category()).isEqualTo(LostItemCategory.UMBRELLA);
        assertThat(item.foundWhere()).isEqualTo("1号楼大堂");
        assertThat(item.foundBy()).isEqualTo("保洁员刘阿姨");
        assertThat(item.foundAt()).isEqualTo(clock.instant());
        assertThat(item.shelfCode()).isEqualTo("L1");
        assertThat(text("#lostStatus")).isEqualTo(zh.get("lostProperty.recorded", item.number(), "黑色长柄雨伞", "L1"));
        assertThat(statusBar).containsExactly(text("#lostStatus"));
        assertThat(table("#lostHeld").getItems()).extracting(LostItem::id).containsExactly(item.id());
        assertThat(robot.lookup("#lostDescription").queryTextInputControl().getText()).as("the form is cleared")
                .isEmpty();

        clock.advance(Duration.ofDays(2));
        robot.clickOn("#lostHeld").type(KeyCode.HOME).type(KeyCode.ENTER);
        assertThat(text("#claimWhat")).contains(item.number(), "黑色长柄雨伞");
        robot.clickOn("#claimName").write("陈小姐");                  // (headless Monocle gives a new window no focus)
        tabThenWrite("138 0013 8000");
        robot.type(KeyCode.TAB);                                     // ID type: resident ID
        tabThenWrite("11010119900307123x");
        Button save = robot.lookup("#claimSave").queryButton();
        assertThat(save.isDisabled()).as("not before the ID is checked and the claimant signed").isTrue();
        robot.type(KeyCode.TAB).type(KeyCode.SPACE);                 // "ID checked"
        assertThat(save.isDisabled()).as("no signature yet").isTrue();
        sign();
        assertThat(save.isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        LostItem claimed = site.ws().lostProperty().item(item.id()).orElseThrow();
        assertThat(claimed.status()).isEqualTo(LostItemStatus.CLAIMED);
        assertThat(claimed.claimantName()).isEqualTo("陈小姐");
        assertThat(claimed.claimantPhone()).isEqualTo("13800138000");
        assertThat(claimed.claimantIdType()).isEqualTo(IdType.RESIDENT_ID);
        assertThat(claimed.claimantIdLast4()).isEqualTo("123X");
        assertThat(claimed.idChecked()).isTrue();
        assertThat(claimed.closedBy()).isEqualTo(desk.user().id());
        byte[] png = site.ws().store().<Optional<byte[]>>read(h -> new SignatureRepository().png(h,
                claimed.signatureId())).orElseThrow();
        assertThat(Arrays.copyOf(png, PNG_MAGIC.length)).isEqualTo(PNG_MAGIC);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(SignaturePad.PNG_WIDTH);
        assertThat(SqlRows.query(site.db(), "SELECT signer_name FROM signature")).singleElement()
                .satisfies(r -> assertThat(r.get("signer_name")).isEqualTo("陈小姐"));
        assertThat(text("#lostStatus")).isEqualTo(zh.get("lostProperty.claimed", item.number(), "陈小姐"));
        assertThat(table("#lostHeld").getItems()).isEmpty();
        assertThat(table("#lostHistory").getItems()).extracting(LostItem::status)
                .containsExactly(LostItemStatus.CLAIMED);
    }

    @Test
    void anItemPastTheKeepPeriodIsDisposedOfFromTheDueListAndAYoungOneIsRefusedToAReceptionist() {
        LostItem old = site.ws().lostProperty().record(desk, LostItemForm.of("旧外套", LostItemCategory.CLOTHING,
                "会所", "保安小李", "L1"));
        clock.advance(Duration.ofDays(31));
        LostItem young = site.ws().lostProperty().record(desk, LostItemForm.of("钥匙", LostItemCategory.KEYS,
                "车库B1", "保安小李", "L1"));
        open();
        assertThat(table("#lostDue").getItems()).extracting(LostItem::id).containsExactly(old.id());
        assertThat(text("#lostDueTitle")).isEqualTo(zh.get("lostProperty.dueTitle", 30));

        robot.clickOn("#lostHeld").type(KeyCode.END).type(KeyCode.DELETE);   // the young one: refused at once
        assertThat(text("#lostStatus")).isEqualTo(zh.get("lostProperty.notDueYet", young.number(), "2027-01-22"));
        assertThat(robot.lookup("#disposeMethod").tryQuery()).as("no dialog").isEmpty();

        robot.clickOn("#lostDue").type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.clickOn("#disposeNote").write("交城东派出所");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.DOWN);                                            // how: to the police
        robot.type(KeyCode.ENTER);

        LostItem gone = site.ws().lostProperty().item(old.id()).orElseThrow();
        assertThat(gone.status()).isEqualTo(LostItemStatus.DISPOSED);
        assertThat(gone.disposalMethod()).isEqualTo(LostItemDisposalMethod.POLICE);
        assertThat(gone.disposalNote()).isEqualTo("交城东派出所");
        assertThat(table("#lostDue").getItems()).isEmpty();
        assertThat(table("#lostHeld").getItems()).extracting(LostItem::id).containsExactly(young.id());
        assertThat(site.ws().lostProperty().item(young.id()).orElseThrow().status()).isEqualTo(LostItemStatus.HELD);
    }

    // --- helpers ---------------------------------------------------------------------------

    private void open() {
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        try {
            FxToolkit.setupStage(stage -> {
                LostPropertyPane pane = new LostPropertyPane(ctx, desk, statusBar::add);
                stage.setScene(new Scene(pane.root(), 1240, 760));
                stage.show();
            });
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Two strokes with the robot's mouse on the claim dialog's pad. */
    private void sign() {
        Canvas pad = robot.lookup("#claimSignature").queryAs(Canvas.class);
        stroke(pad, 60, 110, 200, 40);
        stroke(pad, 200, 40, 380, 120);
    }

    private void stroke(Canvas pad, double x1, double y1, double x2, double y2) {
        robot.moveTo(pad.localToScreen(x1, y1));
        robot.press(MouseButton.PRIMARY);
        robot.moveTo(pad.localToScreen((x1 + x2) / 2, (y1 + y2) / 2));
        robot.moveTo(pad.localToScreen(x2, y2));
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tabThenWrite(String s) {
        robot.type(KeyCode.TAB);
        robot.write(s);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<LostItem> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
