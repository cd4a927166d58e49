package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A question about particular fields of a catalogue item (who publishes it, how soon, where, how) asks about
 * what only catalogue items hold, so the item its topic (the question without the field wording and the
 * street) ranks first among items, if plausible, or else the first item the whole question confidently matches
 * gets the answer, even below a general FAQ entry the
 * field wording alone attracts. A question that only names a street gets the street's reading of the item the
 * whole question is confidently about, if that is an item. An FAQ entry the whole question confidently matches
 * that cites the chosen item answers instead: its curated answer covers it.
 */
final class FieldTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.FIELD;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        FieldQuestion question = FieldQuestion.read(asking.normalized(), parts.kb().reference().streets());
        if (!question.asksAField() && question.namedStreet().isEmpty()) {
            return Optional.empty();
        }
        List<Candidate> candidates = asking.candidates();
        List<Candidate> byTopic = !question.asksAField() || question.topic().isBlank() ? List.of()
                : parts.candidates(question.topic(), asking.langs());
        List<Candidate> byQuestion = question.asksAField() ? candidates : candidates.stream().limit(1).toList();
        Optional<FaqEntry> curated = candidates.stream().limit(1)
                .filter(c -> parts.accepts(c, asking.questionLang()))
                .map(c -> parts.entry(c.entryId()))
                .filter(FaqEntry.class::isInstance).map(FaqEntry.class::cast).findFirst();
        double plausible = parts.policy().clarifyFrom(asking.questionLang());
        Stream<Candidate> topicItems = byTopic.stream().filter(c -> parts.entry(c.entryId()) instanceof CatalogueItem)
                .limit(1).filter(c -> c.fused() >= plausible);
        Stream<Candidate> questionItems = byQuestion.stream()
                .filter(c -> parts.entry(c.entryId()) instanceof CatalogueItem)
                .filter(c -> parts.accepts(c, asking.questionLang()));
        return Stream.concat(topicItems, questionItems)
                .findFirst()
                .filter(c -> curated.map(faq -> !faq.cites().items().contains(c.entryId())).orElse(true))
                .map(c -> new Decision(parts.composer().fieldAnswer((CatalogueItem) parts.entry(c.entryId()),
                        question.fields(), question.street(), asking.answerLang(), c.fused()),
                        "fields " + question.fields() + " of " + c.entryId()));
    }
}
