package gov.longhua.assistant.core.dialogue;

import java.util.regex.Pattern;

/**
 * Whether a question leans on the one before it: it opens like a continuation (那…, 那么…, 还有…, and …,
 * what about …), ends with 呢, or refers back (它, 这个, it, that) in a few words. Such a question is read
 * together with the previous one; any other question is read on its own first.
 */
final class FollowUp {

    private static final Pattern ZH_OPENING = Pattern.compile("^(那么|那|还有|另外|如果是|要是|换成|同样)");
    private static final Pattern ZH_CLOSING = Pattern.compile("呢[?？]?$");
    private static final Pattern ZH_REFERENCE = Pattern.compile("(它|这个|那个|这些|那些|这项|该项)");
    private static final Pattern EN_OPENING = Pattern.compile(
            "^(and|also|what about|how about|and what about|what if|same for|then)\\b");
    private static final Pattern EN_REFERENCE = Pattern.compile("\\b(it|that|this|they|them|those|these)\\b");
    /** A question this short that refers back has no topic of its own. */
    private static final int SHORT_ZH = 8;
    private static final int SHORT_EN_WORDS = 6;

    private FollowUp() {
    }

    /** Whether a normalised question reads as a follow-up of the previous one. */
    static boolean leansOnPrevious(String normalized) {
        String text = normalized.strip();
        if (ZH_OPENING.matcher(text).find() || ZH_CLOSING.matcher(text).find() || EN_OPENING.matcher(text).find()) {
            return true;
        }
        long han = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        if (han > 0) {
            return han <= SHORT_ZH && ZH_REFERENCE.matcher(text).find();
        }
        return text.split("\\s+").length <= SHORT_EN_WORDS && EN_REFERENCE.matcher(text).find();
    }
}
