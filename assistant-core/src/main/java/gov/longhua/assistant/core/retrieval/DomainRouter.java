package gov.longhua.assistant.core.retrieval;

import gov.longhua.assistant.core.analysis.en.EnglishQuestionAnalyzer;
import gov.longhua.assistant.core.analysis.zh.ChineseWordAnalyzer;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Routes a question to the part of the knowledge base it is about, with an OpenNLP document categorizer
 * (maximum entropy over bags of words) trained when the engine is built, per language, on every way each
 * entry is asked. A route is a catalogue domain (an item's, or for an FAQ entry that of the first item it
 * cites) or, for an FAQ entry that cites no item, its topic (ogi, about, …). The route's probability feeds
 * the hybrid ranking: among close candidates, the one in the domain the question is about comes first.
 */
public final class DomainRouter {

    /** The fewest routes worth training a categorizer for; with one route there is nothing to decide. */
    private static final int MIN_ROUTES = 2;
    private static final int ITERATIONS = 100;

    private final Map<Lang, DocumentCategorizerME> categorizers;
    private final Map<Lang, Analyzer> analyzers;
    private final Map<String, String> routeOfEntry;

    private DomainRouter(Map<Lang, DocumentCategorizerME> categorizers, Map<Lang, Analyzer> analyzers,
            Map<String, String> routeOfEntry) {
        this.categorizers = categorizers;
        this.analyzers = analyzers;
        this.routeOfEntry = routeOfEntry;
    }

    /**
     * This router's trained models over a revised knowledge base: routes are looked up in the new one (a new
     * entry routes by its domain or topic), the models stay as trained. Training again takes seconds over a
     * large catalogue; a router reused this way serves until one trained on the new texts replaces it.
     */
    public DomainRouter over(KnowledgeBase kb) {
        return new DomainRouter(categorizers, analyzers, routes(kb));
    }

    /** Trains on the entries' normalised question texts. */
    public static DomainRouter train(KnowledgeBase kb, Collection<EntryText> texts) {
        Map<String, String> routes = routes(kb);
        Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);
        analyzers.put(Lang.ZH, new ChineseWordAnalyzer());
        analyzers.put(Lang.EN, new EnglishQuestionAnalyzer());
        Map<Lang, DocumentCategorizerME> categorizers = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            List<DocumentSample> samples = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (EntryText text : texts) {
                if (text.lang() != lang) {
                    continue;
                }
                String route = routes.get(text.entryId());
                for (String asked : text.questions()) {
                    String[] tokens = tokens(analyzers.get(lang), asked);
                    if (tokens.length > 0) {
                        samples.add(new DocumentSample(route, tokens));
                        seen.add(route);
                    }
                }
            }
            if (seen.size() >= MIN_ROUTES) {
                categorizers.put(lang, new DocumentCategorizerME(train(lang, samples)));
            }
        }
        return new DomainRouter(categorizers, analyzers, routes);
    }

    private static opennlp.tools.doccat.DoccatModel train(Lang lang, List<DocumentSample> samples) {
        TrainingParameters parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, 1);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        try {
            return DocumentCategorizerME.train(lang.code(), ObjectStreamUtils.createObjectStream(samples), parameters,
                    new DoccatFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("training the domain router failed", e);
        }
    }

    private static Map<String, String> routes(KnowledgeBase kb) {
        Map<String, String> routes = new HashMap<>();
        Map<String, String> domainOfItem = new HashMap<>();
        for (CatalogueItem item : kb.items()) {
            domainOfItem.put(item.id(), item.domain());
            routes.put(item.id(), item.domain());
        }
        for (FaqEntry faq : kb.faqs()) {
            routes.put(faq.id(), faq.cites().items().stream().map(domainOfItem::get).filter(d -> d != null)
                    .findFirst().orElse("topic:" + faq.topic()));
        }
        return routes;
    }

    /**
     * How probable each route is for a normalised question, by the categorizers of the languages it is searched
     * in (the better of the two for a code-switched one); empty when no categorizer could be trained.
     */
    public Map<String, Double> routes(String question, Set<Lang> langs) {
        Map<String, Double> probabilities = new HashMap<>();
        for (Lang lang : langs) {
            DocumentCategorizerME categorizer = categorizers.get(lang);
            String[] tokens = tokens(analyzers.get(lang), question);
            if (categorizer == null || tokens.length == 0) {
                continue;
            }
            double[] outcomes;
            synchronized (categorizer) {
                outcomes = categorizer.categorize(tokens);
                for (int i = 0; i < outcomes.length; i++) {
                    probabilities.merge(categorizer.getCategory(i), outcomes[i], Math::max);
                }
            }
        }
        return probabilities;
    }

    /** The route an entry belongs to. */
    public String routeOf(String entryId) {
        return routeOfEntry.get(entryId);
    }

    private static String[] tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens.toArray(String[]::new);
    }
}
