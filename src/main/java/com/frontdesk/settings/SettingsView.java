package com.frontdesk.settings;

import com.frontdesk.accounts.ChangePasswordPane;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SitePane;
import com.frontdesk.accounts.StaffView;
import com.frontdesk.audit.AuditLogView;
import com.frontdesk.complaints.ComplaintSettingsPane;
import com.frontdesk.directory.DirectoryView;
import com.frontdesk.handover.HandoverSettingsPane;
import com.frontdesk.parcels.ParcelSettingsPane;
import com.frontdesk.repairs.RepairSettingsPane;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.VisitorSettingsPane;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Settings: one tab per concern; tabs a role may not use are not shown (the services refuse
 * anyway). A tab's page is built each time it is opened, so lists such as the audit log are current.
 */
public final class SettingsView {
    private final TabPane tabs = new TabPane();
    private final Tab directoryTab;
    private final Map<Tab, Supplier<Parent>> pages = new HashMap<>();

    public SettingsView(UiContext ctx, Session session, Consumer<String> status, Consumer<String> onLanguage) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settingsTabs");
        add(ctx.text("settings.tab.general"), () -> new GeneralSettingsPane(ctx, session, status, onLanguage).root());
        add(ctx.text("settings.tab.site"), () -> new SitePane(ctx, session, status).root());
        // Every role may look people up; the view offers editing only to roles that may edit.
        directoryTab = add(ctx.text("settings.tab.directory"), () -> new DirectoryView(ctx, session, status).root());
        if (session.may(Permission.MANAGE_VISITOR_SAFETY) || session.may(Permission.EDIT_SETTINGS)) {
            add(ctx.text("settings.tab.visitors"), () -> new VisitorSettingsPane(ctx, session, status).root());
        }
        // Administrators change the parcel room's numbers and shelves; shift leads read them.
        if (session.may(Permission.EDIT_SETTINGS) || session.may(Permission.CORRECT_PARCELS)) {
            add(ctx.text("settings.tab.parcels"), () -> new ParcelSettingsPane(ctx, session, status).root());
        }
        if (session.may(Permission.EDIT_SETTINGS) || session.may(Permission.CLOSE_REPAIRS)) {
            add(ctx.text("settings.tab.repairs"), () -> new RepairSettingsPane(ctx, session, status).root());
        }
        if (session.may(Permission.EDIT_SETTINGS) || session.may(Permission.CLOSE_COMPLAINTS)) {
            add(ctx.text("settings.tab.complaints"), () -> new ComplaintSettingsPane(ctx, session, status).root());
        }
        // The handover is run by the shift lead, who reads the checklists; administrators change them.
        if (session.may(Permission.EDIT_SETTINGS) || session.may(Permission.CLOSE_COMPLAINTS)) {
            add(ctx.text("settings.tab.handover"), () -> new HandoverSettingsPane(ctx, session, status).root());
        }
        if (session.may(Permission.VIEW_STAFF)) {
            add(ctx.text("settings.tab.staff"), () -> new StaffView(ctx, session, status).root());
        }
        if (session.may(Permission.VIEW_AUDIT_LOG)) {
            add(ctx.text("settings.tab.audit"), () -> new AuditLogView(ctx, session).root());
        }
        add(ctx.text("settings.tab.account"), () -> new ChangePasswordPane(ctx, session, status).root());
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> open(now));
        open(tabs.getSelectionModel().getSelectedItem());
    }

    public Parent root() {
        return tabs;
    }

    /** Opens the unit directory's tab (the global search's Enter on a room or a person). */
    public void showDirectory() {
        tabs.getSelectionModel().select(directoryTab);
    }

    private Tab add(String title, Supplier<Parent> page) {
        Tab tab = new Tab(title);
        pages.put(tab, page);
        tabs.getTabs().add(tab);
        return tab;
    }

    private void open(Tab tab) {
        if (tab != null) {
            tab.setContent(pages.get(tab).get());
        }
    }
}
