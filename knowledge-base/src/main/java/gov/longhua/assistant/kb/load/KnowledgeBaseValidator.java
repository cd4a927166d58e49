package gov.longhua.assistant.kb.load;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.calendar.CalendarYear;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.catalogue.ChannelUse;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.scope.ScopeRule;
import gov.longhua.assistant.kb.Lang;
import gov.longhua.assistant.kb.guide.Guide;
import gov.longhua.assistant.kb.guide.GuideStage;
import gov.longhua.assistant.kb.reference.Channel;
import gov.longhua.assistant.kb.reference.Domain;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.reference.Source;
import gov.longhua.assistant.kb.reference.Stage;
import gov.longhua.assistant.kb.reference.Street;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks what no single record can check alone: unique ids, and that every id an entry names exists. */
public final class KnowledgeBaseValidator {

    private static final int MAX_CUE_PARTS = 4;

    private final ReferenceData reference;
    private final String referenceFile;
    private final Set<String> domains;
    private final Set<String> streets;
    private final Set<String> channels;
    private final Set<String> stages;
    private final Set<String> sources;

    public KnowledgeBaseValidator(ReferenceData reference, String referenceFile) {
        this.reference = reference;
        this.referenceFile = referenceFile;
        this.domains = ids(reference.domains(), Domain::id);
        this.streets = ids(reference.streets(), Street::id);
        this.channels = ids(reference.channels(), Channel::id);
        this.stages = ids(reference.stages(), Stage::id);
        this.sources = ids(reference.sources(), Source::id);
    }

    /** Adds a problem for every duplicate id and every unknown id an entry refers to. */
    public void validate(List<Sourced<CatalogueItem>> items, List<Sourced<FaqEntry>> faqs, List<Problem> problems) {
        if (reference.district() != null) {
            checkSources(referenceFile, "district", reference.district().sources(), problems);
        }
        if (reference.officialChannel() != null) {
            checkSources(referenceFile, "officialChannel", reference.officialChannel().sources(), problems);
        }
        Map<String, String> seen = new HashMap<>();
        Set<String> itemIds = items.stream().map(item -> item.value().id()).collect(Collectors.toSet());
        for (Sourced<CatalogueItem> sourced : items) {
            CatalogueItem item = sourced.value();
            String file = sourced.origin();
            unique(seen, file, item, problems);
            if (!domains.contains(item.domain())) {
                problems.add(problem(file, item, "domain", "unknown domain '" + item.domain() + "'"));
            }
            if (item.street() != null && !streets.contains(item.street())) {
                problems.add(problem(file, item, "street", "unknown street '" + item.street() + "'"));
            }
            for (ChannelUse channel : item.channels()) {
                if (!channels.contains(channel.id())) {
                    problems.add(problem(file, item, "channels", "unknown channel '" + channel.id() + "'"));
                }
            }
            checkStages(file, item, item.stages(), problems);
            checkSources(file, quoted(item), item.sources(), problems);
        }
        for (Sourced<FaqEntry> sourced : faqs) {
            FaqEntry faq = sourced.value();
            String file = sourced.origin();
            unique(seen, file, faq, problems);
            for (String cited : faq.cites().items()) {
                if (!itemIds.contains(cited)) {
                    problems.add(problem(file, faq, "cites.items", "no catalogue item '" + cited + "'"));
                }
            }
            checkStages(file, faq, faq.stages(), problems);
            checkSources(file, quoted(faq), faq.sources(), problems);
        }
    }

    /** Every guide stage names a national stage, and every guide's sources are registered. */
    public void validateGuides(String file, List<Guide> guides, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (Guide guide : guides) {
            String entry = "'" + guide.id() + "'";
            if (!seen.add(guide.id())) {
                problems.add(new Problem(file, entry, "id", "duplicate guide id"));
            }
            for (GuideStage stage : guide.stages()) {
                if (!stages.contains(stage.nationalStage())) {
                    problems.add(new Problem(file, entry, "stages", "stage '" + stage.id()
                            + "' names unknown national stage '" + stage.nationalStage() + "'"));
                }
            }
            checkSources(file, entry, guide.sources(), problems);
        }
    }

    /** Each calendar year appears once, and its sources are registered. */
    public void validateCalendar(String file, List<CalendarYear> years, List<Problem> problems) {
        Set<Integer> seen = new HashSet<>();
        for (CalendarYear year : years) {
            if (!seen.add(year.year())) {
                problems.add(new Problem(file, String.valueOf(year.year()), "year", "the year appears twice"));
            }
            checkSources(file, String.valueOf(year.year()), year.sources(), problems);
        }
    }

    /** Rule ids are unique, and each cue has at most a few parts (more would hardly ever match). */
    public void validateScope(String file, List<ScopeRule> rules, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (ScopeRule rule : rules) {
            if (!seen.add(rule.id())) {
                problems.add(new Problem(file, rule.id(), "id", "the rule id appears twice"));
            }
            for (Lang lang : Lang.values()) {
                for (String cue : rule.cues().in(lang)) {
                    if (cue.strip().split("\\s+").length > MAX_CUE_PARTS) {
                        problems.add(new Problem(file, rule.id(), "cues." + lang.code(),
                                "'" + cue + "' has more than " + MAX_CUE_PARTS + " parts"));
                    }
                }
            }
        }
    }

    private void unique(Map<String, String> seen, String file, Entry entry, List<Problem> problems) {
        String earlier = seen.putIfAbsent(entry.id(), file);
        if (earlier != null) {
            problems.add(problem(file, entry, "id", "duplicate id, already used in " + earlier));
        }
    }

    private void checkStages(String file, Entry entry, List<String> entryStages, List<Problem> problems) {
        for (String stage : entryStages) {
            if (!stages.contains(stage)) {
                problems.add(problem(file, entry, "stages", "unknown life-cycle stage '" + stage + "'"));
            }
        }
    }

    private void checkSources(String file, String entry, List<String> entrySources, List<Problem> problems) {
        for (String source : entrySources) {
            if (!sources.contains(source)) {
                problems.add(new Problem(file, entry, "sources", "source '" + source + "' is not in the register"));
            }
        }
    }

    private static Problem problem(String file, Entry entry, String field, String reason) {
        return new Problem(file, quoted(entry), field, reason);
    }

    private static String quoted(Entry entry) {
        return "'" + entry.id() + "'";
    }

    private static <T> Set<String> ids(List<T> values, Function<T, String> id) {
        return values.stream().map(id).collect(Collectors.toCollection(HashSet::new));
    }
}
