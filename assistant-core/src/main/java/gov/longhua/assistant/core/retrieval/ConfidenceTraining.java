package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.core.analysis.TextNormalizer;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.scope.ScopeRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns the {@link ConfidenceModel} for a knowledge base from three kinds of labelled questions:
 * <ul>
 * <li>its own texts (FAQ phrasings, catalogue items' names), each asked of an index that does not hold it
 * (two folds: every other text of each entry is held out in turn, so a text never finds itself, and a fifth
 * of the entries is left out whole, so their texts are questions with no answer in the index);</li>
 * <li>the labelled questions people asked (shipped with the application, or the evaluation's tuning part);</li>
 * <li>the examples of the scope rules, which no entry may answer.</li>
 * </ul>
 * Every pooled candidate of each question is an example, labelled by whether it answers the question. Models
 * are remembered by a digest of what they were learned from, so an unchanged knowledge base is not learned
 * again (tests and the evaluation build the same engine many times).
 */
public final class ConfidenceTraining {

    private static final int REMEMBERED = 8;
    private static final Map<String, ConfidenceModel> LEARNED = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ConfidenceModel> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private ConfidenceTraining() {
    }

    /**
     * The model for the knowledge base {@code full} was built over, learned or remembered; null when there is
     * nothing to learn from (no entry has two phrasings and no labelled question names an entry), and the
     * retriever then fuses by reciprocal rank.
     */
    static ConfidenceModel train(HybridRetriever full, Embedders embedders, TextNormalizer normalizer,
            List<LabelledQuestion> labelled) {
        String key = digest(full.knowledgeBase(), labelled);
        ConfidenceModel known = LEARNED.get(key);
        if (known != null) {
            return known;
        }
        List<ConfidenceModel.Example> examples = examples(full, embedders, normalizer, labelled);
        if (examples.stream().noneMatch(ConfidenceModel.Example::answers)) {
            return null;
        }
        ConfidenceModel model = ConfidenceModel.train(examples);
        LEARNED.put(key, model);
        return model;
    }

    /** Every labelled candidate the model learns from. */
    static List<ConfidenceModel.Example> examples(HybridRetriever full, Embedders embedders,
            TextNormalizer normalizer, List<LabelledQuestion> labelled) {
        KnowledgeBase kb = full.knowledgeBase();
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (int fold = 0; fold < HybridRetriever.FOLDS; fold++) {
            HybridRetriever without = HybridRetriever.untrained(kb, embedders, normalizer, full.router(), fold);
            for (List<EntryText> texts : full.texts().values()) {
                for (EntryText text : texts) {
                    for (String asked : HybridRetriever.heldOut(text, fold)) {
                        add(without, asked, EnumSet.of(text.lang()), Set.of(text.entryId()), 1, examples);
                    }
                }
            }
        }
        for (LabelledQuestion q : labelled) {
            if (q.answeredBy().stream().allMatch(id -> kb.entry(id).isPresent())) {
                add(full, normalizer.normalize(q.text()), q.searched(), q.answeredBy(),
                        q.answeredBy().isEmpty() ? UNANSWERABLE : 1, examples);
            }
        }
        for (ScopeRule rule : kb.scope()) {
            for (Lang lang : Lang.values()) {
                rule.examples().in(lang).forEach(text ->
                        add(full, normalizer.normalize(text), EnumSet.of(lang), Set.of(), UNANSWERABLE, examples));
            }
        }
        return examples;
    }

    private static void add(HybridRetriever retriever, String question, Set<Lang> langs, Set<String> answers,
            double weight, List<ConfidenceModel.Example> examples) {
        HybridRetriever.Pool pool = retriever.pool(question, langs, HybridRetriever.DEPTH, RetrievalMode.HYBRID);
        for (Candidate c : pool.candidates()) {
            examples.add(new ConfidenceModel.Example(retriever.features(c, pool), answers.contains(c.entryId()),
                    weight));
        }
    }

    /**
     * The weight of a candidate for a question no entry answers, against 1 for one with an answer: such
     * questions are a few dozen among thousands of texts, yet a fair share of what visitors ask.
     */
    private static final double UNANSWERABLE = 8;

    private static String digest(KnowledgeBase kb, List<LabelledQuestion> labelled) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Lang lang : Lang.values()) {
                for (EntryText text : EntryText.of(kb, lang)) {
                    sha.update((text.entryId() + '\u0001' + String.join("\u0002", text.questions()) + '\u0001'
                            + text.body()).getBytes(StandardCharsets.UTF_8));
                }
            }
            for (ScopeRule rule : kb.scope()) {
                sha.update(rule.examples().toString().getBytes(StandardCharsets.UTF_8));
            }
            for (LabelledQuestion q : labelled) {
                sha.update(q.toString().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
