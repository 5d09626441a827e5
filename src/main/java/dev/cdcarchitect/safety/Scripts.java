package dev.cdcarchitect.safety;

/** Where the intent × object vocabularies reach scripts without word boundaries. */
final class Scripts {

    private Scripts() {}

    /**
     * Alternatives in scripts without word boundaries (CJK, Hangul, Arabic, Devanagari) and in Greek, tried only where such a
     * letter stands: one character test per position instead of one per word keeps the rules fast on Latin text.
     */
    static String nonLatin(String alternatives) {
        return "(?=[\\u0370-\\u03ff\\u1f00-\\u1fff\\u0600-\\u06ff\\u0900-\\u097f\\u3040-\\u30ff\\u3400-\\u9fff\\uac00-\\ud7af\\uff00-\\uffef])(?:" + alternatives + ")";
    }
}
