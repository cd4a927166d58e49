package gov.longhua.assistant.kb.faq;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.longhua.assistant.kb.Checks;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.LocalizedList;
import gov.longhua.assistant.kb.LocalizedText;
import gov.longhua.assistant.kb.Phrases;
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
 * @param threshold the confidence (the learned probability that the entry answers) a question needs to get this
 *        answer, in place of the language's default; null for the default. Raise it for an entry that attracts
 *        questions it does not answer, lower it for one that is asked in many unforeseen ways
 * @param notFor questions this entry must not answer although they sound close (negative examples)
 * @param effective the first day the entry answers, or null
 * @param expires the last day the entry answers, or null
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
        Status status,
        Double threshold,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Phrases.OmitEmpty.class) Phrases notFor,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate effective,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate expires)
        implements Entry {

    /** The lowest and highest per-entry threshold accepted (a confidence): below 0.05 anything matches, above 1 nothing does. */
    public static final double MIN_THRESHOLD = 0.05;
    public static final double MAX_THRESHOLD = 1.0;

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
        if (threshold != null && (threshold < MIN_THRESHOLD || threshold > MAX_THRESHOLD)) {
            throw new IllegalArgumentException("threshold: " + threshold + " is outside " + MIN_THRESHOLD + "–"
                    + MAX_THRESHOLD);
        }
        notFor = notFor == null ? Phrases.NONE : notFor;
        Checks.period(effective, expires);
    }
}
