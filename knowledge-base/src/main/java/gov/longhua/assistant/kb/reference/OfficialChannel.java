package gov.longhua.assistant.kb.reference;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * Where the assistant sends a person it cannot help: the official portal and hotline, with provenance,
 * so that a fallback also says how sure we are of what it points to.
 */
public record OfficialChannel(String id, LocalizedText text, LocalDate asOf, List<String> sources, Status status) {

    public OfficialChannel {
        id = Checks.text("id", id);
        Checks.present("text", text);
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
        Checks.present("status", status);
    }
}
