package dev.cdcarchitect.rehearse.contract;

import dev.cdcarchitect.rehearse.check.Check;

/** Builds a contract's check lines so every failure names the file, the setting, the first failing record and the fix. */
final class Finding {

    private Finding() {}

    static Check pass(ExportedSink sink, String aspect, String evidence, String docUrl) {
        return new Check(sink.checkName(aspect), true, evidence + " (" + docUrl + ")");
    }

    /**
     * @param firstFailing the first record that shows the problem, or null when the setting alone is wrong
     */
    static Check fail(ExportedSink sink, String aspect, String setting, String problem, Passage firstFailing, String fix, String docUrl) {
        String record = firstFailing == null ? "" : "; first failing record: " + firstFailing.describe();
        return new Check(sink.checkName(aspect), false, sink.file() + ", " + setting + ": " + problem + record + ". Fix: " + fix
                + " (see " + docUrl + ")");
    }

    /** What a contract could not check on this machine: visible in the report, never counted as proven. */
    static Check notRun(ExportedSink sink, String aspect, String why) {
        return new Check(sink.checkName(aspect) + " (NOT RUN)", true, "not run: " + why);
    }
}
