package dev.cdcarchitect.ui.checks;

import dev.cdcarchitect.connect.ConnectUrl;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.rehearse.Rehearsal;
import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The "Check" menu: "Rehearse…" (Shortcut+Shift+R) runs the design on real local components, "Validate on
 * Connect…" (Shortcut+Shift+K) sends its connector configs to a Connect cluster's config/validate. Both run off the
 * FX thread in a {@link CheckRunView}. Without a design the items are disabled and a third item says why.
 */
public final class ChecksMenu {

    private final CheckRunViewModel run;
    private final Supplier<DesignResult.Generated> design;
    private final Supplier<Window> owner;
    private RehearsalRunner rehearsal = new Rehearsal()::run;
    private CheckPrompts prompts;
    private CheckRunView view;
    private String lastConnectUrl = "http://localhost:8083";

    public ChecksMenu(MenuButton menu, CheckRunViewModel run, Supplier<DesignResult.Generated> design, ObservableBooleanValue hasDesign,
                      Supplier<Window> owner) {
        this.run = run;
        this.design = design;
        this.owner = owner;
        this.prompts = new FxCheckPrompts(owner);
        BooleanBinding noDesign = javafx.beans.binding.Bindings.createBooleanBinding(() -> !hasDesign.get(), hasDesign);
        BooleanBinding blocked = noDesign.or(run.state.isEqualTo(CheckRunViewModel.State.RUNNING));
        MenuItem rehearse = new MenuItem("Rehearse on local components…");
        rehearse.setId("check-rehearse");
        rehearse.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+R"));
        rehearse.disableProperty().bind(blocked);
        rehearse.setOnAction(e -> rehearse());
        MenuItem validate = new MenuItem("Validate on Connect…");
        validate.setId("check-validate");
        validate.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+K"));
        validate.disableProperty().bind(blocked);
        validate.setOnAction(e -> validateOnConnect());
        MenuItem why = new MenuItem("Needs a design: the input is refused or incomplete, fix it first");
        why.setId("check-needs-design");
        why.setDisable(true);
        why.visibleProperty().bind(noDesign);
        menu.getItems().setAll(rehearse, validate, new SeparatorMenuItem(), why);
    }

    /** Tests put a fake rehearsal behind the menu. */
    public void useRehearsal(RehearsalRunner replacement) {
        rehearsal = replacement;
    }

    /** Tests answer the dialogs themselves. */
    public void usePrompts(CheckPrompts replacement) {
        prompts = replacement;
    }

    public CheckRunViewModel run() {
        return run;
    }

    /** FX thread. */
    public void rehearse() {
        DesignResult.Generated current = design.get();
        if (current == null || run.isRunning()) return;
        view().show();
        run.start("Rehearsal", CheckJobs.rehearsal(rehearsal, current));
    }

    /** FX thread: asks for the URL (the only blocking step), then validates off the FX thread. */
    public void validateOnConnect() {
        DesignResult.Generated current = design.get();
        if (current == null || run.isRunning()) return;
        prompts.connectUrl(lastConnectUrl).ifPresent(url -> {
            try {
                lastConnectUrl = ConnectUrl.parse(url).shown(); // remembered without the login
            } catch (IllegalArgumentException e) {
                // the job reports the same message in the check window
            }
            view().show();
            run.start("Validation on Kafka Connect", CheckJobs.validation(url, current));
        });
    }

    private CheckRunView view() {
        if (view == null) view = new CheckRunView(run, owner.get(), this::saveReport);
        return view;
    }

    private void saveReport() {
        String name = run.title.get().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-report.md";
        prompts.reportFile(name).ifPresent(file -> {
            try {
                Files.writeString(file, run.report());
                run.log.add("Report saved to " + file);
            } catch (IOException e) {
                run.log.add("The report could not be saved to " + file + " (" + e.getMessage() + "). Choose another folder.");
            }
        });
    }

    /** The check window, once it was opened (tests). */
    public javafx.stage.Stage window() {
        return view == null ? null : view.stage();
    }
}
