package dev.cdcarchitect.impact;

/** A change the simulator could not read; the message says what was wrong and the forms it understands. */
public final class ImpactInputException extends Exception {
    public ImpactInputException(String message) {
        super(message);
    }
}
