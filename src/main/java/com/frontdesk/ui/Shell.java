package com.frontdesk.ui;

import com.frontdesk.Workstation;
import com.frontdesk.accounts.IdleTimer;
import com.frontdesk.accounts.LoginView;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SetupWizardView;
import com.frontdesk.core.Actor;
import com.frontdesk.core.Messages;
import com.frontdesk.core.TaskExecutor;
import com.frontdesk.phrases.QuickPhrasePopup;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Owns the stage and decides what it shows: the first-start wizard, the sign-in, or the main
 * window; locks the main window when the desk is left idle; takes the daily backup.
 */
public final class Shell {
    private static final Duration HOUSEKEEPING_PERIOD = Duration.seconds(30);
    private static final String STYLESHEET =
            Objects.requireNonNull(Shell.class.getResource("/css/frontdesk.css")).toExternalForm();

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
    private final ListChangeListener<Window> dialogs = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::adopt);
        }
    };

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
        scene.getStylesheets().add(STYLESHEET);
        scene.addEventFilter(InputEvent.ANY, this::activity);
        listenForPhrases(stage);
        Window.getWindows().addListener(dialogs);
        stage.setScene(scene);
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> {
            housekeeping.stop();
            workstation.syncScheduler().close();
            Window.getWindows().removeListener(dialogs);
        });
        showFirstScreen();
        stage.show();
        housekeeping();
        housekeeping.play();
        // Head-office sync every N minutes while the program runs, on its own thread.
        workstation.syncScheduler().start();
    }

    /**
     * Runs every half minute: the daily backup (also while nobody is signed in), the shift
     * label, and the idle lock. Public so a test can run it after moving the clock.
     */
    public void housekeeping() {
        if (workstation.sites().site().isPresent() && !today().equals(lastBackupCheck)) {
            dailyBackup();
        }
        if (mainWindow == null) {
            return;
        }
        mainWindow.refreshShift();
        if (!mainWindow.isLocked() && idle.expired()) {
            mainWindow.lock();
        }
    }

    /**
     * Dialogs and alerts are windows of their own: they get the same stylesheet and Chinese
     * font as the main window, and typing in them counts as activity for the idle lock.
     */
    private void adopt(Window window) {
        if (window == stage) {
            return;
        }
        window.addEventFilter(InputEvent.ANY, this::activity);
        listenForPhrases(window);
        Scene dialogScene = window.getScene();
        if (dialogScene != null) {
            dialogScene.getStylesheets().add(STYLESHEET);
            dialogScene.getRoot().setStyle(Fonts.rootStyle());
        }
    }

    /** Ctrl+/ opens the phrase popup from a text field of any window while someone is signed in. */
    private void listenForPhrases(Window window) {
        window.addEventFilter(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, QuickPhrasePopup::trackComposition);
        window.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (mainWindow != null && !mainWindow.isLocked()) {
                mainWindow.quickPhrases().onKey(e);
            }
        });
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
        executor.execute(workstation.sites()::isSetUp, setUp -> {
            if (setUp) {
                showLogin();
            } else {
                setRoot(new SetupWizardView(context(), this::showLogin, this::changeLanguage).root());
            }
        }, errors::report);
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
