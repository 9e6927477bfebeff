package com.frontdesk.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;

/**
 * The steps of a record, each one key away on a work list and a button beside its details. A
 * button shows only for a role that may take the step and is enabled only where the record's status
 * allows it. A key is never silent: a step that is not the role's, or not possible now, says why in
 * the status line, since the desk cannot see a disabled button from the list.
 *
 * @param <A> a step of the feature's transition table
 * @param <T> the record the steps act on
 */
public final class StepButtons<A, T> {
    /** What the feature knows of its steps. */
    public interface Steps<A, T> {
        boolean mayTake(A step);

        boolean allowed(A step, T record);

        /** The step as a command ("派工", "Acknowledge"). */
        String name(A step);

        /** Why the step cannot start from the record's status. */
        String refused(A step, T record);

        /** What a key says of a step the role does not take: that it is not theirs, and whose it is. */
        String notYours(A step);

        /** Opens the step's form (with {@link #open}) or takes the step. */
        void run(A step, T record);
    }

    private final Map<A, KeyCode> keys;
    private final Steps<A, T> steps;
    private final Consumer<String> say;
    private final Map<A, Button> buttons = new LinkedHashMap<>();
    private final FlowPane bar = new FlowPane(6, 6);
    private T current;
    private boolean busy;

    /**
     * @param keys     each step's key, in the order of the buttons
     * @param idPrefix a button's id is this and the step's name
     */
    public StepButtons(Map<A, KeyCode> keys, String idPrefix, Steps<A, T> steps, Consumer<String> say) {
        this.keys = new LinkedHashMap<>(keys);
        this.steps = steps;
        this.say = say;
        this.keys.forEach((a, key) -> {
            if (steps.mayTake(a)) {
                Button b = Forms.button(steps.name(a) + " (" + key.getName() + ")", idPrefix + a,
                        () -> run(a, current));
                b.setFocusTraversable(false);
                buttons.put(a, b);
                bar.getChildren().add(b);
            }
        });
        show(null);
    }

    public FlowPane bar() {
        return bar;
    }

    /** A step's form is open: the list must not reload under it. */
    public boolean busy() {
        return busy;
    }

    /** The record the buttons act on; null disables them all. */
    public void show(T record) {
        current = record;
        buttons.forEach((a, b) -> b.setDisable(record == null || !steps.allowed(a, record)));
    }

    /** Takes the step of the key, or says why not; true when the key was a step's. */
    public boolean onKey(KeyCode code, T record) {
        for (Map.Entry<A, KeyCode> e : keys.entrySet()) {
            if (e.getValue() == code) {
                A a = e.getKey();
                if (!buttons.containsKey(a)) {
                    say.accept(steps.notYours(a));
                } else if (steps.allowed(a, record)) {
                    run(a, record);
                } else {
                    say.accept(steps.refused(a, record));
                }
                return true;
            }
        }
        return false;
    }

    /** Shows a step's form; the list stays as it is until the form closes. */
    public void open(FormDialog<?> dialog) {
        busy = true;
        dialog.dialog().setOnHidden(e -> busy = false);
        dialog.show();
    }

    private void run(A step, T record) {
        if (record != null) {
            steps.run(step, record);
        }
    }
}
