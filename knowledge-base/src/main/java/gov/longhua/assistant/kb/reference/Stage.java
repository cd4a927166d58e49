package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;

/** A life-cycle stage of a business entity or an individual (全生命周期). */
public record Stage(String id, LocalizedText name, Status status) {

    public Stage {
        id = Checks.text("id", id);
        Checks.present("name", name);
        Checks.present("status", status);
    }
}
