package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.kb.Lang;

/**
 * A question as asked.
 *
 * @param text what the person wrote or said, 1 to {@value #MAX_LENGTH} characters
 * @param preferredLang the language the client asks for, or null to follow the question's own language
 */
public record Question(String text, Lang preferredLang) {

    /** The longest question accepted, in characters. */
    public static final int MAX_LENGTH = 2000;

    public Question {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("text: must not be empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("text: longer than " + MAX_LENGTH + " characters");
        }
    }

    /**
     * A follow-up read together with the question before it: the previous question, cut from its start if
     * need be so that the two fit within {@value #MAX_LENGTH} characters, then the current one whole.
     */
    public static Question following(String previous, String current, Lang lang) {
        int room = MAX_LENGTH - current.length() - 1;
        if (room <= 0 || previous.isBlank()) {
            return new Question(current, lang);
        }
        int from = Math.max(0, previous.length() - room);
        if (from > 0 && Character.isLowSurrogate(previous.charAt(from))) {
            from++;
        }
        String kept = previous.substring(from);
        return new Question(kept + " " + current, lang);
    }
}
