package gov.longhua.assistant.channels.console.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Staff data in a local folder, for one instance: a document is {@code <name>.json}, written to a temporary
 * file, forced to disk and moved over the old one atomically; a log is {@code <name>.jsonl}, one record per
 * line, each appended and forced in one write. A line cut short by a crash is skipped when the log is read.
 * The folder is {@code 0700} and every file {@code 0600} ({@link OwnerOnlyFiles}).
 */
public final class FileStaffStorage implements StaffStorage {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path folder;
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    /** One monitor per file, so that a write and a read of the same file never overlap. */
    private final ConcurrentHashMap<String, Object> files = new ConcurrentHashMap<>();
    /** Per log: the file length and the number of records at that length. */
    private final ConcurrentHashMap<String, long[]> counted = new ConcurrentHashMap<>();

    public FileStaffStorage(Path folder) {
        this.folder = folder;
        try {
            OwnerOnlyFiles.createFolder(folder);
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    OwnerOnlyFiles.restrict(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the staff data folder " + folder.toAbsolutePath(), e);
        }
    }

    @Override
    public Optional<String> read(String document) {
        Path file = file(document, ".json");
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    @Override
    public void write(String document, String json) {
        Path file = file(document, ".json");
        Path temporary = folder.resolve("." + document + ".json.tmp");
        synchronized (monitor(document + ".json")) {
            try {
                Files.deleteIfExists(temporary);
                OwnerOnlyFiles.createFile(temporary);
                Files.writeString(temporary, json, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + "; the previous version is kept", e);
            }
        }
    }

    @Override
    public long append(String log, String json) {
        if (json.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a log record must be one line");
        }
        Path file = file(log, ".jsonl");
        synchronized (monitor(log + ".jsonl")) {
            try {
                long before = size(log);
                String line = (endsCut(file) ? "\n" : "") + json + "\n";
                OwnerOnlyFiles.createFile(file);
                Files.write(file, line.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
                counted.put(log, new long[] {Files.size(file), before + 1});
                return before + 1;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot append to " + file, e);
            }
        }
    }

    /** Whether the file's last line was cut short (no line end): a new record must not be glued to it. */
    private static boolean endsCut(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            channel.position(channel.size() - 1).read(last);
            return last.get(0) != '\n';
        }
    }

    @Override
    public List<String> log(String log, long from) {
        Path file = file(log, ".jsonl");
        synchronized (monitor(log + ".jsonl")) {
            try {
                List<String> lines = Files.exists(file) ? lines(file) : List.of();
                return from >= lines.size() ? List.of() : List.copyOf(lines.subList((int) from, lines.size()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    @Override
    public void dropFirst(String log, long count) {
        if (count <= 0) {
            return;
        }
        Path file = file(log, ".jsonl");
        Path temporary = folder.resolve("." + log + ".jsonl.tmp");
        synchronized (monitor(log + ".jsonl")) {
            try {
                if (!Files.exists(file)) {
                    return;
                }
                List<String> lines = lines(file);
                List<String> kept = count >= lines.size() ? List.of() : lines.subList((int) count, lines.size());
                StringBuilder text = new StringBuilder();
                kept.forEach(line -> text.append(line).append('\n'));
                Files.deleteIfExists(temporary);
                OwnerOnlyFiles.createFile(temporary);
                Files.writeString(temporary, text, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE,
                        StandardOpenOption.SYNC);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
                counted.put(log, new long[] {Files.size(file), kept.size()});
            } catch (IOException e) {
                throw new UncheckedIOException("cannot rewrite " + file + "; the previous version is kept", e);
            }
        }
    }

    /**
     * How many records a log holds. A log only grows, so the count is kept with the file's length and read
     * again only when the length changed (an instance checks the releases log twice a second).
     */
    @Override
    public long size(String log) {
        Path file = file(log, ".jsonl");
        synchronized (monitor(log + ".jsonl")) {
            try {
                long length = Files.exists(file) ? Files.size(file) : 0;
                long[] known = counted.get(log);
                if (known != null && known[0] == length) {
                    return known[1];
                }
                long count = length == 0 ? 0 : lines(file).size();
                counted.put(log, new long[] {length, count});
                return count;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("{") && trimmed.endsWith("}")) {
                lines.add(trimmed);
            }
        }
        return lines;
    }

    @Override
    public <T> T exclusively(String name, Supplier<T> action) {
        ReentrantLock lock = locks.computeIfAbsent(name, n -> new ReentrantLock());
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private Object monitor(String file) {
        return files.computeIfAbsent(file, n -> new Object());
    }

    private Path file(String name, String suffix) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a storage name: " + name);
        }
        return folder.resolve(name + suffix);
    }

    @Override
    public String describe() {
        return "files in " + folder.toAbsolutePath();
    }
}
