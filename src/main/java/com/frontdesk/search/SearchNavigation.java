package com.frontdesk.search;

import com.frontdesk.accounts.Session;
import com.frontdesk.complaints.ComplaintsView;
import com.frontdesk.handover.HandoverView;
import com.frontdesk.parcels.ParcelsView;
import com.frontdesk.phrases.PhrasesView;
import com.frontdesk.repairs.RepairsView;
import com.frontdesk.settings.SettingsView;
import com.frontdesk.ui.Module;
import com.frontdesk.ui.UiContext;
import com.frontdesk.visitors.VisitorsView;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Parent;

/**
 * Where a search result opens: the module of its kind, shown, then told which record (each module's
 * view has one small method for it). To add a kind, add its case here.
 */
public final class SearchNavigation {
    private final UiContext ctx;
    private final Session session;
    private final Consumer<String> status;
    private final Consumer<String> onLanguage;
    private final BiConsumer<Module, Parent> show;

    /** {@code show} puts a module's view in the window, as the rail does. */
    public SearchNavigation(UiContext ctx, Session session, Consumer<String> status, Consumer<String> onLanguage,
                     BiConsumer<Module, Parent> show) {
        this.ctx = ctx;
        this.session = session;
        this.status = status;
        this.onLanguage = onLanguage;
        this.show = show;
    }

    public void open(SearchHit hit) {
        switch (hit.kind()) {
            case ROOM, OCCUPANT -> {
                SettingsView v = new SettingsView(ctx, session, status, onLanguage);
                show.accept(Module.SETTINGS, v.root());
                v.showDirectory();
            }
            case VISIT -> {
                VisitorsView v = new VisitorsView(ctx, session, status);
                show.accept(Module.VISITORS, v.root());
                v.showVisit(hit.code());
            }
            case PARCEL, DEPOSIT, LOST_ITEM -> {
                ParcelsView v = new ParcelsView(ctx, session, status);
                show.accept(Module.PARCELS, v.root());
                if (hit.kind() == SearchKind.PARCEL) {
                    v.showParcel(hit.code());
                } else {
                    v.showItems(hit.kind() == SearchKind.LOST_ITEM);
                }
            }
            case REPAIR -> {
                RepairsView v = new RepairsView(ctx, session, status);
                show.accept(Module.REPAIRS, v.root());
                v.showRepair(hit.refId(), hit.code());
            }
            case COMPLAINT -> {
                ComplaintsView v = new ComplaintsView(ctx, session, status);
                show.accept(Module.COMPLAINTS, v.root());
                v.showComplaint(hit.refId(), hit.code());
            }
            case HANDOVER_NOTE -> show.accept(Module.HANDOVER, new HandoverView(ctx, session, status).root());
            case PHRASE -> {
                PhrasesView v = new PhrasesView(ctx, session, status);
                show.accept(Module.PHRASES, v.root());
                v.showPhrase(hit.refId(), hit.code());
            }
        }
    }
}
