package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.util.List;

/**
 * One of the 26 pilot domains (试点领域).
 *
 * @param number its row in the national list
 * @param aliases former or alternative names (e.g. 卫生计生 for 卫生健康), used as synonyms
 */
public record Domain(String id, int number, LocalizedText name, List<String> aliases, Status status) {

    public Domain {
        id = Checks.text("id", id);
        Checks.present("name", name);
        aliases = Checks.orEmpty(aliases);
        Checks.present("status", status);
    }
}
