package gov.longhua.assistant.kb.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.calendar.CalendarYear;
import gov.longhua.assistant.kb.calendar.WorkingCalendar;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.glossary.Term;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.reference.Channel;
import gov.longhua.assistant.kb.reference.District;
import gov.longhua.assistant.kb.reference.Domain;
import gov.longhua.assistant.kb.reference.OfficialChannel;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Source;
import gov.longhua.assistant.kb.reference.Stage;
import gov.longhua.assistant.kb.reference.Street;
import gov.longhua.assistant.kb.scope.ScopeRule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a knowledge base from its files: {@code kb.yaml} names the catalogue and FAQ files,
 * {@code reference.yaml} holds the registers, {@code guides.yaml} the life-cycle guides and
 * {@code glossary.yaml} the glossary, {@code calendar.yaml} the official working-day calendar and
 * {@code scope.yaml} what the assistant declines to answer. Every entry is read on its own so that one bad entry does not
 * hide the next; any problem stops the load, and the exception lists them all.
 */
public final class KnowledgeBaseLoader {

    static final String MANIFEST = "kb.yaml";
    static final String REFERENCE = "reference.yaml";
    static final String GUIDES = "guides.yaml";
    static final String GLOSSARY = "glossary.yaml";
    static final String CALENDAR = "calendar.yaml";
    static final String SCOPE = "scope.yaml";

    private final ObjectMapper yaml = YAMLMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public KnowledgeBase load(KbLocation location) {
        List<Problem> problems = new ArrayList<>();
        JsonNode manifest = readTree(location, MANIFEST, problems);
        JsonNode referenceTree = readTree(location, REFERENCE, problems);
        JsonNode guidesTree = readTree(location, GUIDES, problems);
        JsonNode glossaryTree = readTree(location, GLOSSARY, problems);
        JsonNode calendarTree = readTree(location, CALENDAR, problems);
        JsonNode scopeTree = readTree(location, SCOPE, problems);
        if (manifest == null || referenceTree == null || guidesTree == null || glossaryTree == null
                || calendarTree == null || scopeTree == null) {
            throw new KnowledgeBaseException(problems);
        }
        EntryReader reader = new EntryReader(yaml, problems);
        String referenceFile = location.describe(REFERENCE);
        ReferenceData reference = new ReferenceData(
                reader.readOne(referenceFile, "district", referenceTree.path("district"), District.class),
                reader.readList(referenceFile, referenceTree.path("domains"), null, Domain.class),
                reader.readList(referenceFile, referenceTree.path("streets"), null, Street.class),
                reader.readList(referenceFile, referenceTree.path("channels"), null, Channel.class),
                reader.readList(referenceFile, referenceTree.path("stages"), null, Stage.class),
                reader.readList(referenceFile, referenceTree.path("sources"), null, Source.class),
                reader.readOne(referenceFile, "officialChannel", referenceTree.path("officialChannel"),
                        OfficialChannel.class));

        List<Sourced<CatalogueItem>> items = new ArrayList<>();
        for (String file : fileList(location, manifest, "catalogue", problems)) {
            JsonNode tree = readTree(location, file, problems);
            if (tree != null) {
                ObjectNode defaults = defaults(tree);
                if (tree.hasNonNull("domain")) {
                    defaults.set("domain", tree.get("domain"));
                }
                String name = location.describe(file);
                reader.readList(name, tree.path("items"), defaults, CatalogueItem.class)
                        .forEach(item -> items.add(new Sourced<>(name, item)));
            }
        }
        List<Sourced<FaqEntry>> faqs = new ArrayList<>();
        for (String file : fileList(location, manifest, "faq", problems)) {
            JsonNode tree = readTree(location, file, problems);
            if (tree != null) {
                String name = location.describe(file);
                reader.readList(name, tree.path("entries"), defaults(tree), FaqEntry.class)
                        .forEach(faq -> faqs.add(new Sourced<>(name, faq)));
            }
        }
        List<Guide> guides = reader.readList(location.describe(GUIDES), guidesTree.path("guides"), null, Guide.class);
        List<Term> glossary = reader.readList(location.describe(GLOSSARY), glossaryTree.path("terms"), null, Term.class);
        List<CalendarYear> years = reader.readList(location.describe(CALENDAR), calendarTree.path("years"), null,
                CalendarYear.class);
        List<ScopeRule> scope = reader.readList(location.describe(SCOPE), scopeTree.path("rules"), null,
                ScopeRule.class);
        KnowledgeBaseValidator validator = new KnowledgeBaseValidator(reference, location.describe(REFERENCE));
        validator.validate(items, faqs, problems);
        validator.validateGuides(location.describe(GUIDES), guides, problems);
        validator.validateCalendar(location.describe(CALENDAR), years, problems);
        validator.validateScope(location.describe(SCOPE), scope, problems);
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
        return new KnowledgeBase(reference,
                items.stream().map(Sourced::value).toList(),
                faqs.stream().map(Sourced::value).toList(), guides, glossary, new WorkingCalendar(years), scope);
    }

    private ObjectNode defaults(JsonNode tree) {
        JsonNode defaults = tree.get("defaults");
        return defaults instanceof ObjectNode object ? object.deepCopy() : yaml.createObjectNode();
    }

    private List<String> fileList(KbLocation location, JsonNode manifest, String key, List<Problem> problems) {
        JsonNode files = manifest.path(key);
        if (files.isMissingNode()) {
            return List.of();
        }
        if (!files.isArray()) {
            problems.add(new Problem(location.describe(MANIFEST), null, key, "must list the " + key + " files"));
            return List.of();
        }
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(file.asText()));
        return names;
    }

    private JsonNode readTree(KbLocation location, String file, List<Problem> problems) {
        try (InputStream in = location.open(file)) {
            JsonNode tree = yaml.readTree(in);
            if (tree == null || !tree.isObject()) {
                problems.add(new Problem(location.describe(file), null, null, "is empty or not a YAML mapping"));
                return null;
            }
            return tree;
        } catch (JsonProcessingException e) {
            problems.add(new Problem(location.describe(file), null, null, "not valid YAML at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new Problem(location.describe(file), null, null, "cannot be read: " + e.getMessage()));
        }
        return null;
    }
}
