package gov.longhua.assistant.core.insight;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes two questions near-identical: the same words once case, spaces, punctuation, politeness and
 * sentence-final particles are set aside, or character pairs that overlap by at least {@link #SAME}.
 */
public final class QuestionKey {

    /** The Dice overlap of character pairs at which two questions are one. */
    static final double SAME = 0.75;

    private static final Pattern NOISE = Pattern.compile(
            "[\\p{P}\\p{S}\\s]+|请问|您好|你好|麻烦|谢谢|please|hello|hi|thanks|[吗呢啊呀吧嘛哦]");

    private QuestionKey() {
    }

    public static String of(String question) {
        return NOISE.matcher(question.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** Whether two keys are near enough to count as one question. */
    public static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> x = pairs(a);
        Set<String> y = pairs(b);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return same(common.size(), x.size(), y.size());
    }

    /** Whether keys with these numbers of character pairs, {@code common} of them shared, count as one question. */
    static boolean same(int common, int pairsOfA, int pairsOfB) {
        return pairsOfA > 0 && pairsOfB > 0 && 2.0 * common / (pairsOfA + pairsOfB) >= SAME;
    }

    /** The distinct pairs of neighbouring characters of a key. */
    static Set<String> pairs(String key) {
        Set<String> pairs = new HashSet<>();
        int[] cps = key.codePoints().toArray();
        for (int i = 0; i + 1 < cps.length; i++) {
            pairs.add(new String(cps, i, 2));
        }
        return pairs;
    }
}
