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
}
