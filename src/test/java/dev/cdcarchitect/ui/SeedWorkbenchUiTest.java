package dev.cdcarchitect.ui;

import dev.cdcarchitect.ui.fx.FxTaskExecutor;
import dev.cdcarchitect.ui.fx.FxDebouncer;
import dev.cdcarchitect.ui.design.WorkbenchViewModel;

import dev.cdcarchitect.design.DesignService;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** UI tests on the real workbench window (headless), with the seed design loading; subclasses open it at their width. */
@ExtendWith(ApplicationExtension.class)
public abstract class SeedWorkbenchUiTest {

    protected WorkbenchViewModel vm;
    protected WorkbenchWindow window;
    protected Stage stage;

    /** Called from the subclass's {@code @Start} method: TestFX looks for that annotation on the test class only. */
    protected void open(Stage stage, double windowWidth) {
        this.stage = stage;
        vm = new WorkbenchViewModel(new FxTaskExecutor(), new FxDebouncer(Duration.millis(50)), new DesignService());
        window = new WorkbenchWindow(vm, dev.cdcarchitect.ui.TestServices.create(), windowWidth, 900);
        stage.setScene(window.scene());
        stage.sizeToScene(); // TestFX reuses one stage across test classes: no earlier class's size carries over
        stage.show();
        vm.loadSeed();
    }

    @AfterEach
    void stop() {
        vm.shutdown();
    }
}
