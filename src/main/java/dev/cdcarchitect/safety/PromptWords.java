package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.Scripts.nonLatin;

import java.util.List;

/**
 * The words of prompt extraction and override: repeat the text given before the input, ignore the instructions
 * (other languages; English has its own patterns). Used by {@link IntentObjectRules}.
 */
final class PromptWords {

    private PromptWords() {}

    // ---- repeat × the text given before the input ----
    static final List<String> REPEAT = List.of(
            "repeat", "print", "output", "show", "reveal", "echo", "recite", "quote", "copy", "translate", "summar",
            "list", "display", "write out", "tell me", "give me", "start", "what", "wiederhol", "gib ", "zeig", "ausgeb",
            "druck", "was wurde", "répète", "répéte", "affiche", "montre", "imprime", "recopie", "repite", "muestra",
            "repita", "mostre", "imprima", "ripeti", "mostra", "stampa", "herhaal", "toon", "powtórz", "pokaż",
            "wypisz", "повтори", "покажи", "выведи", "重复", "输出", "显示", "打印", "告诉我", "繰り返", "表示", "出力", "教えて", "출력",
            "보여", "반복", "알려", "그대로", "yazdır", "göster", "tekrarla", "söyle", "दिखा", "बताओ", "प्रिंट", "दोहरा", "लिखो",
            "اعرض", "اطبع", "كرر", "أظهر", "اظهر", "اكتب", "skriv ut", "upprepa", "visa", "vypiš", "zopakuj", "zobraz",
            "ukaž", "napiš", "revel", "rivel", "ripet", "in ra", "hiển thị", "lặp lại", "tiết lộ", "εμφάνισ", "δείξ", "τύπωσ",
            "επανάλαβ", "γράψ", "αποκάλυψ");
    static final String GIVEN_TEXT = "\\b(?:(?:text|words?|content|everything|all|message|lines?) (?:above|"
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
    static final List<String> IGNORE = List.of(
            "ignorier", "vergiss", "missacht", "ignorez", "ignore", "oublie", "ignora", "olvida", "esqueça", "esqueca",
            "desconsider", "dimentica", "negeer", "vergeet", "zignoruj", "ignoruj", "zapomnij", "игнорируй",
            "проигнорируй", "забудь", "忽略", "无视", "忘记", "忘掉", "不要理会", "無視", "忘れ", "무시", "잊어", "yok say",
            "görmezden gel", "unut", "boş ver", "अनदेखा", "नज़रअंदाज़", "नजरअंदाज", "भूल जा", "تجاهل", "انس",
            "ignorera", "strunta i", "glöm", "zapomeň", "nedbej", "αγνόησ", "ξέχασ", "bỏ qua", "phớt lờ", "quên");
    static final String INSTRUCTIONS = "\\b(?:anweisungen|regeln|instruktionen|vorgaben|richtlinien|"
            + "instructions|règles|consignes"
            + "|instrucciones|reglas|normas|instruções|regras|istruzioni|regole|instructies|regels|instrukcje|"
            + "zasad\\p{L}*|reguł\\p{L}*"
            + "|инструкци\\p{L}*|правил\\p{L}*)|指令|指示|规则|提示|命令|ルール|規則"
            + "|\\b(?:talimat\\p{L}*|kural\\p{L}*|yönerge\\p{L}*|instruktion\\p{L}*|regler\\p{L}*|riktlinjer|"
            + "instrukc\\p{L}*|pravidl\\p{L}*|pokyn\\p{L}*|polece\\p{L}*|hướng dẫn|chỉ dẫn|quy tắc)|" + nonLatin("지시|지침|규칙|명령|التعليمات|تعليمات|"
            + "القواعد|निर्देश|नियम|οδηγί\\p{L}*|κανόν\\p{L}*");

    /** "Do not ignore the schema changes" in the rules' languages. */
    static final String IGNORE_NEGATED = "\\b(?:do not|don't|never|nicht|n'ignore|no|não|non|"
            + "niet|nie|не|inte)\\s+(?:\\S+\\s+)?(?:ignor|negeer|vergiss|oublie|olvid|esqueç|dimentic|"
            + "zapomin|игнорир|забыва)"
            + "|\\b(?:ignorera inte|neignoruj|nezapomeň|yok sayma|görmezden gelme|unutma)\\b|" + nonLatin("अनदेखा न |"
            + "नज़रअंदाज़ न |नजरअंदाज न |무시하지 (?:말|마)|لا تتجاهل");
}
