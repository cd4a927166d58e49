package gov.longhua.assistant.kb.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks every part of an XLSX archive into nothing, counting the bytes actually inflated (the sizes an
 * archive declares may lie), and stops at the first byte over {@link SheetLimits#maxUncompressedBytes()} or
 * over {@link SheetLimits#maxCompressionRatio()} times the file's size. Only then is the sheet parsed.
 */
final class XlsxArchiveGuard {

    private XlsxArchiveGuard() {
    }

    static void check(Path file, SheetLimits limits) throws IOException {
        long size = Math.max(1, Files.size(file));
        long byRatio = size * limits.maxCompressionRatio();
        long allowed = Math.min(limits.maxUncompressedBytes(), byRatio);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        total += read;
                        if (total > allowed) {
                            throw exceeded(limits, byRatio < limits.maxUncompressedBytes(), size);
                        }
                    }
                }
            }
        }
    }

    private static SheetLimits.Exceeded exceeded(SheetLimits limits, boolean ratio, long size) {
        if (ratio) {
            return new SheetLimits.Exceeded(SheetLimits.Limit.COMPRESSION_RATIO, limits.maxCompressionRatio(),
                    "unpacks to more than " + limits.maxCompressionRatio() + " times its size of " + size + " bytes");
        }
        return new SheetLimits.Exceeded(SheetLimits.Limit.UNCOMPRESSED_BYTES, limits.maxUncompressedBytes(),
                "unpacks to more than " + limits.maxUncompressedBytes() + " bytes");
    }
}
