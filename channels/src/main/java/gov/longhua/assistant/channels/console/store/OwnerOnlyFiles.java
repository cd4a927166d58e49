package gov.longhua.assistant.channels.console.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only the application's own user may read (OWASP ASVS 12.3): files {@code 0600}, folders
 * {@code 0700}. On a file system without POSIX permissions (Windows) the folder's own access rules apply.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (and missing parents) if it does not exist; a folder it creates is {@code 0700}. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            Files.createDirectory(folder, posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FOLDER)}
                    : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            // another thread made it
        }
    }

    /** Creates an empty {@code 0600} file if there is none. */
    public static void createFile(Path file) throws IOException {
        try {
            Files.createFile(file, posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
                    : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            // kept as it is
        }
    }

    /** Makes an existing file {@code 0600} (files written by an older version may be readable by others). */
    public static void restrict(Path file) throws IOException {
        if (posix() && Files.isRegularFile(file)) {
            Files.setPosixFilePermissions(file, FILE);
        }
    }

    private static boolean posix() {
        return java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
