package gov.longhua.assistant.core.scope;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.retrieval.PhraseIndex;
import gov.longhua.assistant.core.retrieval.PhraseIndex.Phrase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.scope.ScopeRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a question is one the assistant declines, from the knowledge base's scope rules: by a cue
 * the question contains (any language's cues, so code-switched questions are caught too), or by meaning, when
 * the question is closer to a rule's example than to anything the knowledge base answers.
 */
public final class ScopeGuard {

    private final Map<ScopeRule, List<Cue>> cues = new LinkedHashMap<>();
    private final Map<String, ScopeRule> rulesById = new LinkedHashMap<>();
    private final PhraseIndex examples;

    private ScopeGuard(List<ScopeRule> rules, TextNormalizer normalizer, PhraseIndex examples) {
        for (ScopeRule rule : rules) {
            List<Cue> compiled = new ArrayList<>();
            for (Lang lang : Lang.values()) {
                rule.cues().in(lang).forEach(cue -> compiled.add(Cue.of(normalizer.normalize(cue), lang)));
            }
            cues.put(rule, compiled);
            rulesById.put(rule.id(), rule);
        }
        this.examples = examples;
    }

    public static ScopeGuard build(List<ScopeRule> rules, TextNormalizer normalizer, Embedders embedders) {
        List<Phrase> phrases = new ArrayList<>();
        for (ScopeRule rule : rules) {
            for (Lang lang : Lang.values()) {
                rule.examples().in(lang).forEach(text -> phrases.add(new Phrase(rule.id(), lang,
                        normalizer.normalize(text))));
            }
        }
        return new ScopeGuard(rules, normalizer, PhraseIndex.build(embedders, phrases));
    }

    /** The first rule one of whose cues a normalised question contains. */
    public Optional<ScopeRule> byCue(String normalizedQuestion) {
        return cues.entrySet().stream()
                .filter(rule -> rule.getValue().stream().anyMatch(cue -> cue.matches(normalizedQuestion)))
                .map(Map.Entry::getKey).findFirst();
    }

    /** The rule whose example is closest to a normalised question, with that example's cosine. */
    public Optional<Match> byMeaning(String question, Set<Lang> langs) {
        return examples.nearest(question, langs).map(s -> new Match(rulesById.get(s.entryId()), s.score()));
    }

    /** A rule and how close the question came to one of its examples. */
    public record Match(ScopeRule rule, double cosine) {
    }

}
