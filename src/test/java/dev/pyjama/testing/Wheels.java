package dev.pyjama.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Wheels fetched at test time (coverage, pytest): unpacked into a site directory on PYTHONPATH. */
public final class Wheels {
    private Wheels() {}

    /**
     * Unpacks {@code wheels} into {@code site}, through a fresh directory under {@code work}
     * that is moved into place last, so an interrupted unpack never leaves a half-filled site.
     */
    public static void unpack(List<Path> wheels, Path work, Path site) throws IOException {
        Path tmp = Files.createTempDirectory(work, "site");
        for (Path wheel : wheels) {
            try (InputStream in = Files.newInputStream(wheel); ZipInputStream zip = new ZipInputStream(in)) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    Path to = tmp.resolve(e.getName()).normalize();
                    if (!to.startsWith(tmp)) throw new IOException("bad wheel entry " + e.getName());
                    if (e.isDirectory()) {
                        Files.createDirectories(to);
                    } else {
                        Files.createDirectories(to.getParent());
                        Files.copy(zip, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.move(tmp, site);
    }
}
