package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.ThreatCategory.CONSENT_EVASION;
import static dev.cdcarchitect.safety.ThreatCategory.COVERT_SURVEILLANCE;
import static dev.cdcarchitect.safety.ThreatCategory.DESTRUCTION;
import static dev.cdcarchitect.safety.ThreatCategory.PROMPT_EXTRACTION;
import static dev.cdcarchitect.safety.ThreatCategory.RULE_OVERRIDE;
import static dev.cdcarchitect.safety.ThreatCategory.SECRET_EXFILTRATION;

import java.util.List;

/**
 * The threats as intent × object within one sentence, in English, German, French, Spanish, Portuguese, Italian,
 * Dutch, Polish, Russian, Chinese and Japanese. Intents are word stems found at the start of a word; objects are
 * regular expressions (without a leading word boundary for stems, none at all for CJK). The vocabulary is small on
 * purpose: each list names a kind of thing, so that a new phrasing of the same intent is still caught.
 */
final class IntentObjectRules {

    private IntentObjectRules() {}

    // ---- destroy × everything / production × infrastructure ----
    private static final List<String> DESTROY = List.of(
            "drop", "delete", "wipe", "destroy", "erase", "nuke", "purge", "truncate", "corrupt", "overwrite",
            "lösch", "zerstör", "vernicht", "entfern", "supprim", "détrui", "détruis", "efface", "écrase", "borra",
            "elimin", "destru", "apag", "exclu", "cancell", "distrugg", "verwijder", "vernietig", "usuń", "usun",
            "skasuj", "zniszcz", "wyczyść", "удали", "удалить", "уничтож", "сотри", "снеси", "删除", "删掉", "清空",
            "销毁", "摧毁", "清除", "削除", "消去", "破壊", "消して", "壊して");
    private static final String EVERYTHING = "\\b(?:all|every (?:\\S+ )?(?:databases?|dbs?|tables?|backups?|servers?|clusters?|keyspaces?|replicas?|snapshots?)|entire|whole|production|prod|alle[ns]?|gesamte[nr]?|ganze[nr]?|produktion"
            + "|toute?s?|tous|entière?|production|tod[oa]s|enter[oa]|producción|produção|produzione|tutt[ie]|inter[oa]|hele|productie"
            + "|wszystkie|cał[ya]|produkcyj|все|весь|всю|продакшен|прод)|所有|全部|生产|全て|すべて|本番";
    private static final String INFRASTRUCTURE = "\\b(?:everything|databases?|dbs?|tables|backups?|clusters?|servers?|keyspaces?|snapshots|replicas"
            + "|datenbank|tabellen|sicherungen|bases? de (?:données|datos|dados)|copias de seguridad|bancos de dados|tablas|tabelas"
            + "|sauvegardes|database|tabelle|back-ups|bazy danych|baz|tabel[ei]?|kopie zapasowe|klast(?:er|ry)|баз|таблиц|резервн|кластер)"
            + "|productiedatabases|produktionsdatenbanken|数据库|表|备份|集群|データベース|テーブル|バックアップ|クラスター";
    private static final String ROUTINE = ThreatPatterns.ERASURE_CONTEXT
            + "|auf anfrage|dsgvo|\\b(?:not|never|no|nie|nicht|jamais|nunca|mai|niet|nigdy|не)\\b";

    // ---- read out or send away × secrets, credential files, tables to outside places ----
    private static final List<String> READ_OUT = List.of(
            "read", "include", "append", "cat ", "print", "send", "paste", "attach", "embed", "copy", "upload", "output", "show",
            "dump", "add", "put", "content", "give", "list", "display", "post", "exfiltrate", "leak", "mail", "transfer",
            "what is", "lies", "lese", "füge", "sende", "schick", "zeig", "kopier", "inhalt", "lis ", "lire", "colle",
            "envoie", "affiche", "copie", "contenu", "lee ", "leer", "envía", "envia", "muestra", "contenido", "incluye",
            "leia", "ler ", "inclua", "envie", "mostre", "conteúdo", "leggi", "invia", "mostra", "contenuto", "includi",
            "lees", "stuur", "toon", "kopieer", "inhoud", "odczytaj", "wyślij", "pokaż", "skopiuj", "zawartość",
            "прочитай", "прочти", "отправь", "покажи", "скопируй", "содержим", "读取", "发送", "显示", "复制", "内容",
            "输出", "読み取", "読んで", "送信", "表示", "コピー", "内容");
    private static final String SECRET_FILE = "~/\\.(?:aws|ssh|kube|docker|gnupg|config/gcloud)|\\.aws/credentials|\\bid_(?:rsa|dsa|ecdsa|ed25519)\\b"
            + "|/etc/(?:shadow|passwd|sudoers)|\\.pgpass\\b|\\.netrc\\b|\\.git-credentials\\b|/proc/self/environ|\\bkubeconfig\\b"
            + "|\\.kube/config|\\b(?:aws|ssh|gcloud|azure|docker) credentials? files?|\\bssh private keys?|authorized_keys|\\.docker/config\\.json|(?:^|[\\s'\"(])\\.env\\b|\\bcredentials\\.json\\b";
    /** One of these is in every match of SECRET_FILE. */
    private static final String[] SECRET_FILE_CUES = {"~/", ".aws", "id_", "/etc/", ".pgpass", ".netrc", ".git-credentials", "/proc/",
        "kubeconfig", ".kube", "credential", "ssh", "authorized_keys", ".docker", ".env"};
    private static final String SECRET = "\\b(?:api[ _-]?keys?|secret (?:access )?keys?|access keys?|environment variables|env vars"
            + "|passwords?|private keys?|tokens?|credentials|secrets)\\b|_api_key\\b|_secret\\b";
    /** Where a secret would be read out to: the answer, or this machine's own secrets. */
    private static final String READOUT_PLACE = "\\b(?:your|this (?:machine|workstation|host|computer|laptop|server)|of the tool"
            + "|print it|to me|from the (?:build|ci) (?:agent|server|host|runner)|(?:in|into|to) the (?:report|answer|output|summary|appendix|design|markdown|export|response|pdf|terraform output))\\b";
    private static final List<String> TRANSFER = List.of(
            "send", "stream", "replicate", "copy", "copies", "mirror", "push", "forward", "ship", "export", "upload",
            "exfiltrate", "dump", "sync", "move", "sende", "schick", "kopier", "übertrag", "envoie", "envoyer", "copie",
            "transf", "envía", "envia", "copia", "envie", "enviar", "invia", "trasferisc", "stuur", "kopieer",
            "verstuur", "wyślij", "skopiuj", "prześlij", "отправ", "скопир", "передай", "发送", "复制", "传到", "送信",
            "コピー", "転送");
    private static final String DATA = "\\b(?:tables?|database|columns?|rows?|topics?|pii|customers?|dump|data|keyspace|collection|credit card|iban|ssn|salar"
            + "|password|tabell?e|spalte|kundentabelle|colonne|table|tabla|columna|tabela|coluna|colonna|stipendio|kolom|kolumn|tabel"
            + "|таблиц|столб|данны)|表|列|数据|テーブル|データ";
    private static final String OUTSIDE = "\\b(?:my (?:personal|private|own|home|gmail)|personal (?:s3|bucket|e-?mail|server|drive|account)"
            + "|private server of mine|server of my (?:own|choice)|external (?:ftp|server|sftp)|attacker|outside (?:our|the) (?:network|company)"
            + "|the company does not control|pastebin|dropbox|telegram|competitor|anonymous ftp|home nas|protonmail|s3://my"
            + "|meine[nm]? privaten?|externen server|meiner wahl|(?:bucket|serveur|e-?mail) personnel|serveur externe|mi (?:\\S+ ){1,2}personal"
            + "|servidor externo|(?:bucket|e-?mail|servidor) pessoal|server esterno|mio (?:\\S+ ){1,2}personale|mijn persoonlijke|externe server"
            + "|zewnętrzny serwer|prywatny serwer|внешний сервер|личн\\p{L}+ (?:почт|сервер|бакет)\\p{L}*)|外部服务器|我的个人|私人服务器|外部サーバー|個人の(?:バケット|メール|サーバー)";
    /** Hiding what is done, in every language of the rules. */
    private static final String CONCEAL = "\\b(?:secretly|covert(?:ly)?|surreptitiously|quietly|silently|hidden|discreetly|unbeknownst"
            + "|without (?:them|their|the (?:employees|staff|users|customers)'?) (?:knowing|knowledge|noticing)|without (?:telling|informing)"
            + "|behind their backs|don't let them|do not let them|so they don't|so that they don't|so nobody|don't tell the staff"
            + "|heimlich|verdeckt|unbemerkt|ohne (?:ihr|deren) wissen|en secret|secrètement|à leur insu|discrètement|en cachette|en secreto"
            + "|a escondidas|secretamente|sin que lo sepan|em segredo|às escondidas|sem que saibam|di nascosto|segretamente|in segreto"
            + "|stiekem|heimelijk|in het geheim|potajemnie|po cichu|w tajemnicy|ukradkiem|тайно|скрытно|втайне|незаметно)"
            + "|偷偷|秘密|暗中|悄悄|こっそり|密かに|ひそかに|秘密裏";

    // ---- conceal from the guardians × evade consent ----
    private static final List<String> KEEP_FROM = List.of(
            "don't tell", "do not tell", "dont tell", "not inform", "don't inform", "without informing", "without telling",
            "without involving", "doesn't hear", "does not hear", "never hear", "doesn't find out", "does not find out",
            "doesn't learn", "doesn't know", "does not know", "don't let", "do not let", "hidden from", "hide", "keep it from", "keep this from", "out of the loop", "never find", "never learn", "nichts", "nicht informier",
            "verheimlich", "verschweig", "n'informe", "ne pas informer", "sans informer", "cachez", "cacher", "ne dites rien",
            "ne dis rien", "no le digas", "no informes", "no informar", "sin informar", "ocult", "não informe",
            "não informar", "não conte", "sem informar", "esconda", "non dire", "non informare", "senza informare",
            "nascondi", "niets", "niet inform", "verzwijg", "nie informuj", "nie mów", "nic nie", "ukryj", "не сообщай",
            "не говори", "не информируй", "скрой", "утаи", "不要告诉", "别告诉", "不要通知", "瞒着", "隐瞒", "知らせない",
            "伝えない", "内緒", "秘密に");
    private static final String GUARDIAN = "(?<![a-z])dpo(?![a-z])|\\b(?:data protection officer|privacy (?:team|officer)|legal (?:team|department|counsel)|compliance (?:team|officer|department)|auditors|works council"
            + "|regulators?|supervisory authority|datenschutzbeauftragt\\p{L}*|dpd|délégué à la protection|delegado de protección"
            + "|encarregado de proteção|responsabile della protezione|functionaris gegevensbescherming|fg|inspektor\\p{L}* ochrony danych|iod"
            + "|ответственн\\p{L}* за защиту данных)|数据保护官|データ保護責任者";
    private static final List<String> EVADE = List.of(
            "skip", "bypass", "circumvent", "route around", "get around", "work around", "turn off", "disable", "ignore",
            "evade", "avoid", "switch off", "überspring", "umgeh", "ignorier", "deaktivier", "contourn", "ignor",
            "désactiv", "saute", "sauter", "sált", "salta", "saltar", "omit", "pule", "pular", "aggira", "disattiva",
            "sla ", "omzeil", "negeer", "pomiń", "omiń", "zignoruj", "пропусти", "обойди", "игнорир", "отключи", "跳过",
            "绕过", "忽略", "スキップ", "回避", "無視");
    private static final String CONSENT = "\\b(?:consent|opt-?outs?|opt outs?|einwilligung\\p{L}*|zustimmung\\p{L}*|consentement|consentimiento"
            + "|consentimento|consenso|toestemming\\p{L}*|zgod\\p{L}*|согласи\\p{L}*)\\b|同意";
    private static final List<String> DESPITE = List.of(
            "without asking", "without the", "without their", "without consent", "without user", "without customer",
            "even for", "even if", "even when", "anyway", "regardless", "ohne einwilligung", "ohne zustimmung",
            "sans le consentement", "sans consentement", "sin el consentimiento", "sin consentimiento", "sem consentimento",
            "senza consenso", "zonder toestemming", "bez zgody", "без согласия");
    private static final String NO_CONSENT = "\\b(?:without (?:asking (?:\\S+ ){0,2}for |the |their |any |user |customer )?(?:\\S+'? )?consent"
            + "|(?:refused|declined|withdrew|withdrawn|revoked|denied) (?:their )?consent|opted out"
            + "|ohne (?:die )?(?:einwilligung|zustimmung)|sans (?:le )?consentement|sin (?:el )?consentimiento|sem (?:o )?consentimento"
            + "|senza (?:il )?consenso|zonder toestemming|bez zgody|без согласия)";
    private static final String CONSENT_KEPT = "\\b(?:no|never|nothing|only|not|nie|kein\\p{L}*|jamais|nunca|mai|niet|nigdy|никогда)\\b";

    // ---- covert × watch × people ----
    private static final List<String> WATCH = List.of(
            "track", "monitor", "log", "record", "capture", "profile", "watch", "spy", "read", "collect", "keystroke",
            "webcam", "gps", "location", "browsing", "dashboard", "überwach", "verfolg", "protokollier", "aufzeichn",
            "surveill", "suivre", "traqu", "espion", "rastrea", "monitore", "vigila", "espia", "monitor", "vigi",
            "traccia", "spia", "sorveglia", "volg", "bespied", "śledz", "szpieg", "отслежива", "следи", "мониторь",
            "наблюда", "шпион", "监控", "跟踪", "监视", "追踪", "监听", "監視", "追跡", "盗聴");
    private static final String PEOPLE = "\\b(?:employees?|staff|workers?|users?|customers?|colleagues|agents|nurses|drivers|team|people|members"
            + "|mitarbeiter\\p{L}*|angestellt\\p{L}*|belegschaft|employés|salariés|personnel|empleados|trabajadores|funcionários|empregados"
            + "|colaboradores|dipendenti|lavoratori|medewerkers|werknemers|personeel|pracownik\\p{L}*|сотрудник\\p{L}*|работник\\p{L}*|персонал\\p{L}*)"
            + "|员工|职员|雇员|従業員|社員|スタッフ";

    // ---- repeat × the text given before the input ----
    private static final List<String> REPEAT = List.of(
            "repeat", "print", "output", "show", "reveal", "echo", "recite", "quote", "copy", "translate", "summar",
            "list", "display", "write out", "tell me", "give me", "start", "what", "wiederhol", "gib", "zeig", "ausgeb",
            "druck", "was wurde", "répète", "répéte", "affiche", "montre", "imprime", "recopie", "repite", "muestra",
            "repita", "mostre", "imprima", "ripeti", "mostra", "stampa", "herhaal", "toon", "powtórz", "pokaż",
            "wypisz", "повтори", "покажи", "выведи", "重复", "输出", "显示", "打印", "告诉我", "繰り返", "表示", "出力",
            "教えて");
    private static final String GIVEN_TEXT = "\\b(?:(?:text|words?|content|everything|all|message|lines?) (?:above|before (?:this|mine|the words?)|preceding)"
            + "|(?:everything|all|text) (?:above|before) ['\"‘“]|preceding (?:text|message|instructions)|(?:previous|earlier|prior) (?:text|message)"
            + "|above this (?:line|input|message)|(?:instructions|rules|guidelines) (?:you|that you) (?:received|were given|got|follow)"
            + "|(?:instructions|rules|guidelines) your developer|(?:your|the) (?:initial|original|first|hidden|system|developer) (?:prompt|message|instructions|rules)"
            + "|(?:hidden|secret) rules|system message|developer message|prompt template|(?:were you|you were|you've been) told"
            + "|(?:instructions|rules|guidelines) (?:were you|you were|have you been) given|before (?:my|this) (?:message|input|question)|did the developer tell you|(?:sent|given) to you before|came before this|at the start of this conversation"
            + "|text oben|obigen text|deine (?:anweisungen|instruktionen|vorgaben)|dir vor dieser nachricht|texte ci-dessus"
            + "|(?:tes|vos) instructions|instructions initiales|texto (?:anterior|de arriba|acima)|tus instrucciones"
            + "|instrucciones del sistema|suas instruções|instruções iniciais|testo (?:sopra|precedente)|tue istruzioni"
            + "|istruzioni di sistema|tekst hierboven|je (?:systeem)?instructies|systeeminstructies|tekst powyżej|swoje instrukcje"
            + "|instrukcje systemowe|текст выше|свои (?:системные )?инструкции|системн\\p{L}+ (?:промпт|инструкци\\p{L}*))"
            + "|上面的(?:文字|内容|文本)|系统提示|你的指令|上のテキスト|上記のテキスト|システムプロンプト|あなたの指示";

    // ---- ignore × instructions, other languages (English has its own patterns) ----
    private static final List<String> IGNORE = List.of(
            "ignorier", "vergiss", "missacht", "ignorez", "ignore", "oublie", "ignora", "olvida", "esqueça", "esqueca",
            "desconsider", "dimentica", "negeer", "vergeet", "zignoruj", "ignoruj", "zapomnij", "игнорируй",
            "проигнорируй", "забудь", "忽略", "无视", "忘记", "忘掉", "不要理会", "無視", "忘れ");
    private static final String INSTRUCTIONS = "\\b(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|instructions|règles|consignes"
            + "|instrucciones|reglas|normas|instruções|regras|istruzioni|regole|instructies|regels|instrukcje|zasad\\p{L}*|reguł\\p{L}*"
            + "|инструкци\\p{L}*|правил\\p{L}*)|指令|指示|规则|提示|命令|ルール|規則";

    static final List<ThreatRule> ALL = List.of(
            IntentObjectRule.unless(DESTRUCTION, DESTROY, ROUTINE, EVERYTHING, INFRASTRUCTURE),
            IntentObjectRule.of(SECRET_EXFILTRATION, READ_OUT, SECRET_FILE).withCues(SECRET_FILE_CUES),
            IntentObjectRule.unless(SECRET_EXFILTRATION, READ_OUT, "\\b(?:never|not|no|vault|secrets manager|key vault)\\b", SECRET, READOUT_PLACE),
            IntentObjectRule.of(SECRET_EXFILTRATION, TRANSFER, DATA, OUTSIDE),
            IntentObjectRule.of(SECRET_EXFILTRATION, TRANSFER, DATA, CONCEAL),
            IntentObjectRule.of(CONSENT_EVASION, KEEP_FROM, GUARDIAN),
            IntentObjectRule.of(CONSENT_EVASION, EVADE, CONSENT),
            IntentObjectRule.unless(CONSENT_EVASION, DESPITE, CONSENT_KEPT, NO_CONSENT),
            IntentObjectRule.of(COVERT_SURVEILLANCE, WATCH, CONCEAL, PEOPLE),
            IntentObjectRule.of(PROMPT_EXTRACTION, REPEAT, GIVEN_TEXT),
            IntentObjectRule.of(RULE_OVERRIDE, IGNORE, INSTRUCTIONS));
}
