package com.frontdesk.settings;

import com.frontdesk.accounts.ChangePasswordPane;
import com.frontdesk.accounts.Permission;
import com.frontdesk.accounts.Session;
import com.frontdesk.accounts.SitePane;
import com.frontdesk.accounts.StaffView;
import com.frontdesk.audit.AuditLogView;
import com.frontdesk.ui.UiContext;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Settings: one tab per concern; tabs a role may not use are not shown (the services refuse anyway). */
public final class SettingsView {
    private final TabPane tabs = new TabPane();

    public SettingsView(UiContext ctx, Session session, Consumer<String> status, Consumer<String> onLanguage) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("settingsTabs");
        add(ctx.text("settings.tab.general"), new GeneralSettingsPane(ctx, session, status, onLanguage).root());
        add(ctx.text("settings.tab.site"), new SitePane(ctx, session, status).root());
        if (session.may(Permission.VIEW_STAFF)) {
            add(ctx.text("settings.tab.staff"), new StaffView(ctx, session, status).root());
        }
        if (session.may(Permission.VIEW_AUDIT_LOG)) {
            add(ctx.text("settings.tab.audit"), new AuditLogView(ctx, session).root());
        }
        add(ctx.text("settings.tab.account"), new ChangePasswordPane(ctx, session, status).root());
    }

    public Parent root() {
        return tabs;
    }

    private void add(String title, Parent content) {
        tabs.getTabs().add(new Tab(title, content));
    }
}
