package gov.longhua.assistant.kb.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Test helpers: a writable copy of the default knowledge base, and a fingerprint of a folder's files. */
final class KbFolder {

    private KbFolder() {
    }

    /** Copies the repository's src/kb (the default knowledge base) into a folder. */
    static Path copyOfDefault(Path into) throws IOException {
        Path target = into.resolve("kb");
        Folders.copy(Path.of("..", "src", "kb"), target);
        return target;
    }

    /** Every file under a folder with the SHA-256 of its content. */
    static Map<String, String> fingerprint(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                try (InputStream in = Files.newInputStream(path)) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    files.put(folder.relativize(path).toString(), HexFormat.of().formatHex(sha.digest(in.readAllBytes())));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return files;
    }
}
