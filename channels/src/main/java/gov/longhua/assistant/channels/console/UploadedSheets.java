package gov.longhua.assistant.channels.console;

import gov.longhua.assistant.kb.exchange.SheetLimits;
import gov.longhua.assistant.kb.exchange.Table;
import gov.longhua.assistant.kb.exchange.Tables;
import gov.longhua.assistant.kb.load.KnowledgeBaseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A sheet uploaded to the console (CSV or XLSX) read as the knowledge-base tools read files. */
final class UploadedSheets {

    private UploadedSheets() {
    }

    /**
     * Reads an upload by way of a temporary file named as uploaded (its ending says CSV or XLSX), removed after.
     *
     * @param name the uploaded file's own name, without folders
     * @throws ConsoleException naming the file when it cannot be read as a sheet, or naming the limit it is over
     */
    static Table read(String name, byte[] content, SheetLimits limits) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("upload");
            Path file = folder.resolve(name);
            Files.write(file, content);
            return Tables.read(file, limits);
        } catch (SheetLimits.Exceeded e) {
            throw new ConsoleException(name, "超出上传限制 / over the upload limit assistant.staff.sheets."
                    + e.limit().setting() + " = " + e.value() + ": the file " + e.getMessage());
        } catch (KnowledgeBaseException e) {
            throw new ConsoleException(name, e.problems().get(0).reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
