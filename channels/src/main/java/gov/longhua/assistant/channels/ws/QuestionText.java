package gov.longhua.assistant.channels.ws;

import java.util.regex.Pattern;

/**
 * The text of an ask as the assistant reads it: invisible characters (zero-width spaces and joiners, the
 * byte-order mark, soft hyphens, unpaired surrogates) removed, every kind of space (no-break, ideographic,
 * thin) read as a plain space, and trimmed. Text that is empty after this was never a question.
 */
final class QuestionText {

    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u180E]|\\p{Cs}");
    private static final Pattern SPACE = Pattern.compile("[\\p{Zs}\\s\\p{Cc}]+");

    private QuestionText() {
    }

    static String normalize(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return SPACE.matcher(visible).replaceAll(" ").strip();
    }
}
