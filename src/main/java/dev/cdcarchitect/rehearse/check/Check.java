package dev.cdcarchitect.rehearse.check;

/** One checked claim of the rehearsal with what was seen. */
public record Check(String name, boolean passed, String evidence) {

    public String line() {
        return (passed ? "PASS " : "FAIL ") + name + ": " + evidence;
    }
}
