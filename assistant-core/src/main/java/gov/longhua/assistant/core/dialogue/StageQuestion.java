package gov.longhua.assistant.core.dialogue;

import gov.longhua.assistant.kb.reference.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question about which life-cycle stage covers something ("买房是哪个阶段", "which stage is about hiring
 * workers", "old age stage"): the one national stage it names, by the stage's name or one of its aliases.
 * A question that asks for the list of stages ("从开办到注销分几个阶段"), or names no stage or several, is about
 * the guides as a whole and is left to retrieval.
 */
final class StageQuestion {

    private static final Pattern STAGE_WORD = Pattern.compile("阶段|环节|\\bstages?\\b|\\bphases?\\b");
    /** Asking for the list of stages rather than for one. */
    private static final Pattern ALL_STAGES = Pattern.compile(
            "(几|哪几|哪些|多少)个?(阶段|环节)|(阶段|环节)有哪些|how many (stages|phases)|(what|which) (stages|phases) (are|does|do)"
                    + "|(stages|phases) (are )?there|(what|which) are the (stages|phases)");

    private StageQuestion() {
    }

    /** The national stage a normalised question asks about, if it asks about exactly one. */
    static Optional<Stage> askedStage(String normalized, List<Stage> stages) {
        String text = normalized.toLowerCase(Locale.ROOT);
        if (!STAGE_WORD.matcher(text).find() || ALL_STAGES.matcher(text).find()) {
            return Optional.empty();
        }
        List<Stage> named = new ArrayList<>();
        Stage best = null;
        int bestLength = 0;
        for (Stage stage : stages) {
            int length = longestForm(text, stage);
            if (length > 0) {
                named.add(stage);
                if (length > bestLength) {
                    best = stage;
                    bestLength = length;
                }
            }
        }
        return named.size() == 1 ? Optional.of(best) : Optional.empty();
    }

    /** The length of the longest of a stage's names and aliases the text contains as words; 0 if none. */
    private static int longestForm(String text, Stage stage) {
        List<String> forms = new ArrayList<>(stage.aliases());
        forms.add(stage.name().zh());
        forms.add(stage.name().en());
        int longest = 0;
        for (String form : forms) {
            String lower = form.toLowerCase(Locale.ROOT);
            if (lower.length() > longest && containsWord(text, lower)) {
                longest = lower.length();
            }
        }
        return longest;
    }

    /** Han forms anywhere; Latin forms as whole words, a plural "s" allowed. */
    static boolean containsWord(String text, String form) {
        if (form.codePoints().anyMatch(Character::isIdeographic)) {
            return text.contains(form);
        }
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            if (end < text.length() && text.charAt(end) == 's') {
                end++;
            }
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }
}
