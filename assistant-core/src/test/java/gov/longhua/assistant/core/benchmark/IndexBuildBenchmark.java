package gov.longhua.assistant.core.benchmark;

import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.synthetic.SyntheticCatalogue;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to build the indexes (BM25 and every embedding) over the default knowledge base plus a synthetic
 * catalogue of {@code synthetic} items, from nothing: the embeddings kept from the previous build are
 * forgotten before each. Run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBuildBenchmark {

    @Param({"0", "2137"})
    public int synthetic;

    private KnowledgeBase kb;
    private Embedders model;
    private LanguageIdentifier languages;

    @Setup
    public void load() {
        KnowledgeBase base = new KnowledgeBaseLoader().load(KbLocation.embedded());
        kb = SyntheticCatalogue.added(base, synthetic, 1L);
        model = EmbeddingModels.bgeSmall(Path.of(".cache", "djl"));
        languages = new LanguageIdentifier();
    }

    @Setup(Level.Invocation)
    public void forget() {
        model.forgetTexts();
    }

    @Benchmark
    public AnswerEngine build() {
        return AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
    }
}
