package dev.cdcarchitect.safety;

/** One way an input is unsafe, judged on normalised text. */
interface ThreatRule {

    ThreatCategory category();

    /**
     * The fragment that shows the threat (diagnostics only), or null when the text does not have it.
     *
     * @param normalised the text and where the rules' trigger words are in it
     */
    String find(Triggers normalised);
}
