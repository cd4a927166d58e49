package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.util.List;

/**
 * A life-cycle stage of a business entity or an individual (全生命周期).
 *
 * @param aliases other words people use for the stage, in either language (买房 and "buying a flat" for 置业)
 */
public record Stage(String id, LocalizedText name, List<String> aliases, Status status) {

    public Stage {
        id = Checks.text("id", id);
        Checks.present("name", name);
        aliases = Checks.orEmpty(aliases);
        Checks.present("status", status);
    }
}
