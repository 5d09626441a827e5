package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.ThreatCategory.CONSENT_EVASION;
import static dev.cdcarchitect.safety.ThreatCategory.COVERT_SURVEILLANCE;
import static dev.cdcarchitect.safety.ThreatCategory.DESTRUCTION;
import static dev.cdcarchitect.safety.ThreatCategory.PRIVACY_VIOLATION;
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

    /**
     * Alternatives in scripts without word boundaries (CJK, Hangul, Arabic, Devanagari) and in Greek, tried only where such a
     * letter stands: one character test per position instead of one per word keeps the rules fast on Latin text.
     */
    private static String nonLatin(String alternatives) {
        return "(?=[\\u0370-\\u03ff\\u1f00-\\u1fff\\u0600-\\u06ff\\u0900-\\u097f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef])(?:" + alternatives + ")";
    }

    // ---- destroy × everything / production × infrastructure ----
    private static final List<String> DESTROY = List.of(
            "drop", "delete", "wipe", "destroy", "erase", "nuke", "purge", "truncate", "corrupt", "overwrite", "lösch",
            "zerstör", "vernicht", "entfern", "supprim", "détrui", "détruis", "efface", "écrase", "borra", "elimin",
            "destru", "apag", "exclu", "cancell", "distrugg", "verwijder", "vernietig", "usuń", "usun", "skasuj",
            "zniszcz", "wyczyść", "удали", "удалить", "уничтож", "сотри", "снеси", "删除", "删掉", "清空", "销毁", "摧毁", "清除",
            "削除", "消去", "破壊", "消して", "壊して", "삭제", "지워", "지우", "파괴", "날려", "sil ", "sil.", "sil,", "sil!", "silin",
            "silsin", "yok et", "imha", "हटा", "मिटा", "नष्ट", "डिलीट", "احذف", "امسح", "دمر", "دمّر", "radera",
            "ta bort", "förstör", "töm", "smaž", "smazat", "odstraň", "znič", "vymaž", "διάγραψ", "διαγράψ", "σβήσ", "καταστρέψ",
            "xóa", "xoá", "hủy", "phá hủy");
    private static final String EVERYTHING = "\\b(?:all|every (?:\\S+ )?(?:databases?|dbs?|tables?|backups?|"
            + "servers?|clusters?|keyspaces?|replicas?|snapshots?)|entire|whole|production|prod|alle[ns]?|"
            + "gesamte[nr]?|ganze[nr]?|produktion"
            + "|toute?s?|tous|entière?|production|tod[oa]s|enter[oa]|producción|produção|produzione|tutt[ie]|"
            + "inter[oa]|hele|productie"
            + "|wszystkie|cał[ya]|produkcyj|все|весь|всю|продакшен|прод)|所有|全部|生产|全て|すべて|本番"
            + "|\\b(?:tất cả|toàn bộ|mọi)\\b|" + nonLatin("όλ\\p{L}*|παραγωγ\\p{L}*") + "|\\b(?:alla|allt|hela|produktion\\p{L}*|všechn\\p{L}*|vešker\\p{L}*|celou|produkční\\p{L}*|"
            + "tüm|bütün|hepsi\\p{L}*|üretim\\p{L}*|canlı)\\b|" + nonLatin("모든|전체|전부|운영|프로덕션|(?<!\\p{L})(?:كل|"
            + "جميع)(?!\\p{L})|الإنتاج|सभी|सारे|सारा|पूरा|पूरे|प्रोडक्शन");
    private static final String INFRASTRUCTURE = "\\b(?:everything|databases?|dbs?|tables|backups?|clusters?|"
            + "servers?|keyspaces?|snapshots|replicas"
            + "|datenbank|tabellen|sicherungen|bases? de (?:données|datos|dados)|copias de seguridad|"
            + "bancos de dados|tablas|tabelas"
            + "|sauvegardes|database|tabelle|back-ups|bazy danych|baz|tabel[ei]?|kopie zapasowe|klast(?:er|"
            + "ry)|баз|таблиц|резервн|кластер)"
            + "|\\b(?:cơ sở dữ liệu|bản sao lưu|bảng)\\b|" + nonLatin("βάσ\\p{L}* δεδομένων|αντίγραφ\\p{L}* ασφαλείας|πίνακ\\p{L}*") + "|productiedatabases|produktionsdatenbanken|" + nonLatin("数据库|表|备份|集群|データベース|テーブル|バックアップ|クラスター")
            + "|\\b(?:databas\\p{L}*|tabeller\\p{L}*|säkerhetskopi\\p{L}*|backuper|kluster\\p{L}*|databáz\\p{L}*|"
            + "tabulk\\p{L}*|záloh\\p{L}*|veritaban\\p{L}*|tablo\\p{L}*|yedek\\p{L}*|sunucu\\p{L}*)|" + nonLatin("데이터베이스|"
            + "테이블|백업|클러스터|قاعدة البيانات|قواعد البيانات|الجداول|النسخ الاحتياطية|الخوادم|डेटाबेस|टेबल|"
            + "तालिका|बैकअप|सर्वर");
    private static final String ROUTINE = ThreatPatterns.ERASURE_CONTEXT
            + "|auf anfrage|dsgvo|\\b(?:not|never|no|nie|nicht|jamais|nunca|mai|niet|nigdy|не)\\b"
            + "|\\b(?:inte|aldrig|nikdy|asla|değil)\\b|(?<!\\p{L})(?:لا|ليس)(?!\\p{L})|" + nonLatin("않|말고|नहीं|मत ");

    // ---- read out or send away × secrets, credential files, tables to outside places ----
    private static final List<String> READ_OUT = List.of(
            "read", "include", "append", "cat ", "print", "send", "paste", "attach", "embed", "copy", "upload",
            "output", "show", "dump", "add", "put", "content", "give", "list", "display", "post", "exfiltrate", "leak",
            "mail", "transfer", "what is", "lies", "lese", "füge", "sende", "schick", "zeig", "kopier", "inhalt",
            "lis ", "lire", "colle", "envoie", "affiche", "copie", "contenu", "lee ", "leer", "envía", "envia",
            "muestra", "contenido", "incluye", "leia", "ler ", "inclua", "envie", "mostre", "conteúdo", "leggi",
            "invia", "mostra", "contenuto", "includi", "lees", "stuur", "toon", "kopieer", "inhoud", "odczytaj",
            "wyślij", "pokaż", "skopiuj", "zawartość", "прочитай", "прочти", "отправь", "покажи", "скопируй",
            "содержим", "读取", "发送", "显示", "复制", "内容", "输出", "読み取", "読んで", "送信", "表示", "コピー", "内容", "포함", "내용", "출력",
            "보여", "읽", "보내", "전송", "복사", "첨부", "알려", "oku", "gönder", "yazdır", "göster", "ekle", "içeriğ", "kopyala",
            "paylaş", "yapıştır", "पढ़", "भेज", "दिखा", "प्रिंट", "शामिल", "सामग्री", "कॉपी", "اقرأ", "أرسل", "ارسل",
            "اعرض", "اطبع", "انسخ", "ضع", "أضف", "محتو", "läs", "skicka", "visa mig", "skriv ut", "kopiera",
            "inkludera", "innehåll", "klistra", "přečti", "pošli", "zobraz", "vypiš", "zkopíruj", "vlož", "obsah",
            "plak", "coloque", "coloca", "metti", "inserisci", "includere", "copia", "abre", "open", "出力", "書き出", "貼り付け", "含め",
            "đọc", "dán", "gửi", "sao chép", "hiển thị", "in ra", "nội dung", "διάβασ", "στείλ", "αντίγραψ", "εμφάνισ", "δείξ",
            "επικόλλησ", "περιεχόμεν");
    private static final String SECRET_FILE = "(?:~|%userprofile%|\\$home|\\$\\{home\\})[/\\\\]\\.(?:aws|"
            + "ssh|kube|docker|gnupg|config[/\\\\]gcloud)|\\.aws[/\\\\]credentials|\\bid_(?:rsa|dsa|ecdsa|"
            + "ed25519)\\b"
            + "|/etc/(?:shadow|passwd|sudoers)|\\.pgpass\\b|\\.netrc\\b|\\.git-credentials\\b|/proc/self/environ|"
            + "\\bkubeconfig\\b"
            + "|\\.kube/config|\\bweb\\.config\\b|\\bappsettings[\\w.]*\\.json\\b|\\b(?:aws|ssh|gcloud|azure|docker) credentials? files?|\\bssh private keys?|"
            + "authorized_keys|\\.docker/config\\.json|(?:^|[\\s'\"(/\\\\])\\.env\\b|\\bcredentials\\.json\\b"
            + "|\\bservice[-_]account[\\w-]*\\.json\\b|\\b[\\w-]*credentials?[\\w-]*\\.json\\b|\\b[\\w-]+\\.(?:pem|"
            + "p12|pfx|jks|keystore)\\b"
            // a credentials file named in words, in the rules' languages
            + "|\\b(?:arquivo|ficheiro|fichier|datei|archivo|file|bestand|plik|файл|dosya\\p{L}*|filen|"
            + "soubor)\\s+(?:\\S+\\s+){0,2}?(?:credenciais|credenciales"
            + "|credenziali|identifiants|zugangsdaten|credentials|poświadcze\\p{L}*|учетн\\p{L}*|kimlik bilgi\\p{L}*|"
            + "inloggningsuppgifter|přihlašovací\\p{L}*)";
    /** One of these is in every match of SECRET_FILE. */
    private static final String[] SECRET_FILE_CUES = {"~/", ".aws", "id_", "/etc/", ".pgpass", ".netrc", ".git-credentials", "/proc/",
        "kubeconfig", ".kube", "credential", "ssh", "authorized_keys", ".docker", ".env", "%userprofile%", "$home", "${home}", "service",
        ".pem", "web.config", "appsettings", ".p12", ".pfx", ".jks", ".keystore", "credenc", "credenz", "identifiant", "zugangsdaten", "poświadcz", "учетн", "kimlik", "inloggning",
        "přihlašov"};
    /** A credential file named as out of reach ("can only read the Secrets in that namespace") is a restriction. */
    private static final String RESTRICTED = "\\b(?:can only|only (?:read|access)|limited to|restricted to|"
            + "cannot|can't|must not|never|(?:is|are) mounted|nothing is|holds? no|contains? no|(?:is|are) not (?:stored|used|kept)|"
            + "no (?:secrets?|credentials?|passwords?) (?:is|are) (?:stored|kept))\\b";
    private static final String SECRET = "\\b(?:api[ _-]?keys?|secret (?:access )?keys?|access keys?|"
            + "environment variables|env vars"
            + "|passwords?|private keys?|tokens?|credentials|secrets)\\b|_api_key\\b|_secret\\b"
            + "|_(?:secret|token|password|passwd|pwd|api_?key|private_?key|access_?key)\\b|\\b(?:private_key|"
            + "database_url)\\b|\\b(?:connection strings?|cadenas? de conexión|strings? de conexão|chaînes? de connexion|stringhe? di connessione|"
            + "verbindungszeichenfolge\\p{L}*|mật khẩu|khóa bí mật|thông tin xác thực)\\b|\\b(?:credenciais|credenciales|credenziali|identifiants|zugangsdaten|"
            + "passw(?:ö|oe)rter|mots? de passe|contraseñas?|senhas?|wachtwoord\\p{L}*|hasła|hasło|haseł|"
            + "парол\\p{L}*|şifre\\p{L}*|parolalar\\p{L}*|lösenord\\p{L}*|hesl[oa]\\p{L}*|přihlašovací údaje|"
            + "kimlik bilgi\\p{L}*|chaves? (?:de acesso|privadas?|secretas?|da api|api)|claves? (?:de acceso|"
            + "privadas?|secretas?|de api|api)|chiav[ei] (?:di accesso|privat[ae]|segret[ae]|api)|clés? (?:privées?|"
            + "secrètes?|d'accès|api)|private sleutels?|klucz\\p{L}* (?:prywatn|dostępu|api)\\p{L}*|(?:приватн|"
            + "секретн)\\p{L}* ключ\\p{L}*|ключ\\p{L}* доступа|(?:gizli|özel|erişim|api) anahtar\\p{L}*|"
            + "(?:privat|hemlig)\\p{L}* nyck\\p{L}*|åtkomstnyck\\p{L}*|api-nyck\\p{L}*|(?:soukrom|tajn|"
            + "přístupov)\\p{L}* klíč\\p{L}*)|" + nonLatin("密码|密钥|凭证|凭据|パスワード|秘密鍵|認証情報|비밀번호|비밀 ?키|개인 ?키|"
            + "액세스 ?키|인증 ?정보|κωδικ\\p{L}* πρόσβασης|συνθηματικ\\p{L}*|كلمة المرور|كلمات المرور|مفاتيح|بيانات الاعتماد|पासवर्ड|कुंजी|क्रेडेंशियल");
    /** Where a secret would be read out to: the answer, or this machine's own secrets. */
    private static final String READOUT_PLACE = "\\b(?:your|this (?:machine|workstation|host|computer|"
            + "laptop|server)|of the tool"
            + "|print it|to me|from the (?:build|ci) (?:agent|server|host|runner)|(?:in|into|to) the (?:report|"
            + "answer|output|summary|appendix|design|markdown|export|response|pdf|terraform output))\\b"
            + "|\\b(?:in this environment|you (?:can|have) access|(?:into|to|in) the readme|verbatim|"
            + "in plain ?text|as plain ?text|en la respuesta|dans (?:la|ta|votre) réponse|na resposta|"
            + "nella risposta|in (?:der|die|deine) antwort|in het antwoord|w odpowiedzi|в ответ\\p{L}*|"
            + "i svaret|câu trả lời|v odpověd\\p{L}*|yanıt\\p{L}*|cevap\\p{L}*|bana)\\b|" + nonLatin("답변|응답|回答|答复|"
            + "回复|απάντησ\\p{L}*|الإجابة|الرد|ردك|उत्तर|जवाब");
    private static final List<String> TRANSFER = List.of(
            "send", "stream", "replicate", "copy", "copies", "mirror", "push", "forward", "ship", "export", "upload",
            "exfiltrate", "dump", "sync", "move", "sende", "schick", "kopier", "übertrag", "envoie", "envoyer", "copie",
            "transf", "envía", "envia", "copia", "envie", "enviar", "invia", "trasferisc", "stuur", "kopieer",
            "verstuur", "wyślij", "skopiuj", "prześlij", "отправ", "скопир", "передай", "发送", "复制", "传到", "送信", "コピー",
            "転送", "repli", "copied", "sink to", "sink verso", "sink vers", "sink nach", "sink hacia", "sink para",
            "sink naar", "sink do", "同步", "上传", "导出", "发到", "传给", "보내", "전송", "복사", "동기화", "업로드", "내보내", "gönder",
            "kopyala", "aktar", "yükle", "senkronize", "भेज", "कॉपी", "अपलोड", "सिंक", "أرسل", "ارسل", "انسخ", "ارفع",
            "صدر", "skicka", "kopiera", "synka", "överför", "exportera", "ladda upp", "pošli", "posílej", "zkopíruj",
            "nahraj", "exportuj", "přenes", "synchronizuj", "копир", "выгруж", "пересыл", "ترسل", "يرسل", "إرسال", "ارسال", "نسخ",
            "gửi", "sao chép", "chuyển", "đồng bộ", "στείλ", "στέλν", "αντιγράφ", "αντίγραψ", "receives", "receive");
    private static final String DATA = "\\b(?:tables?|database|columns?|rows?|topics?|pii|customers?|"
            + "dump|data|keyspace|collection|credit card|iban|ssn|salar"
            + "|password|tabell?e|spalte|kundentabelle|colonne|table|tabla|columna|tabela|coluna|colonna|"
            + "stipendio|kolom|kolumn|tabel"
            + "|таблиц|столб|данны)|表|列|数据|テーブル|データ"
            + "|tabell|\\b(?:personnummer|tabulk\\p{L}*|rodn\\p{L}* čísl\\p{L}*|tablo\\p{L}*|müşteri\\p{L}*|"
            + "kişisel veri\\p{L}*|users?|iban)\\b|" + nonLatin("테이블|데이터|고객|جدول|بيانات|टेबल|डेटा|ग्राहक|"
            + "身份证|手机号|πίνακ|δεδομέν|στήλ") + "|\\b(?:bảng|dữ liệu|cột|số thẻ)\\b";
    private static final String OUTSIDE = "\\b(?:my (?:personal|private|own|home|gmail)|personal (?:s3|"
            + "bucket|e-?mail|server|drive|account)"
            + "|private server of mine|server of my (?:own|choice)|external (?:ftp|server|sftp)|attacker|"
            + "outside (?:our|the) (?:network|company)"
            + "|the company does not control|pastebin|dropbox|telegram|competitor|anonymous ftp|home nas|protonmail|s3://my"
            + "|meine[nm]? privaten?|externen server|meiner wahl|(?:bucket|serveur|e-?mail) personnel|"
            + "serveur externe|mi (?:\\S+ ){1,2}personal"
            + "|servidor externo|(?:bucket|e-?mail|servidor) pessoal|server esterno|mio (?:\\S+ ){1,2}personale|"
            + "mijn persoonlijke|externe server"
            + "|zewnętrzny serwer|prywatny serwer|внешний сервер|личн\\p{L}+ (?:почт|сервер|бакет)\\p{L}*)|"
            + "外部服务器|我的个人|私人服务器|外部サーバー|個人の(?:バケット|メール|サーバー)"
            + "|(?<![\\w.+-])[\\w.+-]+@(?:gmail|googlemail|yahoo|hotmail|outlook|live|proton(?:mail)?|"
            + "pm|gmx|wp|o2|onet|interia|web|yandex|mail|icloud|aol|qq|163|126|naver|daum|hanmail|seznam|"
            + "centrum|libero|orange|free|laposte|t-online|yopmail|tutanota)\\.[a-z]{2,}|\\b(?:https?|"
            + "s?ftp|s3|tcp)://(?!(?:10|127)\\.|192\\.168\\.|172\\.(?:1[6-9]|2\\d|3[01])\\.)\\d{1,3}(?:\\.\\d{1,3}){3}\\b|"
            + "\\bs?ftp://|\\b(?:(?:email|máy chủ|tài khoản) (?:\\S+ )?cá nhân|off-?site|perso|mon (?:\\S+ ){1,3}perso|(?:bucket|serveur|server|servidor|"
            + "serwer|sunucu|servern?) (?:extern\\p{L}*|personal\\p{L}*|pessoal|privat\\p{L}*|kişisel|"
            + "özel|soukrom\\p{L}*|osobní\\p{L}*)|extern\\p{L}* (?:meu|mio|mi|my|mine)|fuori dall'aziend\\p{L}*|"
            + "outside the company|außerhalb des unternehmens|hors de l'entreprise|fuera de la empresa|"
            + "fora da empresa|buiten het bedrijf|poza firm\\p{L}*|şirket dışı\\p{L}*|utanför företaget|"
            + "mimo firmu|mó[jy] prywatn\\p{L}*|prywatn\\p{L}* (?:adres|serwer|skrzynk|e-?mail|konto)\\p{L}*|"
            + "min privata|min egen server|privat\\p{L}* (?:e-?post|mejl)|můj soukrom\\p{L}*|soukrom\\p{L}* (?:e-?mail|"
            + "účet)|kişisel (?:sunucu|e-?posta|bucket|hesab)\\p{L}*|benim (?:\\S+ )?sunucu\\p{L}*)|" + nonLatin("我个人|"
            + "个人(?:的)?(?:服务器|邮箱|网盘|账号)|제 개인|나의 개인|개인 (?:구글|드라이브|클라우드|계정)|προσωπικ\\p{L}* (?:μου )?(?:email|διακομιστ|λογαριασμ)|私人(?:服务器|邮箱)|개인 (?:서버|메일|이메일|버킷)|내 개인|외부 서버|خادمي|الخاص بي|بريدي الشخصي|"
            + "خادم خارجي|मेरे निजी|निजी सर्वर|व्यक्तिगत (?:सर्वर|ईमेल)");
    /** Hiding what is done, in every language of the rules. */
    private static final String CONCEAL = "\\b(?:secretly|covert(?:ly)?|surreptitiously|quietly|silently|"
            + "hidden|discreetly|unbeknownst"
            + "|without (?:them|their|the (?:employees|staff|users|customers)'?) (?:knowing|knowledge|"
            + "noticing)|without (?:telling|informing)"
            + "|behind their backs|(?:must not|mustn't|may not|should not|shouldn't|will not|won't) be (?:told|informed)|without notifying|don't let them|do not let them|so they don't|so that they don't|so nobody|"
            + "don't tell the staff"
            + "|heimlich|verdeckt|unbemerkt|ohne (?:ihr|deren) wissen|zonder (?:hun )?medeweten|en secret|secrètement|à leur insu|"
            + "discrètement|en cachette|en secreto"
            + "|a escondidas|secretamente|sin que lo sepan|em segredo|às escondidas|sem que saibam|di nascosto|"
            + "segretamente|in segreto"
            + "|stiekem|heimelijk|in het geheim|potajemnie|po cichu|w tajemnicy|ukradkiem|тайно|скрытно|втайне|незаметно)"
            + "|" + nonLatin("偷偷|秘密|暗中|悄悄|不知情|不知道的情况下|こっそり|密かに|ひそかに|秘密裏|知らせず|気づかれない|知られず|内緒で|"
            + "κρυφά|μυστικά|χωρίς να το (?:ξέρουν|μάθουν|γνωρίζουν)")
            + "|\\b(?:bí mật|lén lút|lén|mà không thông báo|không cho (?:họ )?biết|gizlice|habersiz\\p{L}*|haberleri olmadan|fark ettirmeden|i hemlighet|hemligt|i smyg|"
            + "obemärkt|tajně|potají|skrytě|bez (?:jejich )?vědomí|bez ich wiedzy|sin que (?:lo )?sepan|"
            + "sem que (?:eles )?saibam)\\b|" + nonLatin("몰래|은밀히|비밀리에|모르게|سرا|سراً|خفية|دون علمهم|بدون علمهم|"
            + "चुपके से|गुप्त रूप से|छिपकर|जानकारी के बिना");

    // ---- conceal from the guardians × evade consent ----
    private static final List<String> KEEP_FROM = List.of(
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
    private static final String GUARDIAN = "(?<![a-z])dpo(?![a-z])|\\b(?:data protection officer|privacy (?:team|"
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
    private static final List<String> EVADE = List.of(
            "skip", "bypass", "circumvent", "route around", "get around", "work around", "turn off", "disable",
            "ignore", "evade", "avoid", "switch off", "überspring", "umgeh", "ignorier", "deaktivier", "contourn",
            "ignor", "désactiv", "saute", "sauter", "sált", "salta", "saltar", "omit", "pule", "pular", "aggira",
            "disattiva", "sla ", "omzeil", "negeer", "pomiń", "omiń", "zignoruj", "пропусти", "обойди", "игнорир",
            "отключи", "跳过", "绕过", "忽略", "スキップ", "回避", "無視", "우회", "무시", "건너뛰", "atlat", "atla", "görmezden", "अनदेखा",
            "बायपास", "दरकिनार", "تجاوز", "تجاهل", "تخطى", "تخطي", "kringgå", "hoppa över", "ignorera", "strunta i",
            "obejdi", "obejít", "přeskoč", "ignoruj");
    private static final String CONSENT = "\\b(?:do[_ -]?not[_ -]?track|\\w*optout\\w*|\\w*opt_out\\w*|consent|opt-?outs?|opt outs?|einwilligung\\p{L}*|zustimmung\\p{L}*|"
            + "consentement|consentimiento"
            + "|consentimento|consenso|toestemming\\p{L}*|zgod\\p{L}*|согласи\\p{L}*)\\b|同意"
            + "|\\b(?:rıza\\p{L}*|samtycke\\p{L}*|souhlas\\p{L}*)|" + nonLatin("동의|수신 거부|موافقة|الموافقة|सहमति");
    private static final List<String> DESPITE = List.of(
            "without asking", "without the", "without their", "without consent", "without user", "without customer",
            "even for", "even if", "even when", "anyway", "regardless", "ohne einwilligung", "ohne zustimmung",
            "sans le consentement", "sans consentement", "sin el consentimiento", "sin consentimiento",
            "sem consentimento", "senza consenso", "zonder toestemming", "bez zgody", "без согласия", "keep ",
            "continue", "still ", "seguir", "sigue", "continuar", "continu", "weiter", "toujours", "gewoon", "nadal",
            "dalej", "devam", "συνέχισ", "tiếp tục", "fortsätt", "fortfarande", "stále", "계속", "继续", "引き続き", "استمر", "जारी");
    private static final String NO_CONSENT = "\\b(?:without (?:asking (?:\\S+ ){0,2}for |the |their |"
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
    private static final String CONSENT_KEPT = "\\b(?:no|never|nothing|only|not|nie|kein\\p{L}*|jamais|"
            + "nunca|mai|niet|nigdy|никогда)\\b"
            + "|\\b(?:exclud\\p{L}*|filter\\p{L}*|suppress\\p{L}*|honou?r\\p{L}*|respect\\p{L}*|ausgeschlossen|"
            + "exclu\\p{L}*|uitgesloten|wykluczen\\p{L}*|loại trừ|hariç|undantas|vyloučen\\p{L}*|inte|asla)\\b|" + nonLatin("مستبعد|εξαιρ|"
            + "बाहर");

    // ---- covert × watch × people ----
    private static final List<String> WATCH = List.of(
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
    private static final String PEOPLE = "\\b(?:employees?|staff|workers?|users?|customers?|colleagues|"
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

    // ---- repeat × the text given before the input ----
    private static final List<String> REPEAT = List.of(
            "repeat", "print", "output", "show", "reveal", "echo", "recite", "quote", "copy", "translate", "summar",
            "list", "display", "write out", "tell me", "give me", "start", "what", "wiederhol", "gib ", "zeig", "ausgeb",
            "druck", "was wurde", "répète", "répéte", "affiche", "montre", "imprime", "recopie", "repite", "muestra",
            "repita", "mostre", "imprima", "ripeti", "mostra", "stampa", "herhaal", "toon", "powtórz", "pokaż",
            "wypisz", "повтори", "покажи", "выведи", "重复", "输出", "显示", "打印", "告诉我", "繰り返", "表示", "出力", "教えて", "출력",
            "보여", "반복", "알려", "그대로", "yazdır", "göster", "tekrarla", "söyle", "दिखा", "बताओ", "प्रिंट", "दोहरा", "लिखो",
            "اعرض", "اطبع", "كرر", "أظهر", "اظهر", "اكتب", "skriv ut", "upprepa", "visa", "vypiš", "zopakuj", "zobraz",
            "ukaž", "napiš", "revel", "rivel", "ripet", "in ra", "hiển thị", "lặp lại", "tiết lộ", "εμφάνισ", "δείξ", "τύπωσ",
            "επανάλαβ", "γράψ", "αποκάλυψ");
    private static final String GIVEN_TEXT = "\\b(?:(?:text|words?|content|everything|all|message|lines?) (?:above|"
            + "before (?:this|mine|the words?)|preceding)"
            + "|(?:everything|all|text) (?:above|before) ['\"‘“]|preceding (?:text|message|instructions)|"
            + "(?:previous|earlier|prior) (?:text|message)"
            + "|above this (?:line|input|message)|(?:instructions|rules|guidelines) (?:you|that you) (?:received|"
            + "were given|got|follow)"
            + "|(?:instructions|rules|guidelines) your developer|(?:your|the) (?:initial|original|first|"
            + "hidden|system|developer) (?:prompt|message|instructions|rules)"
            + "|(?:hidden|secret) rules|system message|developer message|prompt template|(?:were you|"
            + "you were|you've been) told"
            + "|(?:instructions?|rules?|guidelines?) (?:that )?(?:were you|you were|have you been|you've been|you have been) given|before (?:my|"
            + "this) (?:message|input|question|description|request|text)|did the developer tell you|(?:sent|given) to you before|"
            + "came before this|at the start of this conversation"
            + "|text oben|obigen text|deine (?:anweisungen|instruktionen|vorgaben)|dir vor dieser nachricht|texte ci-dessus"
            + "|(?:tes|vos) instructions|instructions initiales|texto (?:anterior|de arriba|acima)|tus instrucciones"
            + "|instrucciones del sistema|suas instruções|instruções iniciais|testo (?:sopra|precedente)|tue istruzioni"
            + "|istruzioni (?:di sistema|nascoste|del sistema|che ti sono state date)|prima di questo messaggio|antes de este mensaje|"
            + "antes desta mensagem|avant ce message|vor dieser nachricht|voor dit bericht|przed tą wiadomością|до этого сообщения|testo che precede|instruções (?:de|do) sistema|"
            + "(?:swój |twój )?prompt\\p{L}* systemow\\p{L}*|systemow\\p{L}* prompt\\p{L}*|lời nhắc hệ thống|hướng dẫn hệ thống|"
            + "(?:hướng dẫn|chỉ dẫn) trước đó|tekst hierboven|je (?:systeem)?instructies|systeeminstructies|tekst powyżej|"
            + "swoje instrukcje"
            + "|instrukcje systemowe|текст выше|свои (?:системные )?инструкции|системн\\p{L}+ (?:промпт|инструкци\\p{L}*))"
            + "|" + nonLatin("上面的(?:文字|内容|文本)|系统提示|你的指令|上のテキスト|上記のテキスト|システムプロンプト|あなたの指示")
            + "|\\b(?:(?:start|beginning) of (?:this|the|our) (?:conversation|chat|session|context)|sistem istem\\p{L}*|"
            + "sistem prompt\\p{L}*|önceki talimat(?!\\p{L}*(?:ımız|imiz|da|de|ta|te))\\p{L}*|systemprompt\\p{L}*|dina instruktioner|texten ovan|"
            + "systémov\\p{L}* (?:prompt|instrukc)\\p{L}*|tvoje instrukce|text výše)|" + nonLatin("시스템 프롬프트|"
            + "시스템 지시|이전 지시|위의 (?:텍스트|내용)|موجه النظام|تعليمات النظام|تعليماتك|النص أعلاه|सिस्टम प्रॉम्प्ट|"
            + "अपने निर्देश|μήνυμα συστήματος|οδηγίες συστήματος|προτροπή συστήματος|οδηγίες σου|"
            + "(?:οδηγίες|κανόνες) που (?:έλαβες|σου δόθηκαν)|ऊपर का (?:पाठ|टेक्स्ट)");

    // ---- ignore × instructions, other languages (English has its own patterns) ----
    private static final List<String> IGNORE = List.of(
            "ignorier", "vergiss", "missacht", "ignorez", "ignore", "oublie", "ignora", "olvida", "esqueça", "esqueca",
            "desconsider", "dimentica", "negeer", "vergeet", "zignoruj", "ignoruj", "zapomnij", "игнорируй",
            "проигнорируй", "забудь", "忽略", "无视", "忘记", "忘掉", "不要理会", "無視", "忘れ", "무시", "잊어", "yok say",
            "görmezden gel", "unut", "boş ver", "अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जा", "تجاهل", "انس",
            "ignorera", "strunta i", "glöm", "zapomeň", "nedbej", "αγνόησ", "ξέχασ", "bỏ qua", "phớt lờ", "quên");
    private static final String INSTRUCTIONS = "\\b(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|"
            + "instructions|règles|consignes"
            + "|instrucciones|reglas|normas|instruções|regras|istruzioni|regole|instructies|regels|instrukcje|"
            + "zasad\\p{L}*|reguł\\p{L}*"
            + "|инструкци\\p{L}*|правил\\p{L}*)|指令|指示|规则|提示|命令|ルール|規則"
            + "|\\b(?:talimat\\p{L}*|kural\\p{L}*|yönerge\\p{L}*|instruktion\\p{L}*|regler\\p{L}*|riktlinjer|"
            + "instrukc\\p{L}*|pravidl\\p{L}*|pokyn\\p{L}*|polece\\p{L}*|hướng dẫn|chỉ dẫn|quy tắc)|" + nonLatin("지시|지침|규칙|명령|التعليمات|تعليمات|"
            + "القواعد|निर्देश|नियम|οδηγί\\p{L}*|κανόν\\p{L}*");

    /** "Do not ignore the schema changes" in the rules' languages. */
    private static final String IGNORE_NEGATED = "\\b(?:do not|don't|never|nicht|n'ignore|no|não|non|"
            + "niet|nie|не|inte)\\s+(?:\\S+\\s+)?(?:ignor|negeer|vergiss|oublie|olvid|esqueç|dimentic|"
            + "zapomin|игнорир|забыва)"
            + "|\\b(?:ignorera inte|neignoruj|nezapomeň|yok sayma|görmezden gelme|unutma)\\b|" + nonLatin("अनदेखा न |"
            + "नज़रअंदाज़ न |नजरअंदाज न |무시하지 (?:말|마)|لا تتجاهل");

    // ---- re-identify × anonymised people ----
    private static final List<String> REIDENTIFY = List.of(
            "re-identif", "reidentif", "de-anonymi", "deanonymi", "ré-identifi", "réidentifi", "désanonymis",
            "re-identifica", "desanonimi", "deanonimi", "reidentyfik", "деанонимиз", "реидентифи", "重新识别", "去匿名", "再識別",
            "再特定", "재식별", "yeniden kimlik", "anonimliğini kaldır", "återidentifi", "avanonymis", "reidentifik",
            "deanonymiz", "إعادة التعرف", "إعادة تحديد", "पुनः पहचान", "गुमनामी हटा");
    private static final String ANONYMISED_OR_PEOPLE = PEOPLE + "|anonym|anonim|anoniem|pseudonym|\\bpatients?\\b|"
            + "\\bpacient|de-?identif|\\brespondents?\\b|匿名|익명|مجهول|गुमनाम";
    /** Working out who the people behind records are, without the word "re-identify". */
    private static final List<String> WHO_IS_WHO = List.of(
            "work out who", "figure out who", "find out who", "identify who", "determine who", "who each",
            "who they are");
    private static final String EACH_PERSON = "\\b(?:each|every) (?:person|individual|device owner|owner|"
            + "patient|user|customer)\\b|\\bwhere (?:they|each (?:one|person)) lives?\\b|\\breal (?:names?|"
            + "identit)";
    /** Re-identification named as something to prevent. */
    private static final String PREVENTED = "\\b(?:nobody|no one|cannot|can't|must not|mustn't|never|"
            + "not|prevent\\w*|avoid\\w*|prohibit\\w*|forbid\\w*|impossible|risks?|nie|nicht|jamais|nunca|"
            + "mai|niet|inte|asla|only (?:possible|allowed|permitted)|(?:dpo|privacy team)[- ]approved|approved (?:request|process))\\b";

    // ---- link × anonymised records × a source that names people ----
    private static final List<String> LINK = List.of(
            "join", "link", "match", "merge", "combine", "cross-reference", "enrich", "put names", "verknüpf", "abgleich",
            "crois", "relier", "cruza", "vincula", "incrocia", "koppel", "połącz", "сопостав", "объедин", "关联", "突合", "照合");
    private static final String IDENTIFYING_SOURCE = "\\b(?:voter (?:rolls?|registers?|lists?|files?)|electoral (?:rolls?|"
            + "registers?)|public records|social media (?:profiles|accounts)|linkedin|facebook|names back|real names|"
            + "wählerverzeichnis\\p{L}*|listes? électorales?|padrón electoral|censo electoral|liste elettorali|"
            + "kiezersregister|spis\\p{L}* wyborc\\p{L}*)\\b|选民|選挙人名簿";

    // ---- switch off × audit trail × so that reviewers cannot see ----
    private static final List<String> SWITCH_OFF = List.of(
            "disable", "turn off", "switch off", "stop", "delete", "purge", "deaktivier", "abschalt", "désactiv",
            "desactiv", "disattiv", "uitschakel", "schakel", "wyłącz", "отключ", "关闭", "禁用", "無効", "止め", "비활성",
            "끄", "kapat", "devre dışı", "inaktivera", "stäng av", "vypn", "تعطيل", "عطّل", "عطل", "बंद", "απενεργοποίησ",
            "tắt", "vô hiệu");
    private static final String AUDIT_TRAIL = "\\b(?:audit(?:ing| ?logs?| trails?)|cloudtrail|access logs?|"
            + "protokollierung|audit-?protokoll\\p{L}*|journal\\p{L}* d'audit|registros? de auditoría|log di audit|"
            + "auditlog\\p{L}*|dziennik\\p{L}* audytu|журнал\\p{L}* аудита|denetim kayıt\\p{L}*|granskningslogg\\p{L}*|"
            + "auditní log\\p{L}*|nhật ký kiểm toán)\\b|" + nonLatin("审计日志|監査ログ|감사 로그|سجل التدقيق|ऑडिट लॉग|αρχεί\\p{L}* ελέγχου");
    /** Who the audit trail is switched off against. */
    private static final String UNTRACEABLE = GUARDIAN + "|\\b(?:reviewers?|auditors?|hipaa|trace|traced|untraceable|"
            + "unnoticed|nobody|no one|cannot see|can't see|prüfer|auditeurs?|auditores|revisori)\\b";

    // ---- send × credential columns × in the clear ----
    private static final String CREDENTIAL_COLUMN = "\\b(?:password_hash|passwd|password|reset_token|\\w+_token|"
            + "\\w+_secret|api_key|totp_secret|mfa_secret|security_answer|card_number|cvv)\\b";
    private static final String IN_THE_CLEAR = "\\b(?:unmasked|unhashed|un-hashed|unredacted|unencrypted|in (?:the )?clear|"
            + "in plain ?text|without (?:masking|hashing|redaction|encryption)|sin enmascarar|ohne maskierung|"
            + "sans masquage|sem máscara|senza mascheramento|zonder maskering|bez maskowania|без маскировки)\\b|"
            + nonLatin("마스킹 없이|不脱敏|未脱敏|マスクせず|بدون إخفاء");

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
