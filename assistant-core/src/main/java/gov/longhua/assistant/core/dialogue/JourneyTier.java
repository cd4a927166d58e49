package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.retrieval.Candidate;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.Status;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The life-cycle guides answer two kinds of question with a stage of a guide (a confirmed guide before a
 * placeholder one): a question about which stage covers something ("买房是哪个阶段", "which stage is about
 * hiring") gets the stage it names; a question announcing a life event ("我要开公司", "I'm having a baby") gets
 * the first step of the journey it starts, the stage of the first of the top candidates that serves one.
 */
final class JourneyTier implements AnswerTier {

    /** How many of the top candidates may name the stage a life event starts a journey at. */
    private static final int JOURNEY_CANDIDATES = 3;

    @Override
    public Tier tier() {
        return Tier.JOURNEY;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        Optional<Decision> named = StageQuestion.askedStage(asking.normalized(), parts.kb().reference().stages())
                .flatMap(stage -> stepAt(stage.id(), asking, parts, "asks which stage: " + stage.id()));
        if (named.isPresent() || !JourneyQuestion.announcesALifeEvent(asking.normalized())) {
            return named;
        }
        for (Candidate candidate : asking.candidates().stream().limit(JOURNEY_CANDIDATES).toList()) {
            for (String nationalStage : stagesOf(parts.entry(candidate.entryId()))) {
                Optional<Decision> step = stepAt(nationalStage, asking, parts,
                        "a life event, via " + candidate.entryId());
                if (step.isPresent()) {
                    return step;
                }
            }
        }
        return Optional.empty();
    }

    /** The stage of a guide that stands for a national stage, as a step of its journey. */
    private static Optional<Decision> stepAt(String nationalStage, Asking asking, AnsweringParts parts,
            String why) {
        return parts.kb().guides().stream()
                .sorted(Comparator.comparing(guide -> guide.status() == Status.CONFIRMED ? 0 : 1))
                .flatMap(guide -> guide.stages().stream().filter(s -> s.nationalStage().equals(nationalStage))
                        .limit(1).map(stage -> new Decision(parts.composer().journey(guide, stage,
                                asking.answerLang()), why + "; stage " + stage.id())))
                .findFirst();
    }

    private static List<String> stagesOf(Entry entry) {
        if (entry instanceof FaqEntry faq) {
            return faq.stages();
        }
        return entry instanceof CatalogueItem item ? item.stages() : List.of();
    }
}
