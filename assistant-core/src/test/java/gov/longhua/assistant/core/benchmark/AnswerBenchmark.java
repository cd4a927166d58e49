package gov.longhua.assistant.core.benchmark;

import gov.longhua.assistant.core.answer.Answer;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.dialogue.Question;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.synthetic.SyntheticCatalogue;
import java.nio.file.Path;
import java.util.List;
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
 * Time to analyse and answer one question on the default knowledge base, or on it plus {@code synthetic}
 * catalogue items (language, normalisation, BM25, embedding, fusion, composition): with every question new to the query-embedding cache ("cold"), and with
 * questions asked before ("warm"). Run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnswerBenchmark {

    static final List<String> QUESTIONS = List.of(
            "申请政府信息公开多久答复", "低保怎么申请", "学区范围在哪里查", "孩子出生多久要上户口",
            "信息公开要收费吗", "对答复不服怎么办", "龙华区有几个街道", "公租房申请条件",
            "How long does the government have to reply?", "How do I apply for dibao?",
            "Where can I see the compensation plan?", "Is there a fee for an information request?",
            "明天天气怎么样", "which stock should I buy", "How do I apply for 低保?", "申請政府資訊公開多久答覆");

    /** Synthetic catalogue items added to the default knowledge base: 0, or 50000 for the large catalogue. */
    @Param({"0"})
    public int synthetic;

    private AnswerEngine engine;
    private int next;

    @Setup(Level.Trial)
    public void build() {
        KnowledgeBase base = new KnowledgeBaseLoader().load(KbLocation.embedded());
        KnowledgeBase kb = SyntheticCatalogue.added(base, synthetic, 1L);
        Embedders embedders = EmbeddingModels.bgeSmall(Path.of(".cache", "djl"));
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        engine = AnswerEngine.build(kb, embedders, new LanguageIdentifier(), AnsweringPolicy.defaults());
        long built = System.nanoTime() - start;
        System.out.printf("%n[index] %d items, %d FAQ entries: built in %.1f s, heap held by the engine %.0f MB%n",
                kb.items().size(), kb.faqs().size(), built / 1e9, (usedHeap() - heapBefore) / 1048576.0);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Every question new to the cache: a counter makes each text unique. */
    @Benchmark
    public Answer answerCold() {
        int n = next++;
        return engine.answer(new Question(QUESTIONS.get(n % QUESTIONS.size()) + " " + n, null), Lang.ZH);
    }

    /** The same sixteen questions again and again: their embeddings come from the cache. */
    @Benchmark
    public Answer answerWarm() {
        return engine.answer(new Question(QUESTIONS.get(next++ % QUESTIONS.size()), null), Lang.ZH);
    }
}
