package gov.longhua.assistant.kb.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.glossary.Term;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.reference.Domain;
import gov.longhua.assistant.kb.reference.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes catalogue items and FAQ entries as knowledge-base YAML files (one catalogue file per domain, one FAQ
 * file per topic) and the manifest that lists them; the layout the loader reads.
 */
public final class KnowledgeBaseWriter {

    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    /** Writes the catalogue files into {@code folder/catalogue}; returns their paths relative to the folder. */
    public List<String> writeCatalogue(Path folder, List<CatalogueItem> items, ReferenceData reference)
            throws IOException {
        Map<String, List<CatalogueItem>> byDomain = new LinkedHashMap<>();
        reference.domains().stream().sorted(Comparator.comparingInt(Domain::number))
                .forEach(domain -> byDomain.put(domain.id(), new ArrayList<>()));
        for (CatalogueItem item : items) {
            byDomain.computeIfAbsent(item.domain(), d -> new ArrayList<>()).add(item);
        }
        Files.createDirectories(folder.resolve("catalogue"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<CatalogueItem>> domain : byDomain.entrySet()) {
            if (domain.getValue().isEmpty()) {
                continue;
            }
            int number = reference.domains().stream().filter(d -> d.id().equals(domain.getKey()))
                    .mapToInt(Domain::number).findFirst().orElse(0);
            String file = String.format("catalogue/%02d-%s.yaml", number, domain.getKey());
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("domain", domain.getKey());
            document.put("items", domain.getValue());
            yaml.writeValue(folder.resolve(file).toFile(), document);
            files.add(file);
        }
        return files;
    }

    /** Writes the FAQ files into {@code folder/faq}, one per topic; returns their paths relative to the folder. */
    public List<String> writeFaq(Path folder, List<FaqEntry> entries) throws IOException {
        Map<String, List<FaqEntry>> byTopic = new LinkedHashMap<>();
        for (FaqEntry entry : entries) {
            byTopic.computeIfAbsent(entry.topic(), t -> new ArrayList<>()).add(entry);
        }
        Files.createDirectories(folder.resolve("faq"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, List<FaqEntry>> topic : byTopic.entrySet()) {
            String file = "faq/" + topic.getKey().replaceAll("[^A-Za-z0-9._-]", "-") + ".yaml";
            yaml.writeValue(folder.resolve(file).toFile(), Map.of("entries", topic.getValue()));
            files.add(file);
        }
        return files;
    }

    /** Writes the registers as {@code reference.yaml}. */
    public void writeReference(Path folder, ReferenceData reference) throws IOException {
        yaml.writeValue(folder.resolve("reference.yaml").toFile(), reference);
    }

    /** Writes the guides and the glossary as {@code guides.yaml} and {@code glossary.yaml}. */
    public void writeGuidesAndGlossary(Path folder, List<Guide> guides, List<Term> glossary) throws IOException {
        yaml.writeValue(folder.resolve("guides.yaml").toFile(), Map.of("guides", guides));
        yaml.writeValue(folder.resolve("glossary.yaml").toFile(), Map.of("terms", glossary));
    }

    /** Writes the manifest {@code kb.yaml}. */
    public void writeManifest(Path folder, List<String> catalogueFiles, List<String> faqFiles) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("catalogue", catalogueFiles);
        manifest.put("faq", faqFiles);
        yaml.writeValue(folder.resolve("kb.yaml").toFile(), manifest);
    }
}
