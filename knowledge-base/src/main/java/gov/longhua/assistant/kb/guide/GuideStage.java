package gov.longhua.assistant.kb.guide;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;

/**
 * A stage of a guide.
 *
 * @param nationalStage the national stage id (reference.yaml {@code stages}) this stage is, or is nearest to
 */
public record GuideStage(String id, LocalizedText name, String nationalStage, Status status) {

    public GuideStage {
        id = Checks.text("id", id);
        Checks.present("name", name);
        nationalStage = Checks.text("nationalStage", nationalStage);
        Checks.present("status", status);
    }
}
