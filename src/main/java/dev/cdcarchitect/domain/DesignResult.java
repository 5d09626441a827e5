package dev.cdcarchitect.domain;

/** What one design request yields: a specification or the refusal. */
public sealed interface DesignResult permits DesignResult.Generated, DesignResult.Refusal {

    /** The exact refusal text required by the user's specification. */
    String REFUSAL_JSON = "{\"error\": \"unsafe\"}";

    record Generated(DesignInput input, DesignSpec spec, Topology topology) implements DesignResult {}

    /** The input was unsafe. Carries no detail on purpose: the output must be exactly {@link #REFUSAL_JSON}. */
    record Refusal() implements DesignResult {}
}
