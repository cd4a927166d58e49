package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;

/** One of Longhua's six streets (街道). */
public record Street(String id, LocalizedText name) {

    public Street {
        id = Checks.text("id", id);
        Checks.present("name", name);
    }
}
