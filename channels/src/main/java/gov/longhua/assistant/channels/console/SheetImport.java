package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.kb.Entry;
import gov.longhua.assistant.kb.EntryKind;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.curation.Draft;
import gov.longhua.assistant.kb.exchange.CatalogueSheet;
import gov.longhua.assistant.kb.exchange.FaqSheet;
import gov.longhua.assistant.kb.exchange.SheetLimits;
import gov.longhua.assistant.kb.exchange.Table;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.load.KnowledgeBaseEditor;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.Problem;
import gov.longhua.assistant.kb.load.Sourced;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports a catalogue or FAQ sheet (XLSX or CSV, the layout of the knowledge-base command line) from the
 * console: first a report — every problem with its sheet, row and column, and what would be added, changed and
 * left out, and ids the sheet repeats — and, only when asked and nothing is wrong, the changes as drafts for a reviewer to publish.
 */
public final class SheetImport {

    /**
     * What an import finds.
     *
     * @param notInSheet published entries of that part the sheet leaves out; removed only with {@code removeMissing}
     * @param drafts the drafts created, when applied
     */
    public record Report(String part, int rows, List<String> added, List<String> changed, int unchanged,
            List<String> notInSheet, boolean removeMissing, List<ConsoleException.Problem> problems, List<Draft> drafts) {
    }

    private final LiveKnowledgeBase live;
    private final Curation curation;
    private final SheetLimits limits;

    SheetImport(LiveKnowledgeBase live, Curation curation, SheetLimits limits) {
        this.live = live;
        this.curation = curation;
        this.limits = limits;
    }

    public Report run(String part, String fileName, byte[] content, boolean removeMissing, boolean apply, String by) {
        EntryKind kind = switch (part == null ? "" : part) {
            case "faq" -> EntryKind.FAQ;
            case "catalogue" -> EntryKind.ITEM;
            default -> throw new ConsoleException("part", "faq or catalogue");
        };
        String name = fileName == null ? "" : Path.of(fileName).getFileName().toString();
        if (!name.matches("(?i).+\\.(csv|xlsx)")) {
            throw new ConsoleException("file", "upload a .csv or .xlsx file");
        }
        KnowledgeBase published = live.published();
        List<Problem> problems = new ArrayList<>();
        Table table = UploadedSheets.read(name, content, limits);
        List<Sourced<? extends Entry>> rows = new ArrayList<>();
        if (kind == EntryKind.FAQ) {
            rows.addAll(new FaqSheet().read(table, problems));
        } else {
            rows.addAll(new CatalogueSheet(published.reference()).read(table, problems));
        }
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        int unchanged = 0;
        Map<String, Optional<Sourced<Entry>>> changes = new LinkedHashMap<>();
        Map<String, String> firstRow = new LinkedHashMap<>();
        List<ConsoleException.Problem> duplicates = new ArrayList<>();
        for (Sourced<? extends Entry> row : rows) {
            Entry entry = row.value();
            String earlier = firstRow.putIfAbsent(entry.id(), row.origin());
            if (earlier != null) {
                duplicates.add(new ConsoleException.Problem(row.origin() + ", column id",
                        "重复的编号 / duplicate id '" + entry.id() + "', already in " + earlier));
                continue;
            }
            Optional<Entry> old = published.entry(entry.id());
            if (old.isEmpty()) {
                added.add(entry.id());
            } else if (!live.entryJson(old.get()).equals(live.entryJson(entry))) {
                changed.add(entry.id());
            } else {
                unchanged++;
                continue;
            }
            changes.put(entry.id(), Optional.of(new Sourced<>(row.origin(), entry)));
        }
        Set<String> inSheet = rows.stream().map(r -> r.value().id()).collect(Collectors.toSet());
        List<String> missing = (kind == EntryKind.FAQ ? published.faqs().stream().map(FaqEntry::id)
                : published.items().stream().map(CatalogueItem::id)).filter(id -> !inSheet.contains(id)).toList();
        if (removeMissing) {
            missing.forEach(id -> changes.put(id, Optional.empty()));
        }
        if (problems.isEmpty() && duplicates.isEmpty()) {
            try {
                KnowledgeBaseEditor.reviseSourced(published, changes);
            } catch (KnowledgeBaseException e) {
                e.problems().forEach(p -> problems.add(kind == EntryKind.FAQ ? new FaqSheet().locate(p, table)
                        : new CatalogueSheet(published.reference()).locate(p, table)));
            }
        }
        List<ConsoleException.Problem> found = new ArrayList<>(duplicates);
        problems.stream().map(SheetImport::problem).forEach(found::add);
        List<Draft> drafts = List.of();
        if (apply && found.isEmpty() && !changes.isEmpty()) {
            List<Curation.Proposed> proposed = new ArrayList<>();
            changes.forEach((id, change) -> proposed.add(new Curation.Proposed(kind, id,
                    change.map(c -> live.entryJson(c.value())).orElse(null))));
            drafts = curation.saveAll(proposed, "import of " + name, by);
        }
        return new Report(part, table.rows().size(), added, changed, unchanged, missing, removeMissing, found, drafts);
    }

    private static ConsoleException.Problem problem(Problem problem) {
        StringBuilder where = new StringBuilder(problem.file());
        if (problem.entry() != null) {
            where.append(problem.entry().startsWith("row ") ? ", " : ", entry ").append(problem.entry());
        }
        if (problem.field() != null && !problem.field().isEmpty()) {
            where.append(problem.field().startsWith("column") ? ", " : ", field ").append(problem.field());
        }
        return new ConsoleException.Problem(where.toString(), problem.reason());
    }
}
