package gov.longhua.assistant.kb.tool;

import gov.longhua.assistant.kb.KnowledgeBase;
import gov.longhua.assistant.kb.catalogue.CatalogueItem;
import gov.longhua.assistant.kb.exchange.CatalogueSheet;
import gov.longhua.assistant.kb.exchange.FaqSheet;
import gov.longhua.assistant.kb.exchange.KnowledgeBaseImport;
import gov.longhua.assistant.kb.exchange.KnowledgeBaseWriter;
import gov.longhua.assistant.kb.exchange.Tables;
import gov.longhua.assistant.kb.load.KbLocation;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import gov.longhua.assistant.kb.load.KnowledgeBaseLoader;
import gov.longhua.assistant.kb.reference.ReferenceData;
import gov.longhua.assistant.kb.report.ContentReport;
import gov.longhua.assistant.kb.synthetic.SyntheticCatalogue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge-base command line: check, report, import and export sheets, generate scale data.
 * Run from the repository root: {@code mvn -q -pl knowledge-base compile exec:java -Dexec.args="report"}.
 */
public final class KbTool {

    static final String USAGE = """
            usage: kb <command> [options]       (--kb DIR defaults to src/kb)
              check [--kb DIR]                      load and validate a knowledge base
              report [--kb DIR]                     counts per domain, tier, stage, language, status; gaps
              export-catalogue FILE [--kb DIR]      FILE ending .xlsx or .csv, in the standard column layout
              import-catalogue FILE [--kb DIR]      replaces the catalogue, all or nothing
              export-faq FILE [--kb DIR]
              import-faq FILE [--kb DIR]            replaces the FAQ, all or nothing
              generate --items N --out DIR [--seed S] [--sheet FILE] [--kb DIR]
                                                    a copy of the knowledge base plus N synthetic items
            """;

    private final PrintStream out;

    KbTool(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new KbTool(System.out).run(args));
    }

    /** Runs a command; returns the exit code: 0 done, 1 the knowledge base or a sheet has problems, 2 usage. */
    int run(String[] args) {
        if (args.length == 0) {
            out.print(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
        Path kb = Path.of(options.getOrDefault("kb", "src/kb"));
        try {
            switch (args[0]) {
                case "check" -> out.println("OK: " + summary(load(kb)));
                case "report" -> out.print(ContentReport.of(load(kb)).render());
                case "export-catalogue" -> exportCatalogue(load(kb), file(positional));
                case "import-catalogue" -> out.println("imported " + importer().importCatalogue(file(positional), kb).entries()
                        + " catalogue items");
                case "export-faq" -> exportFaq(load(kb), file(positional));
                case "import-faq" -> out.println("imported " + importer().importFaq(file(positional), kb).entries()
                        + " FAQ entries");
                case "generate" -> generate(kb, options);
                default -> {
                    out.print(USAGE);
                    return 2;
                }
            }
            return 0;
        } catch (KnowledgeBaseException e) {
            out.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.print(USAGE);
            return 2;
        } catch (IOException e) {
            out.println("failed: " + e.getMessage());
            return 1;
        }
    }

    private static KnowledgeBase load(Path kb) {
        return new KnowledgeBaseLoader().load(KbLocation.directory(kb));
    }

    private static String summary(KnowledgeBase kb) {
        return kb.items().size() + " catalogue items, " + kb.faqs().size() + " FAQ entries";
    }

    private static Path file(List<String> positional) {
        if (positional.size() != 1) {
            throw new IllegalArgumentException("name one file");
        }
        return Path.of(positional.get(0));
    }

    private KnowledgeBaseImport importer() {
        return new KnowledgeBaseImport(line -> out.println("  " + line));
    }

    private void exportCatalogue(KnowledgeBase kb, Path file) throws IOException {
        CatalogueSheet sheet = new CatalogueSheet(kb.reference());
        Tables.write(file, CatalogueSheet.SHEET, sheet.headers(), sheet.rows(kb.items()));
        out.println("exported " + kb.items().size() + " catalogue items to " + file);
    }

    private void exportFaq(KnowledgeBase kb, Path file) throws IOException {
        FaqSheet sheet = new FaqSheet();
        Tables.write(file, FaqSheet.SHEET, sheet.headers(), sheet.rows(kb.faqs()));
        out.println("exported " + kb.faqs().size() + " FAQ entries to " + file);
    }

    private void generate(Path kb, Map<String, String> options) throws IOException {
        if (!options.containsKey("items") || !options.containsKey("out")) {
            throw new IllegalArgumentException("generate needs --items N and --out DIR");
        }
        int count = Integer.parseInt(options.get("items"));
        Path target = Path.of(options.get("out"));
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; name a new folder");
        }
        KnowledgeBase base = load(kb);
        KnowledgeBase extended = SyntheticCatalogue.added(base, count,
                Long.parseLong(options.getOrDefault("seed", "20261126")));
        ReferenceData reference = extended.reference();
        List<CatalogueItem> items = extended.items();
        KnowledgeBaseWriter writer = new KnowledgeBaseWriter();
        Files.createDirectories(target);
        writer.writeReference(target, reference);
        writer.writeGuidesAndGlossary(target, base.guides(), base.glossary());
        for (String kept : List.of("calendar.yaml", "scope.yaml")) {
            Files.copy(kb.resolve(kept), target.resolve(kept));
        }
        writer.writeManifest(target, writer.writeCatalogue(target, items, reference), writer.writeFaq(target, base.faqs()));
        KnowledgeBase generated = load(target);
        out.println("generated " + target + ": " + summary(generated) + " (" + count + " synthetic)");
        if (options.containsKey("sheet")) {
            exportCatalogue(generated, Path.of(options.get("sheet")));
        }
    }
}
