package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.glossary.Term;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the glossary synonyms of a question for BM25 search: when a question contains any form of a term
 * (社保, "dibao", 卫生计生), every form of that term in the searched languages is a synonym, so that entries
 * written with another form still match. Single-character Chinese forms are too ambiguous to match.
 */
public final class GlossaryExpander {

    private record Forms(List<String> zh, List<Pattern> enPatterns, List<String> en) {
    }

    private final List<Forms> terms = new ArrayList<>();

    public GlossaryExpander(List<Term> glossary, TextNormalizer normalizer) {
        for (Term term : glossary) {
            List<String> zh = term.formsZh().stream().map(normalizer::normalize).filter(f -> f.length() > 1).toList();
            List<String> en = term.formsEn().stream().map(normalizer::normalize).toList();
            List<Pattern> patterns = en.stream()
                    .map(form -> Pattern.compile("(?<![a-z])" + Pattern.quote(form) + "(?![a-z])")).toList();
            terms.add(new Forms(zh, patterns, en));
        }
    }

    /** The synonyms a normalised question calls for, in the languages searched; empty when none. */
    public String synonyms(String question, Set<Lang> langs) {
        Set<String> additions = new LinkedHashSet<>();
        for (Forms term : terms) {
            boolean found = term.zh().stream().anyMatch(question::contains)
                    || term.enPatterns().stream().anyMatch(p -> p.matcher(question).find());
            if (found) {
                if (langs.contains(Lang.ZH)) {
                    additions.addAll(term.zh());
                }
                if (langs.contains(Lang.EN)) {
                    additions.addAll(term.en());
                }
            }
        }
        return String.join(" ", additions);
    }
}
