package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;

/** One of the 13 standard disclosure channels and carriers (公开渠道和载体). */
public record Channel(String id, LocalizedText name) {

    public Channel {
        id = Checks.text("id", id);
        Checks.present("name", name);
    }
}
