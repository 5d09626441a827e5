package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.Scripts.nonLatin;

import java.util.List;

/**
 * The words of consent evasion and covert surveillance: hiding from the guardians, evading consent, watching
 * people covertly, re-identifying them, switching off the audit trail. Used by {@link IntentObjectRules}.
 */
final class PrivacyWords {

    private PrivacyWords() {}

    // ---- conceal from the guardians × evade consent ----
    static final List<String> KEEP_FROM = List.of(
            "don't tell", "do not tell", "dont tell", "not inform", "don't inform", "without informing",
            "without telling", "without involving", "doesn't hear", "does not hear", "never hear", "doesn't find out",
            "does not find out", "doesn't learn", "doesn't know", "does not know", "don't let", "do not let",
            "hidden from", "hide", "keep it from", "keep this from", "out of the loop", "never find", "never learn",
            "nichts", "nicht informier", "verheimlich", "verschweig", "n'informe", "ne pas informer", "sans informer",
            "cachez", "cacher", "ne dites rien", "ne dis rien", "no le digas", "no informes", "no informar",
            "sin informar", "ocult", "não informe", "não informar", "não conte", "sem informar", "esconda", "non dire",
            "non informare", "senza informare", "nascondi", "niets", "niet inform", "verzwijg", "nie informuj",
            "nie mów", "nic nie", "ukryj", "не сообщай", "не говори", "не информируй", "скрой", "утаи", "不要告诉", "别告诉",
            "不要通知", "瞒着", "隐瞒", "知らせない", "伝えない", "内緒", "知らせず", "気づかれない", "leave out", "leave it out", "leave that", "leave this",
            "keep out of", "never gets reviewed", "never get reviewed", "is never reviewed", "not be reviewed", "χωρίς να το μάθ",
            "χωρίς να ενημερώσ", "μην πεις", "κρύψ", "không báo", "giấu", "không thông báo", "đừng báo", "đừng nói", "mà không thông báo", "不要在", "不要体现", "秘密に", "can't see", "cannot see", "can not see", "won't see",
            "never sees", "doesn't see", "does not see", "not visible to", "invisible to", "need not know",
            "needn't know", "doesn't need to know", "does not need to know", "no need to involve", "niet te weten",
            "hoeft dit niet", "nicht wissen", "muss nichts", "pas besoin de savoir", "sin que", "sem que", "senza che",
            "sans que", "ohne dass", "zonder dat", "bez wiedzy", "ukry", "se entere", "알리지", "모르게", "숨겨", "숨기", "보고하지",
            "haber verme", "bilmesin", "bilmesine gerek", "gizle", "sakla", "berätta inte", "informera inte", "dölj",
            "behöver inte veta", "utan att", "neříkej", "neinformuj", "skryj", "zataj", "nemusí vědět", "aniž by",
            "لا تخبر", "لا تبلغ", "أخف", "اخف", "دون إبلاغ", "دون علم", "मत बता", "न बताएं", "छिपा", "सूचित न", "知られない",
            "知らせず");
    static final String GUARDIAN = "(?<![a-z])dpo(?![a-z])|\\b(?:data protection officer|privacy (?:team|"
            + "officer)|legal (?:team|department|counsel)|compliance (?:team|officer|department)|auditors|"
            + "works councils?|(?:trade )?unions?|records? of processing|ropa|privacy (?:policy|notice)|compliance reports?|"
            + "betriebsrat|personalrat|ondernemingsraad|de or|comité d'entreprise|comité de empresa|rada pracowników|профсоюз\\p{L}*|"
            + "người bảo vệ dữ liệu|công đoàn|υπεύθυνο\\p{L}* προστασίας δεδομένων"
            + "|regulators?|supervisory authority|datenschutzbeauftragt\\p{L}*|dpd|délégué à la protection|"
            + "delegado de protección"
            + "|encarregado de proteção|responsabile della protezione|functionaris gegevensbescherming|"
            + "fg|inspektor\\p{L}* ochrony danych|iod"
            + "|ответственн\\p{L}* за защиту данных)|数据保护官|データ保護責任者"
            + "|\\b(?:dataskyddsombud\\p{L}*|pověřen\\p{L}* (?:pro|k) ochran\\p{L}*|veri koruma (?:görevlisi|"
            + "sorumlusu)\\p{L}*|kvkk (?:sorumlusu|irtibat)\\p{L}*)|" + nonLatin("개인정보 ?보호 ?책임자|보호책임자|"
            + "개인정보 보호 담당자|労働組合|工会|隐私政策|合规报告|노동조합|노조|مسؤول حماية البيانات|डेटा संरक्षण अधिकारी|डीपीओ");
    static final List<String> EVADE = List.of(
            "skip", "bypass", "circumvent", "route around", "get around", "work around", "turn off", "disable",
            "ignore", "evade", "avoid", "switch off", "überspring", "umgeh", "ignorier", "deaktivier", "contourn",
            "ignor", "désactiv", "saute", "sauter", "sált", "salta", "saltar", "omit", "pule", "pular", "aggira",
            "disattiva", "sla ", "omzeil", "negeer", "pomiń", "omiń", "zignoruj", "пропусти", "обойди", "игнорир",
            "отключи", "跳过", "绕过", "忽略", "スキップ", "回避", "無視", "우회", "무시", "건너뛰", "atlat", "atla", "görmezden", "अनदेखा",
            "बायपास", "दरकिनार", "تجاوز", "تجاهل", "تخطى", "تخطي", "kringgå", "hoppa över", "ignorera", "strunta i",
            "obejdi", "obejít", "přeskoč", "ignoruj");
    static final String CONSENT = "\\b(?:do[_ -]?not[_ -]?track|\\w*optout\\w*|\\w*opt_out\\w*|consent|opt-?outs?|opt outs?|einwilligung\\p{L}*|zustimmung\\p{L}*|"
            + "consentement|consentimiento"
            + "|consentimento|consenso|toestemming\\p{L}*|zgod\\p{L}*|согласи\\p{L}*)\\b|同意"
            + "|\\b(?:rıza\\p{L}*|samtycke\\p{L}*|souhlas\\p{L}*)|" + nonLatin("동의|수신 거부|موافقة|الموافقة|सहमति");
    static final List<String> DESPITE = List.of(
            "without asking", "without the", "without their", "without consent", "without user", "without customer",
            "even for", "even if", "even when", "anyway", "regardless", "ohne einwilligung", "ohne zustimmung",
            "sans le consentement", "sans consentement", "sin el consentimiento", "sin consentimiento",
            "sem consentimento", "senza consenso", "zonder toestemming", "bez zgody", "без согласия", "keep ",
            "continue", "still ", "seguir", "sigue", "continuar", "continu", "weiter", "toujours", "gewoon", "nadal",
            "dalej", "devam", "συνέχισ", "tiếp tục", "fortsätt", "fortfarande", "stále", "계속", "继续", "引き続き", "استمر", "जारी");
    static final String NO_CONSENT = "\\b(?:without (?:asking (?:\\S+ ){0,2}for |the |their |"
            + "any |user |customer )?(?:\\S+'? )?consent"
            + "|(?:refused|declined|withdrew|withdrawn|revoked|denied) (?:their )?consent|opted out"
            + "|ohne (?:die )?(?:einwilligung|zustimmung)|sans (?:le )?consentement|sin (?:el )?consentimiento|"
            + "sem (?:o )?consentimento"
            + "|senza (?:il )?consenso|zonder toestemming|bez zgody|без согласия)"
            + "|\\b(?:từ chối đồng ý|không có sự đồng ý|không xin (?:sự )?đồng ý|not covered by (?:our|the|a) (?:baa|dpa)|without (?:a |our )?(?:baa|dpa)|(?:who|that) (?:unsubscribed|objected)|se dieron de baja|dados de baja|bezwaar hebben gemaakt|"
            + "widersprochen haben|se sont désinscrits|sprzeciwili się|avregistrerat sig|odhlásil\\p{L}*|"
            + "vazgeçen\\p{L}*|itiraz eden\\p{L}*|sin (?:su|sus) consentimiento|sem (?:o )?seu consentimento|"
            + "sans leur consentement|senza il loro consenso|rızası olmadan|utan samtycke|bez souhlasu)|" + nonLatin("동의 없이|αρνήθηκαν τη συγκατάθεση|χωρίς (?:τη )?συγκατάθεση|已经退订|退订|未经同意|"
            + "수신 거부한|الذين ألغوا|بدون موافقة|सहमति के बिना");
    static final String CONSENT_KEPT = "\\b(?:no|never|nothing|only|not|nie|kein\\p{L}*|jamais|"
            + "nunca|mai|niet|nigdy|никогда)\\b"
            + "|\\b(?:exclud\\p{L}*|filter\\p{L}*|suppress\\p{L}*|honou?r\\p{L}*|respect\\p{L}*|ausgeschlossen|"
            + "exclu\\p{L}*|uitgesloten|wykluczen\\p{L}*|loại trừ|hariç|undantas|vyloučen\\p{L}*|inte|asla)\\b|" + nonLatin("مستبعد|εξαιρ|"
            + "बाहर");

    // ---- covert × watch × people ----
    static final List<String> WATCH = List.of(
            "track", "monitor", "log", "record", "capture", "profile", "watch", "spy", "read", "collect", "keystroke",
            "webcam", "gps", "location", "browsing", "dashboard", "überwach", "verfolg", "protokollier", "aufzeichn",
            "surveill", "suivre", "traqu", "espion", "rastrea", "monitore", "vigila", "espia", "monitor", "vigi",
            "traccia", "spia", "sorveglia", "volg", "bespied", "śledz", "szpieg", "отслежива", "следи", "мониторь",
            "наблюда", "шпион", "监控", "跟踪", "监视", "追踪", "监听", "監視", "追跡", "盗聴", "czyta", "monitoruj", "podsłuch",
            "nagrywa", "zbiera", "収集", "位置情報", "記録", "izle", "takip", "kaydet", "topla", "konum", "수집", "감시", "추적",
            "모니터링", "기록", "위치", "열람", "निगरानी", "ट्रैक", "रिकॉर्ड", "जासूसी", "लोकेशन", "स्थान", "راقب", "مراقبة",
            "تتبع", "تعقب", "سجل", "موقع", "اجمع", "övervaka", "spåra", "logga", "spela in", "läs", "samla in",
            "sleduj", "sledovat", "zaznamen", "čti", "číst", "polohu", "shromažď", "flag", "keylog", "screenshot", "screen captur",
            "private messages", "mitschneid", "erfass", "mitles", "ortung", "meeles", "meelez", "afluister", "采集", "收集", "定位",
            "キーロガー", "画面キャプチャ", "theo dõi", "giám sát", "ghi lại", "thu thập", "đọc", "παρακολουθ", "καταγρ", "εντοπ");
    static final String PEOPLE = "\\b(?:employees?|staff|workers?|users?|customers?|colleagues|"
            + "agents|nurses|drivers|team|people|members"
            + "|mitarbeiter\\p{L}*|angestellt\\p{L}*|belegschaft|employés|salariés|personnel|empleados|"
            + "trabajadores|funcionários|empregados"
            + "|colaboradores|dipendenti|lavoratori|medewerkers|werknemers|personeel|pracownik\\p{L}*|"
            + "сотрудник\\p{L}*|работник\\p{L}*|персонал\\p{L}*)"
            + "|" + nonLatin("员工|职员|雇员|従業員|社員|スタッフ")
            + "|\\b(?:repartidor\\p{L}*|conductor\\p{L}*|entregador\\p{L}*|motorist\\p{L}*|fahrer\\p{L}*|"
            + "chauffeurs?|livreurs?|kierowc\\p{L}*|couriers?|person|çalışan\\p{L}*|personel\\p{L}*|kullanıcı\\p{L}*|"
            + "müşteri\\p{L}*|anställd\\p{L}*|medarbetar\\p{L}*|användar\\p{L}*|kunder\\p{L}*|zaměstnan\\p{L}*|"
            + "uživatel\\p{L}*|zákazní\\p{L}*|nhân viên|người dùng|khách hàng|usuários|utilisateurs|usuarios|klanten|clientes|clients)|" + nonLatin("직원|"
            + "사원|근로자|用户|υπαλλήλ|εργαζόμεν|χρήστ|πελάτ|사용자|고객|الموظف|موظفي|العمال|المستخدم|العملاء|कर्मचार|उपयोगकर्ता|ग्राहक|本人");

    // ---- re-identify × anonymised people ----
    static final List<String> REIDENTIFY = List.of(
            "re-identif", "reidentif", "de-anonymi", "deanonymi", "ré-identifi", "réidentifi", "désanonymis",
            "re-identifica", "desanonimi", "deanonimi", "reidentyfik", "деанонимиз", "реидентифи", "重新识别", "去匿名", "再識別",
            "再特定", "재식별", "yeniden kimlik", "anonimliğini kaldır", "återidentifi", "avanonymis", "reidentifik",
            "deanonymiz", "إعادة التعرف", "إعادة تحديد", "पुनः पहचान", "गुमनामी हटा");
    static final String ANONYMISED_OR_PEOPLE = PEOPLE + "|anonym|anonim|anoniem|pseudonym|\\bpatients?\\b|"
            + "\\bpacient|de-?identif|\\brespondents?\\b|匿名|익명|مجهول|गुमनाम";
    /** Working out who the people behind records are, without the word "re-identify". */
    static final List<String> WHO_IS_WHO = List.of(
            "work out who", "figure out who", "find out who", "identify who", "determine who", "who each",
            "who they are");
    static final String EACH_PERSON = "\\b(?:each|every) (?:person|individual|device owner|owner|"
            + "patient|user|customer)\\b|\\bwhere (?:they|each (?:one|person)) lives?\\b|\\breal (?:names?|"
            + "identit)";
    /** Re-identification named as something to prevent. */
    static final String PREVENTED = "\\b(?:nobody|no one|cannot|can't|must not|mustn't|never|"
            + "not|prevent\\w*|avoid\\w*|prohibit\\w*|forbid\\w*|impossible|risks?|nie|nicht|jamais|nunca|"
            + "mai|niet|inte|asla|only (?:possible|allowed|permitted)|(?:dpo|privacy team)[- ]approved|approved (?:request|process))\\b";

    // ---- link × anonymised records × a source that names people ----
    static final List<String> LINK = List.of(
            "join", "link", "match", "merge", "combine", "cross-reference", "enrich", "put names", "verknüpf", "abgleich",
            "crois", "relier", "cruza", "vincula", "incrocia", "koppel", "połącz", "сопостав", "объедин", "关联", "突合", "照合");
    static final String IDENTIFYING_SOURCE = "\\b(?:voter (?:rolls?|registers?|lists?|files?)|electoral (?:rolls?|"
            + "registers?)|public records|social media (?:profiles|accounts)|linkedin|facebook|names back|real names|"
            + "wählerverzeichnis\\p{L}*|listes? électorales?|padrón electoral|censo electoral|liste elettorali|"
            + "kiezersregister|spis\\p{L}* wyborc\\p{L}*)\\b|选民|選挙人名簿";

    // ---- switch off × audit trail × so that reviewers cannot see ----
    static final List<String> SWITCH_OFF = List.of(
            "disable", "turn off", "switch off", "stop", "delete", "purge", "deaktivier", "abschalt", "désactiv",
            "desactiv", "disattiv", "uitschakel", "schakel", "wyłącz", "отключ", "关闭", "禁用", "無効", "止め", "비활성",
            "끄", "kapat", "devre dışı", "inaktivera", "stäng av", "vypn", "تعطيل", "عطّل", "عطل", "बंद", "απενεργοποίησ",
            "tắt", "vô hiệu");
    static final String AUDIT_TRAIL = "\\b(?:audit(?:ing| ?logs?| trails?)|cloudtrail|access logs?|"
            + "protokollierung|audit-?protokoll\\p{L}*|journal\\p{L}* d'audit|registros? de auditoría|log di audit|"
            + "auditlog\\p{L}*|dziennik\\p{L}* audytu|журнал\\p{L}* аудита|denetim kayıt\\p{L}*|granskningslogg\\p{L}*|"
            + "auditní log\\p{L}*|nhật ký kiểm toán)\\b|" + nonLatin("审计日志|監査ログ|감사 로그|سجل التدقيق|ऑडिट लॉग|αρχεί\\p{L}* ελέγχου");
    /** Who the audit trail is switched off against. */
    static final String UNTRACEABLE = GUARDIAN + "|\\b(?:reviewers?|auditors?|hipaa|trace|traced|untraceable|"
            + "unnoticed|nobody|no one|cannot see|can't see|prüfer|auditeurs?|auditores|revisori)\\b";
}
