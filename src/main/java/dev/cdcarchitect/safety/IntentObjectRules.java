package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.ThreatCategory.CONSENT_EVASION;
import static dev.cdcarchitect.safety.ThreatCategory.COVERT_SURVEILLANCE;
import static dev.cdcarchitect.safety.ThreatCategory.DESTRUCTION;
import static dev.cdcarchitect.safety.ThreatCategory.PRIVACY_VIOLATION;
import static dev.cdcarchitect.safety.ThreatCategory.PROMPT_EXTRACTION;
import static dev.cdcarchitect.safety.ThreatCategory.RULE_OVERRIDE;
import static dev.cdcarchitect.safety.ThreatCategory.SECRET_EXFILTRATION;
import static dev.cdcarchitect.safety.DestructionWords.*;
import static dev.cdcarchitect.safety.ExfiltrationWords.*;
import static dev.cdcarchitect.safety.PrivacyWords.*;
import static dev.cdcarchitect.safety.PromptWords.*;

import java.util.List;

/**
 * The threats as intent × object within one sentence, in the languages the README lists; the words of each family
 * of threats live in their own class ({@link DestructionWords}, {@link ExfiltrationWords}, {@link PrivacyWords},
 * {@link PromptWords}). Intents are word stems found at the start of a word; objects are
 * regular expressions (without a leading word boundary for stems, none at all for CJK). The vocabulary is small on
 * purpose: each list names a kind of thing, so that a new phrasing of the same intent is still caught.
 */
final class IntentObjectRules {

    private IntentObjectRules() {}

    static final List<ThreatRule> ALL = List.of(
            IntentObjectRule.unless(DESTRUCTION, DESTROY, ROUTINE, EVERYTHING, INFRASTRUCTURE),
            IntentObjectRule.unless(SECRET_EXFILTRATION, READ_OUT, RESTRICTED, SECRET_FILE).withCues(SECRET_FILE_CUES),
            IntentObjectRule.unless(SECRET_EXFILTRATION, READ_OUT, "\\b(?:never|not|no|vault|secrets manager|"
            + "key vault)\\b", SECRET, READOUT_PLACE),
            IntentObjectRule.of(SECRET_EXFILTRATION, TRANSFER, DATA, OUTSIDE),
            IntentObjectRule.of(SECRET_EXFILTRATION, TRANSFER, DATA, CONCEAL),
            IntentObjectRule.of(CONSENT_EVASION, KEEP_FROM, GUARDIAN),
            IntentObjectRule.of(CONSENT_EVASION, EVADE, CONSENT),
            IntentObjectRule.unless(CONSENT_EVASION, DESPITE, CONSENT_KEPT, NO_CONSENT),
            IntentObjectRule.of(COVERT_SURVEILLANCE, WATCH, CONCEAL, PEOPLE),
            IntentObjectRule.of(PROMPT_EXTRACTION, REPEAT, GIVEN_TEXT),
            IntentObjectRule.unless(RULE_OVERRIDE, IGNORE, IGNORE_NEGATED, INSTRUCTIONS),
            IntentObjectRule.unless(PRIVACY_VIOLATION, REIDENTIFY, PREVENTED, ANONYMISED_OR_PEOPLE),
            IntentObjectRule.unless(PRIVACY_VIOLATION, WHO_IS_WHO, PREVENTED, EACH_PERSON),
            IntentObjectRule.unless(PRIVACY_VIOLATION, LINK, PREVENTED, ANONYMISED_OR_PEOPLE, IDENTIFYING_SOURCE),
            IntentObjectRule.of(CONSENT_EVASION, SWITCH_OFF, AUDIT_TRAIL, UNTRACEABLE),
            IntentObjectRule.unless(SECRET_EXFILTRATION, TRANSFER, "\\b(?:never|not|no|excluded|dropped|removed)\\b",
                    CREDENTIAL_COLUMN, IN_THE_CLEAR));
}
