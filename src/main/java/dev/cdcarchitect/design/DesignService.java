package dev.cdcarchitect.design;

import dev.cdcarchitect.domain.DesignInput;
import dev.cdcarchitect.domain.DesignResult;
import dev.cdcarchitect.domain.DesignSpec;
import dev.cdcarchitect.domain.InputProblem;
import dev.cdcarchitect.domain.SpecGenerator;
import dev.cdcarchitect.domain.WhatIf;
import dev.cdcarchitect.intake.DesignInputParser;
import dev.cdcarchitect.intake.InputLimits;
import dev.cdcarchitect.rules.RuleEngine;
import dev.cdcarchitect.safety.SafetyGuard;
import dev.cdcarchitect.topology.TopologyBuilder;

/**
 * The path of one design: limits, safety guard, intake, generator, topology. The only entry point the
 * command line and the window use.
 */
public final class DesignService {

    private final SafetyGuard guard = new SafetyGuard();
    private final DesignInputParser parser = new DesignInputParser();
    private final SpecGenerator generator;
    private final TopologyBuilder topologyBuilder = new TopologyBuilder();

    public DesignService() {
        this(new RuleEngine());
    }

    public DesignService(SpecGenerator generator) {
        this.generator = generator;
    }

    /**
     * @throws dev.cdcarchitect.domain.InputProblem when the input is empty, too large, binary or names no supported engine
     */
    public DesignResult design(String sourceText, String targetText) {
        return design(sourceText, targetText, WhatIf.NONE);
    }

    /** The input as the texts state it, without what-if adjustments (the form shows and edits this one). */
    public DesignInput read(String sourceText, String targetText) {
        return parser.parse(sourceText, targetText);
    }

    /** As {@link #design(String, String)}, with live what-if adjustments applied after the text is read. */
    public DesignResult design(String sourceText, String targetText, WhatIf whatIf) {
        InputLimits.check(DesignInputParser.SOURCE_FIELD, sourceText, DesignInputParser.SOURCE_EXAMPLE);
        InputLimits.check(DesignInputParser.TARGET_FIELD, targetText, DesignInputParser.TARGET_EXAMPLE);
        DesignInput input;
        try {
            if (guard.isUnsafe(sourceText, targetText)) {
                return new DesignResult.Refusal();
            }
            input = whatIf.applyTo(parser.parse(sourceText, targetText));
        } catch (StackOverflowError tooRepetitive) {
            // A safety net: text shaped to exhaust the regex engine gets a clear answer, not a crash.
            throw new InputProblem(DesignInputParser.SOURCE_FIELD, "or target_system is too repetitive to be analysed.",
                    "Describe the systems in ordinary sentences.");
        }
        DesignSpec spec = generator.generate(input);
        return new DesignResult.Generated(input, spec, topologyBuilder.build(input, spec));
    }
}
