package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.kb.Lang;

/** The words of one language in a question that mixes Chinese and English ("低保 apply 要什么 documents"). */
final class MixedQuestion {

    private MixedQuestion() {
    }

    /** The question's Han text (for Chinese) or its Latin words (for English), separated by spaces. */
    static String wordsIn(Lang lang, String question) {
        StringBuilder words = new StringBuilder();
        boolean kept = false;
        for (int i = 0; i < question.length(); ) {
            int cp = question.codePointAt(i);
            i += Character.charCount(cp);
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
            boolean keep = lang == Lang.ZH ? han : !han && (Character.isLetterOrDigit(cp) || cp == '\'');
            if (keep) {
                words.appendCodePoint(cp);
            } else if (kept) {
                words.append(' ');
            }
            kept = keep;
        }
        return words.toString().replaceAll("\\s+", " ").strip();
    }
}
