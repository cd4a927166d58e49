package gov.longhua.assistant.kb.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the files of a knowledge base are read from: a folder, or the default one on the classpath. */
public interface KbLocation {

    /** Opens a file by its path relative to the knowledge base's root. */
    InputStream open(String relativePath) throws IOException;

    /** A human-readable name of a file, for error messages. */
    String describe(String relativePath);

    /** The default knowledge base, packaged from the repository's {@code src/kb}. */
    static KbLocation embedded() {
        return new KbLocation() {
            @Override
            public InputStream open(String relativePath) throws IOException {
                InputStream in = KbLocation.class.getClassLoader().getResourceAsStream("kb/" + relativePath);
                if (in == null) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                return in;
            }

            @Override
            public String describe(String relativePath) {
                return "src/kb/" + relativePath;
            }
        };
    }

    /** A knowledge base in a folder laid out like {@code src/kb}. */
    static KbLocation directory(Path root) {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new NoSuchFileException(root + " is not a folder"));
        }
        return new KbLocation() {
            @Override
            public InputStream open(String relativePath) throws IOException {
                return Files.newInputStream(root.resolve(relativePath));
            }

            @Override
            public String describe(String relativePath) {
                return root.resolve(relativePath).toString();
            }
        };
    }
}
