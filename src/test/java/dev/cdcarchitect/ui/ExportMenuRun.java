package dev.cdcarchitect.ui;

import dev.cdcarchitect.export.ExportFormat;
import dev.cdcarchitect.ui.export.ExportViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks one Export menu item with the file dialog answered by the test, and waits until the export is done.
 *
 * @param asked     the format the dialog was opened for
 * @param suggested the name it suggested
 * @param message   the export message shown afterwards
 */
record ExportMenuRun(ExportFormat asked, String suggested, String message) {

    static ExportMenuRun click(FxRobot robot, WorkbenchWindow window, String item, Path out) throws Exception {
        FxWait.until(30, () -> window.controller().export() != null && !robot.lookup("#exportMenu").query().isDisabled());
        AtomicReference<ExportFormat> asked = new AtomicReference<>();
        AtomicReference<String> suggested = new AtomicReference<>();
        robot.interact(() -> window.controller().exportMenu().useChooser((format, initial, name) -> {
            asked.set(format);
            suggested.set(name);
            return Optional.of(out);
        }));
        robot.clickOn("#exportMenu");
        robot.clickOn(item);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.controller().export().state.get() == ExportViewModel.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        return new ExportMenuRun(asked.get(), suggested.get(), robot.lookup("#exportMessage").queryAs(Label.class).getText());
    }
}
