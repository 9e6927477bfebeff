package com.frontdesk.parcels;

import static org.assertj.core.api.Assertions.assertThat;

import com.frontdesk.accounts.AccountService;
import com.frontdesk.accounts.Role;
import com.frontdesk.accounts.Session;
import com.frontdesk.core.Messages;
import com.frontdesk.directory.DirectoryPicker;
import com.frontdesk.directory.OccupantForm;
import com.frontdesk.directory.OccupantKind;
import com.frontdesk.directory.ParcelConsent;
import com.frontdesk.directory.Room;
import com.frontdesk.directory.RoomForm;
import com.frontdesk.testsupport.InlineTaskExecutor;
import com.frontdesk.testsupport.MutableClock;
import com.frontdesk.testsupport.OpenWorkstation;
import com.frontdesk.testsupport.TestSites;
import com.frontdesk.ui.ErrorReporter;
import com.frontdesk.ui.UiContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The deposits tab, keyboard only: a neighbour leaves keys for room 1503 (picked from the directory),
 * the resident collects them with the typed name standing for the signature; another item goes back
 * to the person who left it. The pane runs in a stage of its own.
 */
class DepositsFlowTest {
    private final MutableClock clock = MutableClock.standard();
    @RegisterExtension
    final OpenWorkstation site = OpenWorkstation.withSite(clock);

    private final FxRobot robot = new FxRobot();
    private final Messages zh = new Messages(Messages.CHINESE);
    private final List<String> statusBar = new ArrayList<>();
    private Session desk;
    private Room room;

    @BeforeEach
    void setUp() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        room = site.ws().directory().addRoom(site.admin(), new RoomForm("1", "2", null, "1503", false));
        site.ws().directory().addOccupant(site.admin(), room.id(), new OccupantForm("张三丰", OccupantKind.OWNER, null,
                List.of("13812345678"), null, ParcelConsent.YES));
        site.ws().shelves().define(site.admin(), "A1", "A区", true);
        TestSites.addStaff(site.ws(), site.admin(), "R001", "张丽", Role.RECEPTIONIST, "desk2026");
        desk = site.ws().accounts().authenticate("R001", "desk2026".toCharArray(), AccountService.Purpose.LOGIN);
        UiContext ctx = new UiContext(site.ws(), zh, new InlineTaskExecutor(), new ErrorReporter(() -> zh));
        FxToolkit.setupStage(stage -> {
            DepositsPane pane = new DepositsPane(ctx, desk, statusBar::add);
            stage.setScene(new Scene(pane.root(), 1240, 760));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void keysLeftForAResidentAreHandedOutAgainstTheTypedName() throws TimeoutException {
        robot.write("钥匙一串");
        tabThenWrite("李四");
        tabThenWrite("13800138000");
        tabThenWrite("1-2-1503");
        DirectoryPicker picker = DirectoryPicker.of(robot.lookup("#depositRecipient").query());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> picker.isShowingSuggestions() && picker.suggestions().getItems().size() > 1).get());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);   // the room, then its owner
        assertThat(picker.selected().name()).isEqualTo("张三丰");
        tabThenWrite("a1");
        robot.type(KeyCode.ENTER);

        assertThat(text("#depositMessage")).isEmpty();
        Deposit d = site.ws().deposits().held(null, 10).get(0);
        assertThat(d.recipientText()).isEqualTo("1-2-1503 · 张三丰");
        assertThat(d.shelfCode()).isEqualTo("A1");
        assertThat(text("#depositStatus")).isEqualTo(zh.get("deposit.received", d.number(), "钥匙一串", d.recipientText()));
        TableView<Deposit> held = table("#depositHeld");
        assertThat(held.getItems()).extracting(Deposit::id).containsExactly(d.id());
        assertThat(held.getColumns().get(4).getCellData(0)).as("the phone masked").isEqualTo("138****8000");

        clock.advance(Duration.ofHours(2));
        robot.clickOn("#depositHeld").type(KeyCode.HOME).type(KeyCode.ENTER);
        robot.clickOn("#depositCollectorName").write("张三丰");   // (headless Monocle gives a new window no focus)
        Button save = robot.lookup("#depositHandOutSave").queryButton();
        assertThat(save.isDisabled()).as("no signature yet").isTrue();
        robot.type(KeyCode.TAB).type(KeyCode.TAB);     // the pad, then the tick (Clear is off while the pad is empty)
        robot.type(KeyCode.SPACE);
        assertThat(save.isDisabled()).isFalse();
        robot.type(KeyCode.ENTER);

        Deposit out = site.ws().deposits().deposit(d.id()).orElseThrow();
        assertThat(out.status()).isEqualTo(DepositStatus.HANDED_OUT);
        assertThat(out.collectorName()).isEqualTo("张三丰");
        assertThat(site.ws().store().<java.util.Optional<byte[]>>read(h -> new SignatureRepository().png(h,
                out.signatureId()))).as("a typed name stores no image").isEmpty();
        assertThat(text("#depositStatus")).isEqualTo(zh.get("deposit.handedOut", d.number(), "张三丰"));
        assertThat(held.getItems()).isEmpty();
        assertThat(statusBar).hasSize(2);
    }

    @Test
    void anItemGoesBackToThePersonWhoLeftIt() {
        Deposit d = site.ws().deposits().receive(desk, new DepositForm("蛋糕", "王五", null, null, null, "装修队王师傅",
                null, null));
        robot.clickOn("#depositSearch").write("王").type(KeyCode.ENTER);
        assertThat(table("#depositHistory").getItems()).extracting(Deposit::id).containsExactly(d.id());
        robot.type(KeyCode.F5);
        robot.clickOn("#depositHeld").type(KeyCode.HOME).type(KeyCode.DELETE);
        robot.clickOn("#depositReturnReason").write("收件人联系不上").type(KeyCode.ENTER);

        Deposit back = site.ws().deposits().deposit(d.id()).orElseThrow();
        assertThat(back.status()).isEqualTo(DepositStatus.RETURNED);
        assertThat(back.returnReason()).isEqualTo("收件人联系不上");
        assertThat(text("#depositStatus")).isEqualTo(zh.get("deposit.givenBack", d.number(), "王五"));
        assertThat(table("#depositHeld").getItems()).isEmpty();
    }

    private void tabThenWrite(String s) {
        robot.type(KeyCode.TAB);
        robot.write(s);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<Deposit> table(String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
