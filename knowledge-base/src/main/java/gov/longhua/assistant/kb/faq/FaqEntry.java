package gov.longhua.assistant.kb.faq;

import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.LocalizedList;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Status;
import java.time.LocalDate;
import java.util.List;

/**
 * A curated question and answer. The answer is returned exactly as written.
 *
 * @param id stable id, e.g. {@code ogi.reply-time-limit}
 * @param topic a short topic key, e.g. {@code ogi}, {@code education}
 * @param title the question in its canonical form, per language
 * @param questions other ways people ask it, per language
 * @param answer the curated answer, per language
 * @param cites what the answer rests on
 * @param stages ids of the life-cycle stages the entry serves
 */
public record FaqEntry(
        String id,
        String topic,
        LocalizedText title,
        LocalizedList questions,
        LocalizedText answer,
        FaqCitations cites,
        List<String> stages,
        LocalDate asOf,
        List<String> sources,
        Status status) implements Entry {

    public FaqEntry {
        id = Checks.text("id", id);
        topic = Checks.text("topic", topic);
        Checks.present("title", title);
        Checks.present("questions", questions);
        Checks.present("answer", answer);
        Checks.present("cites", cites);
        stages = Checks.orEmpty(stages);
        Checks.present("asOf", asOf);
        sources = Checks.nonEmpty("sources", sources);
        Checks.present("status", status);
    }
}
