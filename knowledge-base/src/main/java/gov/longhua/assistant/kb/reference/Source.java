package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;

/**
 * A source in the register: an official page (with its address) or a described non-official one.
 *
 * @param url address without scheme for official sources, null for described ones
 */
public record Source(String id, String description, String url) {

    public Source {
        id = Checks.text("id", id);
        description = Checks.text("description", description);
        url = Checks.optionalText(url);
    }

    /** How a citation shows the source: its id and its address or description. */
    public String label() {
        return url == null ? id + " " + description : id + " " + url;
    }
}
