package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Entry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A message asking two or more things ("低保怎么申请？审批结果在哪里公示？") gets a choice of what each part is
 * surely about, when they are about different entries: one answer could only answer one of them.
 */
final class SeveralQuestionsTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.SEVERAL_QUESTIONS;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        List<String> questions = asking.focus().questions();
        if (questions.size() < 2) {
            return Optional.empty();
        }
        Map<String, Entry> answered = new LinkedHashMap<>();
        for (String question : questions.subList(0, Math.min(questions.size(), AnsweringPolicy.MAX_OPTIONS))) {
            parts.candidates(question, asking.langs()).stream().limit(1)
                    .filter(best -> parts.accepts(best, asking.questionLang()))
                    .map(Candidate::entryId)
                    .forEach(id -> answered.putIfAbsent(id, parts.entry(id)));
        }
        if (answered.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Decision(parts.composer().clarify(new ArrayList<>(answered.values()),
                asking.answerLang()), questions.size() + " questions in one message: " + answered.keySet()));
    }
}
