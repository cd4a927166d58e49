package gov.longhua.assistant.kb.guide;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * A life-cycle guide (全生命周期): the stages a business or a person goes through, in order. National guides
 * list the national stages; Longhua's guides list the district's own stages, each tagged with the nearest
 * national stage so that it reaches the entries that serve that stage.
 *
 * @param audience {@code business} or {@code individual}
 * @param origin {@code national} or {@code longhua}
 */
public record Guide(
        String id,
        LocalizedText name,
        String audience,
        String origin,
        List<GuideStage> stages,
        LocalDate asOf,
        List<String> sources,
        Status status) {

    public Guide {
        id = Checks.text("id", id);
        Checks.present("name", name);
        audience = Checks.text("audience", audience);
        if (!audience.equals("business") && !audience.equals("individual")) {
            throw new IllegalArgumentException("audience: must be business or individual");
        }
        origin = Checks.text("origin", origin);
        stages = Checks.nonEmpty("stages", stages);
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
        Checks.present("status", status);
    }
}
