package gov.longhua.assistant.core.answer;

import gov.longhua.assistant.kb.Lang;
import java.util.List;

/**
 * One reply, composed once for every channel: a screen shows text, card, citations and options; a voice
 * channel speaks {@code speech}.
 *
 * @param text the answer as shown
 * @param speech the answer to speak: no URLs, markup or tables
 * @param card the structured card of a catalogue answer, else null
 * @param entryId the entry that answered, or null
 * @param confidence how sure retrieval was, in [0, 1]; 0 for fallbacks
 */
public record Answer(
        AnswerKind kind,
        Lang lang,
        String text,
        String speech,
        List<Citation> citations,
        List<AnswerOption> options,
        CatalogueCard card,
        String entryId,
        double confidence) {

    public Answer {
        citations = List.copyOf(citations);
        options = List.copyOf(options);
    }
}
