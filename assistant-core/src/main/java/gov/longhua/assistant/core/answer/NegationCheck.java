package gov.longhua.assistant.core.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a generated sentence says what its source says about negation: a term it negates ("不收费", "not
 * charged") the source negates too, and a term the source only ever negates it does not state plainly
 * ("收费" where the source says "不收费"; "charged" where it says "not charged"). Chinese terms are the two Han
 * characters after a negation word; English ones the first content word within three words after one.
 */
final class NegationCheck {

    private static final Pattern NEGATED_ZH = Pattern.compile("(?:没有|无需|无须|不|没|无|非|未|勿|别|免)(\\p{IsHan}{1,2})");
    private static final Set<String> NEGATIONS_EN = Set.of("not", "no", "never", "without", "none", "nor");
    private static final Set<String> FILLERS_EN = Set.of("be", "been", "is", "are", "a", "an", "the", "any", "to",
            "do", "does", "did", "will", "can", "need", "have", "has", "yet", "at", "all");
    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private NegationCheck() {
    }

    /** Both texts lower-cased. */
    static boolean consistent(String sentence, String source) {
        return chineseConsistent(sentence, source) && englishConsistent(sentence, source);
    }

    private static boolean chineseConsistent(String sentence, String source) {
        Matcher negated = NEGATED_ZH.matcher(sentence);
        while (negated.find()) {
            if (!negatedZh(source, negated.group(1))) {
                return false;
            }
        }
        Matcher inSource = NEGATED_ZH.matcher(source);
        while (inSource.find()) {
            String term = inSource.group(1);
            if (term.length() == 2 && !plainZh(source, term) && plainZh(sentence, term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean negatedZh(String text, String term) {
        Matcher m = NEGATED_ZH.matcher(text);
        while (m.find()) {
            if (m.group(1).startsWith(term) || term.startsWith(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the term occurs somewhere without a negation word right before it. */
    private static boolean plainZh(String text, String term) {
        for (int i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
            String before = text.substring(Math.max(0, i - 2), i);
            boolean negated = !before.isEmpty() && "不没无非未勿别免".indexOf(before.charAt(before.length() - 1)) >= 0
                    || before.equals("无需") || before.equals("无须") || before.equals("没有");
            if (!negated) {
                return true;
            }
        }
        return false;
    }

    private static boolean englishConsistent(String sentence, String source) {
        List<String> said = words(sentence);
        List<String> base = words(source);
        for (int i = 0; i < said.size(); i++) {
            if (NEGATIONS_EN.contains(said.get(i))) {
                String term = termAfter(said, i);
                if (term != null && !negatedEn(base, term)) {
                    return false;
                }
            }
        }
        for (int i = 0; i < base.size(); i++) {
            if (NEGATIONS_EN.contains(base.get(i))) {
                String term = termAfter(base, i);
                if (term != null && !plainEn(base, term) && plainEn(said, term)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String termAfter(List<String> words, int negation) {
        for (int j = negation + 1; j < Math.min(words.size(), negation + 4); j++) {
            if (!FILLERS_EN.contains(words.get(j)) && !NEGATIONS_EN.contains(words.get(j))) {
                return words.get(j);
            }
        }
        return null;
    }

    private static boolean negatedEn(List<String> words, String term) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(term) && negatedAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainEn(List<String> words, String term) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(term) && !negatedAt(words, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean negatedAt(List<String> words, int index) {
        for (int j = Math.max(0, index - 3); j < index; j++) {
            if (NEGATIONS_EN.contains(words.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** Words, with contractions opened ("doesn't" → "does not", "cannot" → "can not"). */
    private static List<String> words(String text) {
        String open = text.replace("’", "'").replace("can't", "can not").replace("won't", "will not")
                .replace("cannot", "can not").replace("n't", " not");
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(open);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }
}
