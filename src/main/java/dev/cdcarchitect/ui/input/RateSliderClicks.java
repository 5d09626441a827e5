package dev.cdcarchitect.ui.input;

import dev.cdcarchitect.ui.design.WhatIfSteps;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Ties the what-if rate slider (a stop's position) to the view model's factor; a double-click resets to 1.00x.
 * After a click on the slider the redesign is held for the double-click time: the first click of a double-click
 * moves the thumb, and redesigning for it at once kept the FX thread busy redrawing spec and diagram, so the second
 * click could come after the double-click time, counted as a new single click, and the reset was lost (and a design
 * for a factor nobody wanted was drawn). The factor itself follows the thumb at once, as before.
 */
final class RateSliderClicks {

    /** JavaFX's double-click time on Linux and in Monocle (500 ms): a second click later is a new click. */
    static final Duration DOUBLE_CLICK_TIME = Duration.millis(500);

    private final Slider slider;
    private final DoubleProperty factor;
    private final Consumer<Boolean> holdRedesign;
    private final PauseTransition settle = new PauseTransition(DOUBLE_CLICK_TIME);

    private RateSliderClicks(Slider slider, DoubleProperty factor, Consumer<Boolean> holdRedesign) {
        this.slider = slider;
        this.factor = factor;
        this.holdRedesign = holdRedesign;
    }

    /** {@code holdRedesign}: true holds the view model's redesign, false releases it (running what was held). */
    static void bind(Slider slider, DoubleProperty factor, Consumer<Boolean> holdRedesign) {
        new RateSliderClicks(slider, factor, holdRedesign).install();
    }

    private void install() {
        slider.setMin(0);
        slider.setMax(WhatIfSteps.last());
        slider.setValue(WhatIfSteps.nearest(factor.get()));
        slider.valueProperty().addListener((obs, old, position) -> {
            // A factor between stops (a project's 8.54) stays until the thumb is moved to another stop.
            if (WhatIfSteps.nearest(factor.get()) != Math.round(position.doubleValue())) {
                factor.set(WhatIfSteps.factorAt(position.doubleValue()));
            }
        });
        factor.addListener((obs, old, now) -> slider.setValue(WhatIfSteps.nearest(now.doubleValue())));
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            settle.stop();
            holdRedesign.accept(true);
        });
        // A drag is no click: release the hold at once, so the design follows the thumb live while it moves.
        slider.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> holdRedesign.accept(false));
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.isStillSincePress()) settle.playFromStart(); // a click: a second one may follow
            else holdRedesign.accept(false); // the end of a drag: no double-click can follow
        });
        settle.setOnFinished(e -> holdRedesign.accept(false));
        slider.setOnMouseClicked(e -> {
            if (e.getClickCount() != 2) return;
            settle.stop();
            factor.set(1);
            slider.setValue(WhatIfSteps.asStated()); // the first click moved the thumb even when the factor was 1
            holdRedesign.accept(false);
        });
    }
}
