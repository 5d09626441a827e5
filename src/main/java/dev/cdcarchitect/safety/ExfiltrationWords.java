package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.Scripts.nonLatin;

import java.util.List;

/**
 * The words of exfiltration: read out or send away × secrets, credential files, tables, to outside places or in
 * the clear. Used by {@link IntentObjectRules}.
 */
final class ExfiltrationWords {

    private ExfiltrationWords() {}

    // ---- read out or send away × secrets, credential files, tables to outside places ----
    static final List<String> READ_OUT = List.of(
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
    static final String SECRET_FILE = "(?:~|%userprofile%|\\$home|\\$\\{home\\})[/\\\\]\\.(?:aws|"
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
    static final String[] SECRET_FILE_CUES = {"~/", ".aws", "id_", "/etc/", ".pgpass", ".netrc", ".git-credentials", "/proc/",
        "kubeconfig", ".kube", "credential", "ssh", "authorized_keys", ".docker", ".env", "%userprofile%", "$home", "${home}", "service",
        ".pem", "web.config", "appsettings", ".p12", ".pfx", ".jks", ".keystore", "credenc", "credenz", "identifiant", "zugangsdaten", "poświadcz", "учетн", "kimlik", "inloggning",
        "přihlašov"};
    /** A credential file named as out of reach ("can only read the Secrets in that namespace") is a restriction. */
    static final String RESTRICTED = "\\b(?:can only|only (?:read|access)|limited to|restricted to|"
            + "cannot|can't|must not|never|(?:is|are) mounted|nothing is|holds? no|contains? no|(?:is|are) not (?:stored|used|kept)|"
            + "no (?:secrets?|credentials?|passwords?) (?:is|are) (?:stored|kept))\\b";
    static final String SECRET = "\\b(?:api[ _-]?keys?|secret (?:access )?keys?|access keys?|"
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
    static final String READOUT_PLACE = "\\b(?:your|this (?:machine|workstation|host|computer|"
            + "laptop|server)|of the tool"
            + "|print it|to me|from the (?:build|ci) (?:agent|server|host|runner)|(?:in|into|to) the (?:report|"
            + "answer|output|summary|appendix|design|markdown|export|response|pdf|terraform output))\\b"
            + "|\\b(?:in this environment|you (?:can|have) access|(?:into|to|in) the readme|verbatim|"
            + "in plain ?text|as plain ?text|en la respuesta|dans (?:la|ta|votre) réponse|na resposta|"
            + "nella risposta|in (?:der|die|deine) antwort|in het antwoord|w odpowiedzi|в ответ\\p{L}*|"
            + "i svaret|câu trả lời|v odpověd\\p{L}*|yanıt\\p{L}*|cevap\\p{L}*|bana)\\b|" + nonLatin("답변|응답|回答|答复|"
            + "回复|απάντησ\\p{L}*|الإجابة|الرد|ردك|उत्तर|जवाब");
    static final List<String> TRANSFER = List.of(
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
    static final String DATA = "\\b(?:tables?|database|columns?|rows?|topics?|pii|customers?|"
            + "dump|data|keyspace|collection|credit card|iban|ssn|salar"
            + "|password|tabell?e|spalte|kundentabelle|colonne|table|tabla|columna|tabela|coluna|colonna|"
            + "stipendio|kolom|kolumn|tabel"
            + "|таблиц|столб|данны)|表|列|数据|テーブル|データ"
            + "|tabell|\\b(?:personnummer|tabulk\\p{L}*|rodn\\p{L}* čísl\\p{L}*|tablo\\p{L}*|müşteri\\p{L}*|"
            + "kişisel veri\\p{L}*|users?|iban)\\b|" + nonLatin("테이블|데이터|고객|جدول|بيانات|टेबल|डेटा|ग्राहक|"
            + "身份证|手机号|πίνακ|δεδομέν|στήλ") + "|\\b(?:bảng|dữ liệu|cột|số thẻ)\\b";
    static final String OUTSIDE = "\\b(?:my (?:personal|private|own|home|gmail)|personal (?:s3|"
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
    static final String CONCEAL = "\\b(?:secretly|covert(?:ly)?|surreptitiously|quietly|silently|"
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

    // ---- send × credential columns × in the clear ----
    static final String CREDENTIAL_COLUMN = "\\b(?:password_hash|passwd|password|reset_token|\\w+_token|"
            + "\\w+_secret|api_key|totp_secret|mfa_secret|security_answer|card_number|cvv)\\b";
    static final String IN_THE_CLEAR = "\\b(?:unmasked|unhashed|un-hashed|unredacted|unencrypted|in (?:the )?clear|"
            + "in plain ?text|without (?:masking|hashing|redaction|encryption)|sin enmascarar|ohne maskierung|"
            + "sans masquage|sem máscara|senza mascheramento|zonder maskering|bez maskowania|без маскировки)\\b|"
            + nonLatin("마스킹 없이|不脱敏|未脱敏|マスクせず|بدون إخفاء");
}
