package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.core.deadline.DeadlineQuestion;
import java.util.Optional;

/** A question naming the day an information request was made gets the reply deadline, on the official calendar. */
final class DeadlineTier implements AnswerTier {

    @Override
    public Tier tier() {
        return Tier.DEADLINE;
    }

    @Override
    public Optional<Decision> decide(Asking asking, AnsweringParts parts) {
        return DeadlineQuestion.applicationDate(asking.normalized(), parts.today())
                .map(applied -> new Decision(parts.composer().deadline(applied, asking.answerLang()),
                        "a request made on " + applied));
    }
}
