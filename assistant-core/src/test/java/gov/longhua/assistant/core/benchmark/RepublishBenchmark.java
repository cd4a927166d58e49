package gov.longhua.assistant.core.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.longhua.assistant.core.dialogue.AnswerEngine;
import gov.longhua.assistant.core.dialogue.AnsweringPolicy;
import gov.longhua.assistant.core.language.LanguageIdentifier;
import gov.longhua.assistant.core.retrieval.EmbeddingModels;
import gov.longhua.assistant.core.retrieval.Embedders;
import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.load.EntryJson;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseEditor;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.synthetic.SyntheticCatalogue;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What publishing one changed FAQ entry costs before the new engine is in service: the knowledge base revised
 * and checked, and the indexes built again with every unchanged text's embedding kept from the build before
 * (one new phrasing per invocation is embedded); {@code publishOneChange} keeps the domain router trained for
 * the engine in service (what publishing does), {@code trainedEngine} trains it again (what replaces that
 * engine in the background). Run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RepublishBenchmark {

    @Param({"0", "2137"})
    public int synthetic;

    private KnowledgeBase kb;
    private Embedders model;
    private LanguageIdentifier languages;
    private final EntryJson json = new EntryJson();
    private FaqEntry edited;
    private int edits;
    private AnswerEngine inService;

    @Setup
    public void load() {
        KnowledgeBase base = new KnowledgeBaseLoader().load(KbLocation.embedded());
        kb = SyntheticCatalogue.added(base, synthetic, 1L);
        model = EmbeddingModels.bgeSmall(Path.of(".cache", "djl"));
        languages = new LanguageIdentifier();
        edited = kb.faqs().get(0);
        inService = AnswerEngine.build(kb, model, languages, AnsweringPolicy.defaults());
    }

    private KnowledgeBase revised() {
        ObjectNode node = (ObjectNode) json.write(edited).deepCopy();
        ((ArrayNode) node.with("questions").withArray("zh")).add("新的问法第" + (++edits) + "种");
        Entry changed = json.read(EntryKind.FAQ, node, "benchmark");
        return KnowledgeBaseEditor.revise(kb, Map.of(edited.id(), Optional.of(changed)), "benchmark");
    }

    @Benchmark
    public AnswerEngine publishOneChange() {
        return inService.revisedFor(revised(), model);
    }

    @Benchmark
    public AnswerEngine trainedEngine() {
        return AnswerEngine.build(revised(), model, languages, AnsweringPolicy.defaults());
    }
}
