package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;

/**
 * One of Longhua's six streets (街道).
 *
 * @param facts what the sources say about it (area, history, communities), dated in the text; may be null
 */
public record Street(String id, LocalizedText name, LocalizedText facts) {

    public Street {
        id = Checks.text("id", id);
        Checks.present("name", name);
    }
}
