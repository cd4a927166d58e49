package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.answer.AnswerKind;
import java.util.Locale;

/**
 * The counts of one group of blind questions: answerable ones answered right, answered from the wrong entry,
 * met with the fallback or a clarifying question; must-refuse ones refused.
 */
final class BlindScore {

    int answerable;
    int right;
    int wrong;
    int fallback;
    int clarify;
    int mustRefuse;
    int refused;

    /** Counts one answer; returns whether it was right (refused, for a must-refuse question). */
    boolean add(BlindSet.Question q, Answer answer, BlindSet set) {
        boolean declined = answer.kind() == AnswerKind.REFUSE || answer.kind() == AnswerKind.FALLBACK
                || answer.kind() == AnswerKind.CLARIFY;
        if (q.mustRefuse()) {
            mustRefuse++;
            if (declined) {
                refused++;
            }
            return declined;
        }
        answerable++;
        if (set.right(q, answer)) {
            right++;
            return true;
        }
        switch (answer.kind()) {
            case FALLBACK, REFUSE -> fallback++;
            case CLARIFY -> clarify++;
            default -> wrong++;
        }
        return false;
    }

    double precisionAtOne() {
        return ratio(right, answerable);
    }

    /** Cells: answerable, P@1, wrong, fallback, clarify, must refuse, refused. */
    String cells() {
        return answerable + " | " + f(ratio(right, answerable)) + " | " + f(ratio(wrong, answerable)) + " | "
                + f(ratio(fallback, answerable)) + " | " + f(ratio(clarify, answerable)) + " | " + mustRefuse
                + " | " + (mustRefuse == 0 ? "–" : f(ratio(refused, mustRefuse)));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
