package gov.longhua.assistant.core.scope;

import gov.longhua.assistant.kb.Lang;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One cue of a scope rule, compiled: its parts must occur in order, close together. In Chinese a part is a
 * substring and at most {@value #HAN_GAP} characters may lie between parts; in English a part is a whole
 * word and at most {@value #WORD_GAP} words may lie between parts.
 */
record Cue(Pattern pattern) {

    static final int HAN_GAP = 10;
    static final int WORD_GAP = 3;

    /** Compiles a cue already normalised like questions are. */
    static Cue of(String normalizedCue, Lang lang) {
        List<String> parts = Arrays.stream(normalizedCue.strip().split("\\s+")).map(Pattern::quote).toList();
        String regex = lang == Lang.ZH
                ? String.join(".{0," + HAN_GAP + "}?", parts)
                : "\\b" + String.join("\\b(?:\\W+\\w+){0," + WORD_GAP + "}?\\W+\\b", parts) + "\\b";
        return new Cue(Pattern.compile(regex));
    }

    boolean matches(String normalizedQuestion) {
        return pattern.matcher(normalizedQuestion).find();
    }
}
