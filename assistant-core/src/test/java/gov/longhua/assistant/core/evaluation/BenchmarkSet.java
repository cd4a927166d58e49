package gov.longhua.assistant.core.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A public retrieval benchmark in the shared layout ({@code faq.jsonl}, {@code queries-dev.jsonl}), restricted
 * to one language: retrieval is monolingual.
 */
record BenchmarkSet(String name, String lang, List<CorpusEntry> corpus, List<LabelledQuery> queries) {

    record CorpusEntry(String id, String question, String answer) {
    }

    record LabelledQuery(String query, Set<String> relevant) {
    }

    static BenchmarkSet read(Path folder, String lang) {
        ObjectMapper json = new ObjectMapper();
        try {
            List<CorpusEntry> corpus = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve("faq.jsonl"))) {
                JsonNode node = json.readTree(line);
                if (node.path("lang").asText().equals(lang)) {
                    corpus.add(new CorpusEntry(node.path("id").asText(), node.path("question").asText(),
                            node.path("answer").asText()));
                }
            }
            List<LabelledQuery> queries = new ArrayList<>();
            for (String line : Files.readAllLines(folder.resolve("queries-dev.jsonl"))) {
                JsonNode node = json.readTree(line);
                if (node.path("lang").asText().equals(lang)) {
                    Set<String> relevant = new java.util.HashSet<>();
                    node.path("relevant_ids").forEach(id -> relevant.add(id.asText()));
                    queries.add(new LabelledQuery(node.path("query").asText(), relevant));
                }
            }
            return new BenchmarkSet(folder.getFileName().toString(), lang, corpus, queries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read benchmark " + folder, e);
        }
    }

    Set<String> ids() {
        return corpus.stream().map(CorpusEntry::id).collect(Collectors.toSet());
    }
}
