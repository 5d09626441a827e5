package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.ThreatCategory.DESTRUCTION;
import static dev.cdcarchitect.safety.ThreatCategory.PRIVACY_VIOLATION;
import static dev.cdcarchitect.safety.ThreatCategory.RULE_OVERRIDE;
import static dev.cdcarchitect.safety.ThreatCategory.SHELL_COMMAND;
import static dev.cdcarchitect.safety.ThreatCategory.SQL_INJECTION;

import java.util.List;

/**
 * The attack forms the guard knows, written against normalised (lower-case, single-spaced) text. They
 * match attack syntax and intent, not bare keywords: "DELETE-heavy", "TRUNCATE propagation",
 * "DROP COLUMN DDL" and a table called {@code drop_events} stay safe.
 */
final class ThreatPatterns {

    private static final String IDENT = "[\\w.\"`\\[\\]]+";
    private static final String SENSITIVE = "(?:passwords?|credentials?|secrets?|api[ -]?keys?|private keys?|access keys?|tokens?"
            + "|ssns?|social security numbers?|credit cards?|card numbers?|cvvs?|pii|personal data|customer data|user data"
            + "|emails?|email addresses|medical records|health records|patient data|phone numbers)";
    private static final String ERASURE_CONTEXT = "on request|upon request|erasure|gdpr|ccpa|data subject|forgotten"
            + "|of (?:a|the|each|one) (?:user|customer|person|subject)|(?:user|customer)'s|older than|expired|retention|after \\d+"
            + "|\\b(?:not|never|no|n't)\\s+(?:\\w+\\s+)?(?:drop|delete|wipe|destroy|erase|nuke|purge|remove|shut|take|terminate|corrupt|overwrite|trash)";

    static final List<ThreatPattern> ALL = List.of(
            // SQL injection syntax
            ThreatPattern.of(SQL_INJECTION, "'\\s*(?:or|and)\\s+'?(\\w+)'?\\s*(?:=|like)\\s*'?\\1\\b"),
            ThreatPattern.of(SQL_INJECTION, "\\bor\\s+1\\s*=\\s*1\\b|\\bor\\s+true\\s*--"),
            ThreatPattern.of(SQL_INJECTION, "\\bunion\\s+(?:all\\s+)?select\\b"),
            ThreatPattern.of(SQL_INJECTION, "\\w'\\s*\\)?\\s*(?:;|--|#|/\\*)"),
            ThreatPattern.of(SQL_INJECTION, ";\\s*(?:drop\\s+(?:table|database|schema|user|view|index|keyspace|collection)|delete\\s+from"
                    + "|truncate\\s+(?:table\\s+)?" + IDENT + "|update\\s+" + IDENT + "\\s+set|insert\\s+into|alter\\s+(?:user|system|role)"
                    + "|grant\\s+\\w+|revoke\\s+\\w+|shutdown\\b|exec(?:ute)?\\s*(?:\\(|xp_|sp_|master\\.)|declare\\s+@)"),
            ThreatPattern.of(SQL_INJECTION, "^\\s*(?:drop\\s+(?:table|database|schema|user|keyspace|collection|tablespace)"
                    + "|truncate\\s+table|delete\\s+from)\\s+" + IDENT),
            ThreatPattern.of(SQL_INJECTION, "\\bdrop\\s+(?:table|database|schema|user|keyspace|collection|tablespace)\\s+(?:if\\s+exists\\s+)?"
                    + IDENT + "\\s*(?:;|--|$|\\bcascade\\b)"),
            ThreatPattern.of(SQL_INJECTION, "\\bdelete\\s+from\\s+" + IDENT + "\\s*(?:;|--|$|where\\s+1\\s*=\\s*1)"),
            ThreatPattern.of(SQL_INJECTION, "\\btruncate\\s+table\\s+" + IDENT + "\\s*(?:;|--)"),
            ThreatPattern.of(SQL_INJECTION, "xp_cmdshell|sp_oacreate|load_file\\s*\\(|into\\s+(?:out|dump)file|\\bpg_sleep\\s*\\("
                    + "|waitfor\\s+delay|\\bbenchmark\\s*\\(\\s*\\d|dbms_pipe|\\bsleep\\s*\\(\\s*\\d+\\s*\\)\\s*(?:--|#)"),

            // Shell commands and code execution
            ThreatPattern.of(SHELL_COMMAND, "\\brm\\s+(?:-{1,2}[a-z-]+\\s+)*(?:-[a-z]*[rf][a-z]*|--recursive|--force)\\b|\\brm\\s+-\\w*\\s*/"),
            ThreatPattern.of(SHELL_COMMAND, "\\bmkfs(?:\\.\\w+)?\\b|\\bdd\\s+if=|:\\(\\)\\s*\\{\\s*:\\s*\\|\\s*:\\s*&\\s*\\}\\s*;\\s*:"),
            ThreatPattern.of(SHELL_COMMAND, "\\b(?:curl|wget)\\b[^|\\n]{0,200}\\|\\s*(?:sudo\\s+)?(?:ba|z|da|k)?sh\\b"),
            ThreatPattern.of(SHELL_COMMAND, "\\bchmod\\s+(?:-r\\s+)?[0-7]{3,4}\\s+/|\\bchown\\s+-r\\s+\\w+\\s+/|\\bsudo\\s+\\w"),
            ThreatPattern.of(SHELL_COMMAND, "/bin/(?:ba|z|da|k)?sh\\b|\\b(?:bash|sh|zsh|powershell|pwsh|cmd(?:\\.exe)?)\\s+(?:-c|/c|-enc\\w*|-command)\\b"),
            ThreatPattern.of(SHELL_COMMAND, "\\$\\(\\s*(?:rm|curl|wget|cat|nc|ncat|bash|sh|python\\d?|perl|ruby|chmod|sudo|echo|whoami|id|uname|env|base64)\\b"),
            ThreatPattern.of(SHELL_COMMAND, "`\\s*(?:rm|curl|wget|cat|nc|ncat|bash|sh|python\\d?|perl|ruby|chmod|sudo|whoami|uname|base64)\\s[^`]*`"),
            ThreatPattern.of(SHELL_COMMAND, "\\bn(?:c|cat)\\s+(?:-\\w*e\\b|[\\w.]+\\s+\\d+\\s+-e)|>\\s*/dev/(?:sd|nvme|hd|xvd)|/etc/(?:passwd|shadow|sudoers)"),
            ThreatPattern.of(SHELL_COMMAND, "\\beval\\s*\\(|\\bos\\.system\\s*\\(|\\bsubprocess\\.|runtime\\.getruntime\\(\\)\\.exec|child_process"
                    + "|invoke-expression|\\biex\\s*\\(|\\$\\{jndi:|<\\s*script\\b|javascript:|\\bon(?:error|load)\\s*="),
            ThreatPattern.of(SHELL_COMMAND, "\\bshutdown\\s+(?:-[hr]|now|/s)|\\bkill\\s+-9\\s+-?1\\b|\\bkillall\\b|\\bpkill\\b|\\bformat\\s+c:"
                    + "|\\bdel\\s+/[sfq]|\\brmdir\\s+/s|\\breboot\\s+(?:now|-f)"),
            ThreatPattern.of(SHELL_COMMAND, "\\b(?:execute|run)\\s+(?:this\\s+|the\\s+following\\s+)?(?:shell\\s+)?(?:command|script|rm|sudo|bash|curl|wget)\\b"),

            // Requests to destroy infrastructure or data
            ThreatPattern.unless(DESTRUCTION,
                    "\\b(?:drop|delete|wipe|destroy|erase|nuke|purge|remove|shut ?down|take down|terminate|corrupt|encrypt|ransom|sabotage|brick|overwrite|trash)"
                            + "\\s+(?:all|every|the|our|your|their|entire|whole|production|prod|live)(?:\\s+[\\w-]+){0,3}?\\s+"
                            + "(?:databases?|dbs?|clusters?|servers?|infrastructure|backups?|brokers?|nodes?|instances?|data ?cent(?:er|re)s?"
                            + "|buckets?|disks?|volumes?|everything|production|environments?|tables|topics|replicas|snapshots|data(?:base)?|records)\\b",
                    ERASURE_CONTEXT),
            ThreatPattern.of(DESTRUCTION, "\\b(?:wipe|destroy|nuke|sabotage|brick|corrupt)\\s+(?:it|them|everything|all)\\b"
                    + "|\\b(?:irreversibly|permanently) (?:destroy|wipe|corrupt)|\\bransomware\\b|\\bdelete everything\\b"),
            ThreatPattern.of(DESTRUCTION, "\\b(?:disable|turn off|stop|delete)\\s+(?:all\\s+)?(?:the\\s+)?backups\\b\\s+(?:and|then|so)"),

            // Privacy violations: exfiltration and covert surveillance
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:send|exfiltrate|leak|dump|copy|forward|upload|post|export|sell|share|publish|stream|mirror|replicate|ship|email)"
                    + "(?:\\s+[\\w'-]+){0,6}?\\s+" + SENSITIVE + "\\b[^.;!?\\n]{0,80}?\\b(?:to|into|onto|on|with)\\s+(?:an?\\s+|the\\s+)?"
                    + "(?:external|personal|my|attacker|public|pastebin|unauthori[sz]ed|outside|competitors?|gmail"
                    + "|dropbox|telegram|discord|webhook|ftp|anonymous|hidden|secret|dark ?web|buyers?|advertisers?|data brokers?)"),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:exfiltrate|steal|harvest|scrape|crack|brute[ -]?force|sniff)\\s+(?:\\w+\\s+){0,3}?" + SENSITIVE),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\bsell\\s+(?:the\\s+|our\\s+|their\\s+)?(?:\\w+\\s+){0,2}?(?:data|pii|records|profiles|emails)\\b"),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:secretly|covertly|surreptitiously|quietly|silently)\\s+(?:track|monitor|collect|capture|record|log|copy|spy|harvest|profile|watch|read)"
                    + "|\\bcovert(?:ly)?\\s+(?:surveillance|tracking|monitoring|collection)|\\bspy(?:ing)? on\\b"),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:track|monitor|surveil|profile|record|watch|collect|capture|log)\\b[^.;!?\\n]{0,60}?"
                    + "\\bwithout\\s+(?:their|the user'?s?|the customer'?s?|any|user|customer|employee)?\\s*(?:knowledge|consent|telling|informing|notice|noticing|permission)"),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:bypass|circumvent|evade|get around|work around|ignore|violate|defeat)\\s+(?:the\\s+|any\\s+|all\\s+)?"
                    + "(?:gdpr|ccpa|hipaa|consent|privacy|data protection|opt[ -]?outs?|right to erasure|erasure requests|deletion requests|pii masking|masking|anonymi[sz]ation)\\b"),
            ThreatPattern.of(PRIVACY_VIOLATION, "\\b(?:de-?anonymi[sz]e|re-?identify|unmask)\\s+(?:the\\s+)?(?:users|customers|patients|people|individuals|data)"
                    + "|\\bdo not honou?r\\s+(?:deletion|erasure|opt[ -]?out)"),

            // Attempts to override the rules or reveal the prompt
            ThreatPattern.of(RULE_OVERRIDE, "\\b(?:ignore|disregard|forget|override|bypass|skip|abandon)\\s+(?:all\\s+|any\\s+|the\\s+|your\\s+|these\\s+|those\\s+"
                    + "|previous\\s+|prior\\s+|above\\s+|earlier\\s+|preceding\\s+|system\\s+|safety\\s+|security\\s+){0,3}"
                    + "(?:instructions?|rules|guidelines|constraints|directives|prompts?|guardrails|restrictions|polic(?:y|ies)|programming)\\b"
                    + "(?!\\s*(?:table|tables|schema|collection|topic|column|engine|file)\\b)"),
            ThreatPattern.of(RULE_OVERRIDE, "\\byou are (?:now|no longer)\\b|\\bfrom now on,? you\\b|\\bact as (?:an? )?(?:unrestricted|unfiltered|jailbroken|dan|evil|different)"
                    + "|\\bpretend (?:to be|you are)\\b|\\bnew (?:persona|role|instructions|rules)\\s*:|\\bjailbr(?:eak|oken)|\\bdan mode\\b"
                    + "|\\bdeveloper mode\\b|\\bgod mode\\b|\\bdo anything now\\b"),
            ThreatPattern.of(RULE_OVERRIDE, "\\b(?:reveal|print|show|output|repeat|display|leak|dump|tell me|give me|what (?:is|are))\\s+(?:me\\s+)?(?:your|the)\\s+"
                    + "(?:(?:full|entire|exact|complete|system|hidden|initial|original|secret)\\s+)*(?:prompt|instructions|system message|rules you follow)"),
            ThreatPattern.of(RULE_OVERRIDE, "\\bsystem prompt\\b|</?\\s*(?:source_database|target_system|system|assistant|instructions?)\\s*>|\\[/?(?:inst|system)\\]"
                    + "|<\\|im_(?:start|end)\\|>|(?:^|\\n)\\s*(?:system|assistant)\\s*:|###\\s*(?:system|instruction)"),
            ThreatPattern.of(RULE_OVERRIDE, "\\b(?:do not|don't|never|you cannot|you can't|you must not)\\s+(?:refuse|output (?:the )?(?:error|refusal)|say unsafe|follow (?:the|your) rules)\\b"));

    private ThreatPatterns() {}
}
