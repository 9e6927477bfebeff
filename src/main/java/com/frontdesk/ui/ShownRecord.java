package com.frontdesk.ui;

import com.frontdesk.core.RecordOnScreen;
import javafx.scene.Node;

/**
 * The record a part of the screen shows, kept on that node: the repair detail and a repair's step
 * form publish their repair, the complaint's their complaint, the handover its number. Whatever
 * looks for it (the phrase popup) walks up from the focused field, so a dialog's own record wins
 * over the list behind it and a field outside any record finds none.
 */
public final class ShownRecord {
    private static final String KEY = "frontdesk.recordOnScreen";

    private ShownRecord() {
    }

    public static void publish(Node node, RecordOnScreen record) {
        node.getProperties().put(KEY, record == null ? RecordOnScreen.NONE : record);
    }

    public static void clear(Node node) {
        node.getProperties().remove(KEY);
    }

    /** The record of the nearest node around the given one that published one; {@link RecordOnScreen#NONE} if none did. */
    public static RecordOnScreen around(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            Object record = n.getProperties().get(KEY);
            if (record instanceof RecordOnScreen r) {
                return r;
            }
        }
        return RecordOnScreen.NONE;
    }
}
