package org.reclaimtck.tck.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The SHA-256 of the code a class was loaded from: of the jar file's bytes, or, for a classes directory, of its
 * {@code .class} files in sorted relative-path order (for each: the path with {@code /} separators, a NUL byte, the
 * file's bytes). {@code unknown} if the class has no file code source.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CodeSourceHash {
    public static final String UNKNOWN = "unknown";

    private CodeSourceHash() {
    }

    public static String of(Class<?> type) {
        CodeSource cs = type.getProtectionDomain() == null ? null : type.getProtectionDomain().getCodeSource();
        URL url = cs == null ? null : cs.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            return UNKNOWN;
        }
        try {
            return of(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException | IOException e) {
            return UNKNOWN;
        }
    }

    /** The hash of a jar (any regular file) or of a classes directory. */
    public static String of(Path location) throws IOException {
        MessageDigest md = sha256();
        if (Files.isRegularFile(location)) {
            try (InputStream in = Files.newInputStream(location)) {
                in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), md));
            }
        } else if (Files.isDirectory(location)) {
            List<String> classes;
            try (Stream<Path> s = Files.walk(location)) {
                classes = s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".class"))
                        .map(p -> location.relativize(p).toString().replace('\\', '/')).sorted()
                        .collect(Collectors.toList());
            }
            for (String rel : classes) {
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(Files.readAllBytes(location.resolve(rel)));
            }
        } else {
            return UNKNOWN;
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256", e);
        }
    }
}
