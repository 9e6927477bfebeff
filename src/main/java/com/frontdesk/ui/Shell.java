package com.frontdesk.ui;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.IdleTimer;
import com.frontdesk.accounts.LoginView;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SetupWizardView;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Messages;
import com.frontdesk.core.TaskExecutor;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Owns the stage and decides what it shows: the first-start wizard, the sign-in, or the main
 * window; locks the main window when the desk is left idle; takes the daily backup.
 */
public final class Shell {
    private static final Duration HOUSEKEEPING_PERIOD = Duration.seconds(30);

    private final Workstation workstation;
    private final TaskExecutor executor;
    private final Stage stage;
    private final ErrorReporter errors;
    private final IdleTimer idle;
    private final Timeline housekeeping;
    private Messages messages;
    private Scene scene;
    private MainWindow mainWindow;
    private Session session;
    private LocalDate lastBackupCheck;

    public Shell(Workstation workstation, TaskExecutor executor, Stage stage) {
        this.workstation = workstation;
        this.executor = executor;
        this.stage = stage;
        this.messages = useLanguage(workstation.settings().current().language());
        this.errors = new ErrorReporter(() -> messages);
        this.idle = new IdleTimer(workstation.clock(), () -> workstation.settings().current().idleLockMinutes());
        this.housekeeping = new Timeline(new KeyFrame(HOUSEKEEPING_PERIOD, e -> housekeeping()));
        housekeeping.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        errors.install();
        scene = new Scene(new StackPane(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/css/frontdesk.css")).toExternalForm());
        scene.addEventFilter(InputEvent.ANY, this::activity);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> housekeeping.stop());
        showFirstScreen();
        stage.show();
        housekeeping.play();
    }

    /** The idle check, exposed so a test can run it after moving the clock. */
    public void housekeeping() {
        if (mainWindow == null) {
            return;
        }
        mainWindow.refreshShift();
        if (!mainWindow.isLocked() && idle.expired()) {
            mainWindow.lock();
        }
        if (!today().equals(lastBackupCheck)) {
            dailyBackup();
        }
    }

    public MainWindow mainWindow() {
        return mainWindow;
    }

    private void activity(Event event) {
        idle.touch();
    }

    private UiContext context() {
        return new UiContext(workstation, messages, executor, errors);
    }

    private void showFirstScreen() {
        if (workstation.sites().isSetUp()) {
            showLogin();
        } else {
            setRoot(new SetupWizardView(context(), this::showLogin, this::changeLanguage).root());
        }
    }

    private void showLogin() {
        mainWindow = null;
        session = null;
        setRoot(new LoginView(context(), this::showMain, this::changeLanguage).root());
    }

    private void showMain(Session signedIn) {
        session = signedIn;
        Module module = mainWindow == null ? Module.DASHBOARD : mainWindow.current();
        MainWindow window = new MainWindow(context(), signedIn, this::showLogin, this::changeLanguage, this::showMain);
        mainWindow = window;
        window.show(module);
        setRoot(window.root(), () -> window.installShortcuts(scene));
        idle.touch();
        dailyBackup();
    }

    private void setRoot(Parent root) {
        setRoot(root, () -> { });
    }

    private void setRoot(Parent root, Runnable shortcuts) {
        // Screens change from inside key handlers (Enter on a default button fires through the
        // scene's accelerators); replacing them is safe only once that dispatch has finished.
        if (stage.isShowing()) {
            Platform.runLater(() -> replaceRoot(root, shortcuts));
        } else {
            replaceRoot(root, shortcuts);
        }
    }

    private void replaceRoot(Parent root, Runnable shortcuts) {
        scene.getAccelerators().clear();
        shortcuts.run();
        root.setStyle(Fonts.rootStyle());
        scene.setRoot(root);
        stage.setTitle(workstation.sites().site()
                .map(s -> messages.get("app.titleWithSite", s.name()))
                .orElse(messages.get("app.title")));
    }

    /** Saves the language and redraws the current screen in it. */
    private void changeLanguage(String tag) {
        executor.execute(() -> workstation.settings().changeLanguage(session == null ? Actor.SYSTEM : session.actor(), tag),
                saved -> {
                    messages = useLanguage(saved.language());
                    if (session != null) {
                        showMain(session);
                    } else {
                        showFirstScreen();
                    }
                },
                errors::report);
    }

    private LocalDate today() {
        return workstation.clock().instant().atZone(workstation.sites().zone()).toLocalDate();
    }

    /**
     * The JVM's default locale follows the chosen language too, so what JavaFX words by itself
     * (date pickers, built-in dialog buttons) matches the rest of the screen.
     */
    private static Messages useLanguage(String tag) {
        Messages chosen = Messages.forTag(tag);
        Locale.setDefault(chosen.locale());
        return chosen;
    }

    private void dailyBackup() {
        lastBackupCheck = today();
        executor.execute(() -> workstation.siteBackups().dailyIfDue(workstation.sites().zone()),
                made -> made.ifPresent(file -> {
                    if (mainWindow != null) {
                        mainWindow.showBackupDone(file);
                    }
                }),
                errors::report);
    }
}
