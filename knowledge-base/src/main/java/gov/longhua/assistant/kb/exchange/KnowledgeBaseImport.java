package gov.longhua.assistant.kb.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.faq.FaqEntry;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.load.KnowledgeBaseValidator;
import gov.longhua.assistant.kb.load.Problem;
import gov.longhua.assistant.kb.load.Sourced;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Imports a catalogue or FAQ sheet into a knowledge-base folder, all or nothing: the sheet is read and every
 * row validated, then checked against the rest of the knowledge base (duplicate ids, unknown references);
 * only if nothing is wrong is a new copy of the folder written, loaded again as the application would load
 * it, and swapped in. On any problem the folder is left exactly as it was and every problem is reported.
 * The sheet replaces the whole catalogue (or the whole FAQ): rows left out of it are removed.
 */
public final class KnowledgeBaseImport {

    /** What an import did. */
    public record Result(int entries, List<String> files) {
    }

    private static final int PROGRESS_EVERY = 500;

    private final KnowledgeBaseLoader loader = new KnowledgeBaseLoader();
    private final KnowledgeBaseWriter writer = new KnowledgeBaseWriter();
    private final Consumer<String> progress;

    public KnowledgeBaseImport(Consumer<String> progress) {
        this.progress = progress;
    }

    public Result importCatalogue(Path sheet, Path kbFolder) {
        KnowledgeBase current = loader.load(KbLocation.directory(kbFolder));
        Table table = read(sheet);
        List<Problem> problems = new ArrayList<>();
        CatalogueSheet layout = new CatalogueSheet(current.reference());
        List<Sourced<CatalogueItem>> items = layout.read(table, problems);
        progress.accept("read " + items.size() + " of " + table.rows().size() + " rows");
        List<Sourced<FaqEntry>> faqs = current.faqs().stream().map(f -> new Sourced<>("the FAQ already stored", f)).toList();
        List<Problem> references = new ArrayList<>();
        new KnowledgeBaseValidator(current.reference(), "reference.yaml").validate(items, faqs, references);
        references.forEach(p -> problems.add(layout.locate(p, table)));
        failIfAny(problems);
        List<CatalogueItem> values = items.stream().map(Sourced::value).toList();
        List<String> files = replace(kbFolder, staging -> {
            List<String> catalogue = writer.writeCatalogue(staging, values, current.reference());
            writer.writeManifest(staging, catalogue, manifestList(staging, "faq"));
            return catalogue;
        }, "catalogue");
        return new Result(values.size(), files);
    }

    public Result importFaq(Path sheet, Path kbFolder) {
        KnowledgeBase current = loader.load(KbLocation.directory(kbFolder));
        Table table = read(sheet);
        List<Problem> problems = new ArrayList<>();
        FaqSheet layout = new FaqSheet();
        List<Sourced<FaqEntry>> faqs = layout.read(table, problems);
        progress.accept("read " + faqs.size() + " of " + table.rows().size() + " rows");
        List<Sourced<CatalogueItem>> items = current.items().stream().map(i -> new Sourced<>("the catalogue already stored", i)).toList();
        List<Problem> references = new ArrayList<>();
        new KnowledgeBaseValidator(current.reference(), "reference.yaml").validate(items, faqs, references);
        references.forEach(p -> problems.add(layout.locate(p, table)));
        failIfAny(problems);
        List<FaqEntry> values = faqs.stream().map(Sourced::value).toList();
        List<String> files = replace(kbFolder, staging -> {
            List<String> faq = writer.writeFaq(staging, values);
            writer.writeManifest(staging, manifestList(staging, "catalogue"), faq);
            return faq;
        }, "faq");
        return new Result(values.size(), files);
    }

    private Table read(Path sheet) {
        progress.accept("reading " + sheet.getFileName());
        Table table = Tables.read(sheet);
        if (table.rows().size() >= PROGRESS_EVERY) {
            progress.accept(table.rows().size() + " rows to check");
        }
        return table;
    }

    private static void failIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new KnowledgeBaseException(problems);
        }
    }

    private interface Change {
        List<String> apply(Path staging) throws IOException;
    }

    /**
     * Copies the folder, removes the files of the replaced part, applies the change, loads the copy as the
     * application would, and only then swaps it in for the original.
     */
    private List<String> replace(Path kbFolder, Change change, String replacedPart) {
        Path folder = kbFolder.toAbsolutePath().normalize();
        Path staging = folder.resolveSibling(folder.getFileName() + ".import-" + System.nanoTime());
        Path backup = folder.resolveSibling(folder.getFileName() + ".before-import-" + System.nanoTime());
        try {
            Folders.copy(folder, staging);
            for (String file : manifestList(staging, replacedPart)) {
                Files.deleteIfExists(staging.resolve(file));
            }
            List<String> files = change.apply(staging);
            progress.accept("written " + files.size() + " file(s); checking the new knowledge base");
            loader.load(KbLocation.directory(staging));
            Files.move(folder, backup, StandardCopyOption.ATOMIC_MOVE);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            Folders.delete(backup);
            progress.accept("imported into " + folder);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("import into " + folder + " failed; the folder is unchanged", e);
        } finally {
            try {
                if (Files.exists(staging)) {
                    Folders.delete(staging);
                }
            } catch (IOException e) {
                progress.accept("could not remove " + staging + ": " + e.getMessage());
            }
        }
    }

    private static List<String> manifestList(Path folder, String key) throws IOException {
        JsonNode manifest = new YAMLMapper().readTree(folder.resolve("kb.yaml").toFile());
        List<String> files = new ArrayList<>();
        manifest.path(key).forEach(file -> files.add(file.asText()));
        return files;
    }
}
