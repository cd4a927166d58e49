package gov.longhua.assistant.core.evaluation;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.exchange.FaqSheet;
import gov.longhua.assistant.kb.exchange.KnowledgeBaseImport;
import gov.longhua.assistant.kb.exchange.KnowledgeBaseWriter;
import gov.longhua.assistant.kb.exchange.Tables;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a benchmark corpus into a knowledge base through the normal import path: the corpus is written as an
 * FAQ sheet (CSV) and imported into a folder that has the default registers and glossary. Benchmark entries
 * are monolingual, so each text stands in both language columns; the evaluation only asks in one language.
 */
final class BenchmarkKnowledgeBase {

    private BenchmarkKnowledgeBase() {
    }

    static KnowledgeBase build(BenchmarkSet set, Path workDir) throws IOException {
        KnowledgeBase defaults = new KnowledgeBaseLoader().load(KbLocation.embedded());
        Path folder = workDir.resolve(set.name() + "-" + set.lang());
        Files.createDirectories(folder);
        List<Source> sources = new ArrayList<>(defaults.reference().sources());
        sources.add(new Source("BENCHMARK", "public retrieval benchmark " + set.name() + " (shared/benchmarks)", null));
        ReferenceData reference = new ReferenceData(defaults.reference().district(), defaults.reference().domains(),
                defaults.reference().streets(), defaults.reference().channels(), defaults.reference().stages(),
                sources, defaults.reference().officialChannel());
        KnowledgeBaseWriter writer = new KnowledgeBaseWriter();
        writer.writeReference(folder, reference);
        writer.writeGuidesAndGlossary(folder, List.of(), defaults.glossary());
        Files.writeString(folder.resolve("calendar.yaml"), "years: []\n");
        Files.writeString(folder.resolve("scope.yaml"), "rules: []\n");
        Files.createDirectories(folder.resolve("faq"));
        Files.writeString(folder.resolve("faq/empty.yaml"), "entries: []\n");
        writer.writeManifest(folder, List.of(), List.of("faq/empty.yaml"));

        Path sheet = workDir.resolve(set.name() + "-" + set.lang() + ".csv");
        List<List<String>> rows = new ArrayList<>();
        for (BenchmarkSet.CorpusEntry entry : set.corpus()) {
            String asked = entry.question().isBlank() ? entry.answer() : entry.question();
            rows.add(List.of(entry.id(), "benchmark", asked, asked, asked, asked, entry.answer(), entry.answer(),
                    "", "", "", "2026-11-26", "BENCHMARK", "placeholder"));
        }
        Tables.write(sheet, FaqSheet.SHEET, new FaqSheet().headers(), rows);
        new KnowledgeBaseImport(line -> { }).importFaq(sheet, folder);
        return new KnowledgeBaseLoader().load(KbLocation.directory(folder));
    }
}
