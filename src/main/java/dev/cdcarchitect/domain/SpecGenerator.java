package dev.cdcarchitect.domain;

/** Turns a safe, parsed input into a specification (the rule engine, later also an LLM). */
public interface SpecGenerator {
    DesignSpec generate(DesignInput input);
}
