package org.perftracker.server.artifact;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Artifact bytes as files under a directory: {@code <dir>/<u0u1>/<u2u3>/<uuid>}. Paths come from parsed uuids
 * only, never from user text. A write goes to a temporary file first and is moved into place when complete.
 */
public final class FileArtifactStore implements ArtifactStore {
    private static final int BUFFER = 64 * 1024;

    private final Path root;

    public FileArtifactStore(Path root) {
        this.root = root.toAbsolutePath();
    }

    private Path pathOf(UUID uuid) {
        String u = uuid.toString();
        return root.resolve(u.substring(0, 2)).resolve(u.substring(2, 4)).resolve(u);
    }

    @Override
    public Stored write(UUID uuid, InputStream content, long maxBytes) throws IOException {
        Path target = pathOf(uuid);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), uuid + ".", ".part");
        try {
            MessageDigest sha = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(size, HexFormat.of().formatHex(sha.digest()));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public InputStream read(UUID uuid, long offset) throws IOException {
        InputStream in = Files.newInputStream(pathOf(uuid));
        if (offset > 0) {
            in.skipNBytes(offset);
        }
        return in;
    }

    @Override
    public boolean exists(UUID uuid) {
        return Files.isRegularFile(pathOf(uuid));
    }

    @Override
    public void delete(UUID uuid) throws IOException {
        Files.deleteIfExists(pathOf(uuid));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
