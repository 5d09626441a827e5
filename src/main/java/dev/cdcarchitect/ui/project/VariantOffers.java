package dev.cdcarchitect.ui.project;

import dev.cdcarchitect.design.ComparisonService;
import dev.cdcarchitect.project.ProjectDesign;
import dev.cdcarchitect.ui.fx.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Keeps the "Duplicate as variant" menu honest: an item is shown only when its variant of the shown design would
 * design something different ("Exactly-once off" is not offered when it is already off). The check designs every
 * variant, so it runs off the FX thread when the Project menu opens and is remembered for an unchanged design.
 */
final class VariantOffers {

    private final Menu menu;
    private final MenuItem none = new MenuItem();
    private final TaskExecutor worker;
    private final ComparisonService service;
    private ProjectDesign checked;
    private List<String> offered = List.of();

    /** {@code menu}'s items carry their variant kind (one of {@code Variants.KINDS}) as user data. */
    VariantOffers(Menu menu, TaskExecutor worker, ComparisonService service) {
        this.menu = menu;
        this.worker = worker;
        this.service = service;
        none.setDisable(true);
        none.setId("noVariant");
        menu.getItems().add(none);
        show(List.of(), "Checking which variants change this design…");
    }

    /** Called as the menu opens with the shown design (its unsaved edits committed). */
    void refresh(Supplier<ProjectDesign> shown) {
        ProjectDesign base = shown.get();
        if (base == null) return;
        if (base.equals(checked)) {
            show(offered, null);
            return;
        }
        show(List.of(), "Checking which variants change this design…");
        worker.submit(() -> service.variantsThatChangeSomething(base), kinds -> {
            checked = base;
            offered = kinds;
            show(kinds, null);
        });
    }

    private void show(List<String> kinds, String pending) {
        for (MenuItem item : menu.getItems()) {
            if (item != none) item.setVisible(kinds.contains(String.valueOf(item.getUserData())));
        }
        none.setText(pending != null ? pending : "No variant would change this design");
        none.setVisible(kinds.isEmpty());
    }
}
