package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.ThreatCategory.CONSENT_EVASION;
import static dev.cdcarchitect.safety.ThreatCategory.COVERT_SURVEILLANCE;
import static dev.cdcarchitect.safety.ThreatCategory.DESTRUCTION;
import static dev.cdcarchitect.safety.ThreatCategory.PRIVACY_VIOLATION;
import static dev.cdcarchitect.safety.ThreatCategory.PROMPT_EXTRACTION;
import static dev.cdcarchitect.safety.ThreatCategory.RULE_OVERRIDE;
import static dev.cdcarchitect.safety.ThreatCategory.SECRET_EXFILTRATION;
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
    /** What makes a destruction request routine: erasure on request, retention, negation, a test environment. */
    static final String ERASURE_CONTEXT = "^(?!.*\\bprod).*\\b(?:test|testing|staging|dev|qa|sandbox|scratch|ci)[ -](?:environments?|envs?|databases?|dbs?|clusters?|schemas?"
            + "|resource groups?|rg|redis|caches?|disks?|projects?|namespaces?|buckets?|servers?|instances?|subscriptions?)\\b"
            + "|on request|upon request|erasure|gdpr|ccpa|data subject|forgotten"
            + "|of (?:a|the|each|one) (?:user|customer|person|subject)|(?:user|customer)'s|older than|expired|retention|after \\d+"
            + "|\\b(?:not|never|no|n't)\\s+(?:\\w+\\s+)?(?:drop|delete|wipe|destroy|erase|nuke|purge|remove|shut|take|terminate|corrupt|overwrite|trash)";

    /** Routine jobs that run DDL: "Migrations run DROP TABLE IF EXISTS tmp_import; before each load". */
    private static final String WORKLOAD_CONTEXT = "\\b(?:migrations?|jobs?|scripts?|etl|elt|loaders?|dbt|flyway|liquibase|deployments?|cron|we)"
            + " (?:\\S+ ){0,2}?(?:run|runs|execute|executes|issue|issues|perform|performs|contain|contains|emit|emits)\\b"
            + "|\\b(?:before|after) (?:each|every) (?:load|run|batch|import|deploy(?:ment)?)\\b";
    /** A destructive command line named as forbidden, or run against a test environment only. */
    private static final String FORBIDDEN_OR_TEST = "n't\\b|(?<!-)\\b(?:never|not|no|forbids?|forbidden|prohibit\\w*|blocks?|blocked|prevents?|denie[sd]|deny|disallow\\w*)\\b"
            // the same negations in the other languages the guard reads ("운영 Redis 는 절대 건드리지 않습니다")
            + "|\\b(?:nie|niemals|nicht|nunca|jamais|jamás|mai|nooit|niet|nigdy|никогда|ποτέ)\\b|절대|않|決して|絶対に|绝不|絕不|从不|從不"
            + "|" + ERASURE_CONTEXT.substring(0, ERASURE_CONTEXT.indexOf("|on request"))
            // "Redis on staging is reset with FLUSHDB": the environment named without a noun, in any language
            + "|^(?!.*\\bprod).*(?:\\b(?:on|in|for|against|de|del|di|da|do|der|des|du|auf|im|w|na|в|на) (?:the |la |el |le |o |a )?"
            + "(?:staging|test|testing|teste|prueba|pruebas|dev|qa|sandbox|ci|recette|collaudo)\\b"
            + "|\\btest(?:umgebung|system|stufe|server)\\b|스테이징|테스트|ステージング|テスト環境|测试环境|測試環境|预发|тестов\\w*)";
    /** The statement keywords an injected ';' is followed by. */
    private static final String STATEMENT = "(?:drop|delete|truncate|update|insert|alter|select|union|exec|execute|shutdown|create|grant|revoke|declare|waitfor)\\b";
    /** Options that make DDL reach further, written between the name and the ';' ("TRUNCATE TABLE x CASCADE;"). */
    private static final String DDL_OPTIONS = "(?:\\s+(?:cascade|purge|restrict|restart identity|continue identity|cascade constraints|force))*";
    /** A table name starts with a letter ("insert into ... select" names none). */
    private static final String NAME = "[a-z_\"`\\[][\\w.\"`\\[\\]]*";

    static final List<ThreatPattern> ALL = List.of(
            // SQL injection syntax
            ThreatPattern.of(SQL_INJECTION, List.of("'"), "'\\s*(?:or|and)\\s+'?(\\w+)'?\\s*(?:=|like)\\s*'?\\1\\b"),
            ThreatPattern.of(SQL_INJECTION, List.of("or 1", "or true"), "\\bor\\s+1\\s*=\\s*1\\b|\\bor\\s+true\\s*--"),
            ThreatPattern.of(SQL_INJECTION, List.of("union"), "\\bunion\\s+(?:all\\s+)?select\\b").startsWithTrigger(),
            // a closing quote then a comment, or then ';' and a statement: prose like "e.g. 'SuperWidget';" has neither
            ThreatPattern.of(SQL_INJECTION, List.of("'"), "\\w'\\s*\\)?\\s*(?:--|#|/\\*|;\\s*" + STATEMENT + ")"),
            ThreatPattern.of(SQL_INJECTION, List.of("drop", "delete", "truncate", "update", "insert", "alter", "grant", "revoke", "shutdown", "exec", "declare"), ";\\s*(?:drop\\s+(?:table|database|schema|user|view|index|keyspace|collection)|delete\\s+from"
                    + "|truncate\\s+(?:table\\s+)?(?!(?:the|a|an|all|our|its)\\b)" + IDENT + "|update\\s+" + IDENT + "\\s+set|insert\\s+into\\s+" + NAME + "|alter\\s+(?:user|system|role)"
                    + "|grant\\s+\\w+|revoke\\s+\\w+|shutdown\\b|exec(?:ute)?\\s*(?:\\(|xp_|sp_|master\\.)|declare\\s+@)"),
            ThreatPattern.of(SQL_INJECTION, List.of("drop", "truncate", "delete"), "^\\s*(?:drop\\s+(?:table|database|schema|user|keyspace|collection|tablespace)"
                    + "|truncate\\s+table|delete\\s+from)\\s+" + IDENT),
            ThreatPattern.of(SQL_INJECTION, List.of("drop"), "\\bdrop\\s+(?:table|database|schema|user|keyspace|collection|tablespace)\\s+(?:if\\s+exists\\s+)?"
                    + IDENT + "\\s*(?:--|\\bcascade\\b|\\bpurge\\b)").startsWithTrigger(),
            // a terminated DROP is a command, unless the sentence says which routine job runs it
            ThreatPattern.unless(SQL_INJECTION, List.of("drop"), "\\bdrop\\s+(?:table|database|schema|user|keyspace|collection|tablespace)\\s+"
                    + "(?:if\\s+exists\\s+)?" + IDENT + "\\s*(?:;|$)", WORKLOAD_CONTEXT).startsWithTrigger(),
            ThreatPattern.of(SQL_INJECTION, List.of("delete"), "\\bdelete\\s+from\\s+" + IDENT + "\\s*(?:;|--|$|where\\s+1\\s*=\\s*1)").startsWithTrigger(),
            ThreatPattern.of(SQL_INJECTION, List.of("truncate"), "\\btruncate\\s+table\\s+" + IDENT + DDL_OPTIONS + "\\s*(?:;|--)").startsWithTrigger(),
            ThreatPattern.of(SQL_INJECTION, List.of("xp_cmdshell", "sp_oacreate", "load_file", "outfile", "dumpfile", "pg_sleep", "waitfor", "benchmark", "dbms_pipe", "sleep"), "xp_cmdshell|sp_oacreate|load_file\\s*\\(|into\\s+(?:out|dump)file|\\bpg_sleep\\s*\\("
                    + "|waitfor\\s+delay|\\bbenchmark\\s*\\(\\s*\\d|dbms_pipe|\\bsleep\\s*\\(\\s*\\d+\\s*\\)\\s*(?:--|#)"),

            // Shell commands and code execution
            ThreatPattern.of(SHELL_COMMAND, List.of("rm"), "\\brm\\s+(?:-{1,2}[a-z-]+\\s+)*(?:-[a-z]*[rf][a-z]*|--recursive|--force)\\b|\\brm\\s+-\\w*\\s*/").startsWithTrigger(),
            ThreatPattern.of(SHELL_COMMAND, List.of("mkfs", "dd if=", ":("), "\\bmkfs(?:\\.\\w+)?\\b|\\bdd\\s+if=|:\\(\\)\\s*\\{\\s*:\\s*\\|\\s*:\\s*&\\s*\\}\\s*;\\s*:"),
            ThreatPattern.of(SHELL_COMMAND, List.of("curl", "wget"), "\\b(?:curl|wget)\\b[^|\\n]{0,200}\\|\\s*(?:sudo\\s+)?(?:ba|z|da|k)?sh\\b").startsWithTrigger(),
            ThreatPattern.of(SHELL_COMMAND, List.of("chmod", "chown", "sudo"), "\\bchmod\\s+(?:-r\\s+)?[0-7]{3,4}\\s+/|\\bchown\\s+-r\\s+\\w+\\s+/|\\bsudo\\s+\\w").startsWithTrigger(),
            ThreatPattern.of(SHELL_COMMAND, List.of("/bin/", " -c", " /c", " -enc", "\n-c", "\n/c", "\n-enc"), "/bin/(?:ba|z|da|k)?sh\\b|\\b(?:bash|sh|zsh|powershell|pwsh|cmd(?:\\.exe)?)\\s+(?:-c|/c|-enc\\w*|-command)\\b"),
            ThreatPattern.of(SHELL_COMMAND, List.of("$("), "\\$\\(\\s*(?:rm|curl|wget|cat|nc|ncat|bash|sh|python\\d?|perl|ruby|chmod|sudo|echo|whoami|id|uname|env|base64)\\b"),
            ThreatPattern.of(SHELL_COMMAND, List.of("`"), "`\\s*(?:rm|curl|wget|cat|nc|ncat|bash|sh|python\\d?|perl|ruby|chmod|sudo|whoami|uname|base64)\\s[^`]*`"),
            ThreatPattern.of(SHELL_COMMAND, List.of("nc", "/dev/", "/etc/"), "\\bn(?:c|cat)\\s+(?:-\\w*e\\b|[\\w.]+\\s+\\d+\\s+-e)|>\\s*/dev/(?:sd|nvme|hd|xvd)|/etc/(?:passwd|shadow|sudoers)"),
            ThreatPattern.of(SHELL_COMMAND, List.of("eval", "os.system", "subprocess.", "getruntime", "child_process", "invoke-expression", "iex", "${jndi:", "script", "javascript:", "onerror", "onload"), "\\beval\\s*\\(|\\bos\\.system\\s*\\(|\\bsubprocess\\.|runtime\\.getruntime\\(\\)\\.exec|child_process"
                    + "|invoke-expression|\\biex\\s*\\(|\\$\\{jndi:|<\\s*script\\b|javascript:|\\bon(?:error|load)\\s*="),
            ThreatPattern.of(SHELL_COMMAND, List.of("shutdown", "kill -9", "killall", "pkill", "format c:", "del /", "rmdir", "reboot"), "\\bshutdown\\s+(?:-[hr]|now|/s)|\\bkill\\s+-9\\s+-?1\\b|\\bkillall\\b|\\bpkill\\b|\\bformat\\s+c:"
                    + "|\\bdel\\s+/[sfq]|\\brmdir\\s+/s|\\breboot\\s+(?:now|-f)").startsWithTrigger(),
            ThreatPattern.of(SHELL_COMMAND, List.of("execute", "run"), "\\b(?:execute|run)\\s+(?:this\\s+|the\\s+following\\s+)?(?:shell\\s+)?(?:command|script|rm|sudo|bash|curl|wget)\\b").startsWithTrigger(),

            // Requests to destroy infrastructure or data
            ThreatPattern.unless(DESTRUCTION, List.of("drop", "delete", "wipe", "destroy", "erase", "nuke", "purge", "remove", "shut", "take down", "terminate", "corrupt", "encrypt", "ransom", "sabotage", "brick", "overwrite", "trash"), 
                    "\\b(?:drop|delete|wipe|destroy|erase|nuke|purge|remove|shut ?down|take down|terminate|corrupt|encrypt|ransom|sabotage|brick|overwrite|trash)"
                            + "\\s+(?:all|every|the|our|your|their|entire|whole|production|prod|live)(?:\\s+[\\w-]+){0,3}?\\s+"
                            + "(?:databases?|dbs?|clusters?|servers?|infrastructure|backups?|brokers?|nodes?|instances?|data ?cent(?:er|re)s?"
                            + "|buckets?|disks?|volumes?|everything|production|environments?|tables|topics|replicas|snapshots|data(?:base)?|records)\\b",
                    ERASURE_CONTEXT).startsWithTrigger(),
            ThreatPattern.of(DESTRUCTION, List.of("wipe", "destroy", "nuke", "sabotage", "brick", "corrupt", "ransomware", "delete everything"), "\\b(?:wipe|destroy|nuke|sabotage|brick|corrupt)\\s+(?:it|them|everything|all)\\b"
                    + "|\\b(?:irreversibly|permanently) (?:destroy|wipe|corrupt)|\\bransomware\\b|\\bdelete everything\\b"),
            // infrastructure command lines that destroy what they name, unless the sentence forbids them or names a test environment
            ThreatPattern.unless(DESTRUCTION, List.of("kubectl", "terraform", "aws", "gsutil", "gcloud", "az", "dropdb", "helm", "pulumi", "eksctl", "doctl",
                    "heroku", "shred", "wipefs", "blkdiscard", "redis-cli", "flushall", "flushdb"),
                    "\\bkubectl\\s+delete\\s+(?:-{1,2}[\\w-]+(?:=[^\\s;]+)?\\s+)*(?:ns|namespaces?|all|--all|pvc|pv|persistentvolume\\w*|statefulsets?|deployments?|crd|nodes?)\\b"
                            + "|\\b(?:terraform|pulumi)\\s+destroy\\b|\\baws\\s+s3\\s+(?:rb\\s+(?:[^\\s;]+\\s+){1,3}?--force|rm\\s+(?:[^\\s;]+\\s+){1,3}?--recursive)"
                            + "|\\baws\\s+(?:rds\\s+delete-db-\\w+|ec2\\s+terminate-instances|dynamodb\\s+delete-table)|\\bgsutil\\s+(?:-m\\s+)?(?:rm\\s+-\\w*r|rb)\\b"
                            + "|\\bgcloud\\s+(?:[^\\s;]+\\s+){1,3}delete\\b|\\baz\\s+(?:[^\\s;]+\\s+){1,3}delete\\b|\\bdropdb\\s+\\S|\\bhelm\\s+(?:uninstall|delete)\\s+\\S"
                            + "|\\baws\\s+(?:cloudformation\\s+delete-stack|eks\\s+delete-cluster|redshift\\s+delete-cluster|elasticache\\s+delete-\\w+"
                            + "|s3api\\s+delete-bucket|backup\\s+delete-\\w+|kafka\\s+delete-cluster)|\\beksctl\\s+delete\\s+cluster|\\bdoctl\\s+(?:[^\\s;]+\\s+){1,3}delete\\b"
                            + "|\\bheroku\\s+(?:apps:destroy|pg:reset)"
                            // disks overwritten and caches emptied
                            + "|\\b(?:shred|wipefs|blkdiscard)\\s+(?:-{1,2}[\\w=-]+\\s+(?:\\d+\\s+)?)*/dev/|\\bflush(?:all|db)\\b",
                    FORBIDDEN_OR_TEST).startsWithTrigger(),
            ThreatPattern.of(DESTRUCTION, List.of("backups"), "\\b(?:disable|turn off|stop|delete)\\s+(?:all\\s+)?(?:the\\s+)?backups\\b\\s+(?:and|then|so)"),

            // Privacy violations: exfiltration and covert surveillance
            ThreatPattern.of(SECRET_EXFILTRATION, List.of("send", "exfiltrate", "leak", "dump", "copy", "forward", "upload", "post", "export", "sell", "share", "publish", "stream", "mirror", "replicate", "ship", "email"), "\\b(?:send|exfiltrate|leak|dump|copy|forward|upload|post|export|sell|share|publish|stream|mirror|replicate|ship|email)"
                    + "(?:\\s+[\\w'-]+){0,6}?\\s+" + SENSITIVE + "\\b[^.;!?\\n]{0,80}?\\b(?:to|into|onto|on|with)\\s+(?:an?\\s+|the\\s+)?"
                    + "(?:external|personal|my|attacker|public|pastebin|unauthori[sz]ed|outside|competitors?|gmail"
                    + "|dropbox|telegram|discord|webhook|ftp|anonymous|hidden|secret|dark ?web|buyers?|advertisers?|data brokers?)").startsWithTrigger(),
            ThreatPattern.of(SECRET_EXFILTRATION, List.of("exfiltrate", "steal", "harvest", "scrape", "crack", "brute", "sniff"), "\\b(?:exfiltrate|steal|harvest|scrape|crack|brute[ -]?force|sniff)\\s+(?:\\w+\\s+){0,3}?" + SENSITIVE).startsWithTrigger(),
            ThreatPattern.of(PRIVACY_VIOLATION, List.of("sell"), "\\bsell\\s+(?:the\\s+|our\\s+|their\\s+)?(?:\\w+\\s+){0,2}?(?:data|pii|records|profiles|emails)\\b").startsWithTrigger(),
            ThreatPattern.of(COVERT_SURVEILLANCE, List.of("secretly", "covert", "surreptitiously", "quietly", "silently", "spy"), "\\b(?:secretly|covertly|surreptitiously|quietly|silently)\\s+(?:track|monitor|collect|capture|record|log|copy|spy|harvest|profile|watch|read)"
                    + "|\\bcovert(?:ly)?\\s+(?:surveillance|tracking|monitoring|collection)|\\bspy(?:ing)? on\\b").startsWithTrigger(),
            ThreatPattern.endingIn(COVERT_SURVEILLANCE, List.of("without"), "\\b(?:track|monitor|surveil|profile|record|watch|collect|capture|log)\\b[^.;!?\\n]{0,60}?"
                    + "\\bwithout\\s+(?:their|the user'?s?|the customer'?s?|any|user|customer|employee)?\\s*(?:knowledge|consent|telling|informing|notice|noticing|permission)"),
            ThreatPattern.of(CONSENT_EVASION, List.of("bypass", "circumvent", "evade", "get around", "work around", "ignore", "violate", "defeat"), "\\b(?:bypass|circumvent|evade|get around|work around|ignore|violate|defeat)\\s+(?:the\\s+|any\\s+|all\\s+)?"
                    + "(?:gdpr|ccpa|hipaa|consent|privacy|data protection|opt[ -]?outs?|right to erasure|erasure requests|deletion requests|pii masking|masking|anonymi[sz]ation)\\b").startsWithTrigger(),
            // re-identification is an intent x object rule (IntentObjectRules)
            ThreatPattern.of(PRIVACY_VIOLATION, List.of("unmask", "do not honor", "do not honour"), "\\bunmask\\s+(?:the\\s+)?(?:users|customers|patients|people|individuals)\\b|\\bdo not honou?r\\s+(?:deletion|erasure|opt[ -]?out)"),

            // Attempts to override the rules or reveal the prompt
            ThreatPattern.of(RULE_OVERRIDE, List.of("ignore", "disregard", "forget", "override", "bypass", "skip", "abandon"), "\\b(?:ignore|disregard|forget|override|bypass|skip|abandon)\\s+(?:all\\s+|any\\s+|the\\s+|your\\s+|these\\s+|those\\s+"
                    + "|previous\\s+|prior\\s+|above\\s+|earlier\\s+|preceding\\s+|system\\s+|safety\\s+|security\\s+){0,3}"
                    + "(?:instructions?|rules|guidelines|constraints|directives|prompts?|guardrails|restrictions|polic(?:y|ies)|programming)\\b"
                    + "(?!\\s*(?:table|tables|schema|collection|topic|column|engine|file)\\b)").startsWithTrigger(),
            ThreatPattern.of(RULE_OVERRIDE, List.of("you are", "from now on", "act as", "pretend", "new ", "jailbr", "dan mode", "developer mode", "god mode", "do anything now"), "\\byou are (?:now|no longer)\\b|\\bfrom now on,? you\\b|\\bact as (?:an? )?(?:unrestricted|unfiltered|jailbroken|dan|evil|different)"
                    + "|\\bpretend (?:to be|you are)\\b|\\bnew (?:persona|role|instructions|rules)\\s*:|\\bjailbr(?:eak|oken)|\\bdan mode\\b"
                    + "|\\bdeveloper mode\\b|\\bgod mode\\b|\\bdo anything now\\b").startsWithTrigger(),
            // a persona without rules, or the model told to shed the rules it was given
            ThreatPattern.of(RULE_OVERRIDE, List.of("assistant", "ai", "model", "bot", "chatbot", "persona", "character", "gpt"), "(?:assistant|ai|model|chatbot|bot|persona|character|gpt)"
                    + "\\b,?\\s+(?:with|that has|who has|having)\\s+no\\s+(?:restrictions|rules|limits|filters|guidelines|boundaries|guardrails|ethics)\\b").startsWithTrigger(),
            ThreatPattern.of(RULE_OVERRIDE, List.of("drop", "discard", "shed", "lose", "remove", "ditch", "throw away"), "\\b(?:drop|discard|shed|lose|remove|ditch|throw away)\\s+(?:any|all|every|each|your)\\s+(?:\\w+\\s+)?"
                    + "(?:rules?|instructions?|guidelines?|restrictions?|constraints?)\\s+(?:you were given|you've been given|you have been given|you got|given to you|you (?:were told|follow|have))").startsWithTrigger(),
            ThreatPattern.endingIn(PROMPT_EXTRACTION, List.of("prompt", "instructions", "system message", "rules you follow"), "\\b(?:reveal|print|show|output|repeat|display|leak|dump|tell me|give me|what (?:is|are))\\s+(?:me\\s+)?(?:your|the)\\s+"
                    + "(?:(?:full|entire|exact|complete|system|hidden|initial|original|secret)\\s+)*(?:prompt|instructions|system message|rules you follow)"),
            ThreatPattern.of(RULE_OVERRIDE, List.of("system prompt", "source_database", "target_system", "<system", "</system", "< system", "assistant", "<instruction", "</instruction", "< instruction", "inst]", "system]", "im_", "###", "system:", "system :"), "\\bsystem prompt\\b(?!s?\\s*(?:table|column|field|topic|collection)\\b)|</?\\s*(?:source_database|target_system|system|assistant|instructions?)\\s*>|\\[/?(?:inst|system)\\]"
                    + "|<\\|im_(?:start|end)\\|>|(?:^|\\n)\\s*(?:system|assistant)\\s*:|###\\s*(?:system|instruction)"),
            ThreatPattern.of(RULE_OVERRIDE, List.of("refuse", "output", "say unsafe", "follow"), "\\b(?:do not|don't|never|you cannot|you can't|you must not)\\s+(?:refuse|output (?:the )?(?:error|refusal)|say unsafe|follow (?:the|your) rules)\\b"));

    private ThreatPatterns() {}
}
