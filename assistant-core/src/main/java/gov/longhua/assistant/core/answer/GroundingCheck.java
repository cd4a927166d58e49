package gov.longhua.assistant.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether every sentence of a generated text rests on a source text: each figure (numbers, dates, phone
 * numbers, article numbers), web address and quoted title (《…》) it contains occurs in the source, and most
 * of its words do (Chinese: {@value #MIN_HAN_SHARE} of its Han characters; English: {@value #MIN_WORD_SHARE}
 * of its content words, compared by their first five letters). Figures are compared as whole tokens ("2个工作日" is
 * not grounded by "20个工作日"), and negation must agree ({@link NegationCheck}: "不收费" is not "收费", an added
 * "not" is not grounded). One sentence that fails fails the text.
 */
public final class GroundingCheck {

    static final double MIN_HAN_SHARE = 0.85;
    static final double MIN_WORD_SHARE = 0.75;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？!?；;])|(?<=\\.)\\s+|\\n+");
    private static final Pattern FACT = Pattern.compile(
            "\\d+(?:[.:/\\-]\\d+)*|(?:https?://)?(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)+(?:/\\S*)?|《[^》]+》");
    private static final Pattern WORD = Pattern.compile("[a-z]{4,}");
    private static final Set<String> COMMON = Set.of("this", "that", "with", "from", "they", "them", "their",
            "there", "which", "what", "when", "where", "will", "would", "should", "could", "have", "been", "were",
            "your", "about", "into", "also", "only", "more", "than", "then", "must", "each", "other", "such",
            "does", "here", "these", "those", "information", "item");

    private GroundingCheck() {
    }

    public static boolean grounded(String generated, String source) {
        String text = generated.toLowerCase(Locale.ROOT).strip();
        String base = source.toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return false;
        }
        for (String sentence : sentences(text)) {
            if (!factsOccur(sentence, base) || !wordsOccur(sentence, base) || !NegationCheck.consistent(sentence, base)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : SENTENCE_END.split(text)) {
            if (!part.isBlank()) {
                sentences.add(part.strip());
            }
        }
        return sentences;
    }

    private static boolean factsOccur(String sentence, String source) {
        Matcher facts = FACT.matcher(sentence);
        while (facts.find()) {
            String fact = facts.group();
            boolean found = Character.isDigit(fact.charAt(0)) ? wholeNumberOccurs(fact, source) : source.contains(fact);
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** A figure occurs as a whole token: "2" is not found in "20" or "2.5", nor "10" in "110". */
    private static boolean wholeNumberOccurs(String figure, String source) {
        return Pattern.compile("(?<!\\d)(?<!\\d[.:/\\-])" + Pattern.quote(figure) + "(?![.:/\\-]?\\d)")
                .matcher(source).find();
    }

    private static boolean wordsOccur(String sentence, String source) {
        int han = 0;
        int hanFound = 0;
        for (int i = 0; i < sentence.length(); ) {
            int cp = sentence.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han++;
                if (source.indexOf(cp) >= 0) {
                    hanFound++;
                }
            }
            i += Character.charCount(cp);
        }
        int words = 0;
        int wordsFound = 0;
        Matcher word = WORD.matcher(sentence);
        while (word.find()) {
            String w = word.group();
            if (COMMON.contains(w)) {
                continue;
            }
            words++;
            if (source.contains(w.substring(0, Math.min(5, w.length())))) {
                wordsFound++;
            }
        }
        boolean hanOk = han == 0 || (double) hanFound / han >= MIN_HAN_SHARE;
        boolean wordsOk = words == 0 || (double) wordsFound / words >= MIN_WORD_SHARE;
        return hanOk && wordsOk;
    }
}
