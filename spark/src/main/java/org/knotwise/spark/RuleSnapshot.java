package org.knotwise.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a rules folder (rule sources and kb/ data, not a compiled rule base), read once on
 * the driver from any path Hadoop reads (local, HDFS, S3), and shipped to the executors with the
 * tasks: each executor writes them to a local folder of the same name and compiles them once.
 * The driver's gate and every executor thus compile the very same bytes.
 */
final class RuleSnapshot implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A rules folder is a few hundred KB; anything far bigger is a wrong path. */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final String name;
    private final TreeMap<String, byte[]> files;
    private final String digest;

    private RuleSnapshot(String name, TreeMap<String, byte[]> files) {
        this.name = name;
        this.files = files;
        this.digest = digest(name, files);
    }

    static RuleSnapshot read(String folder, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(folder);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
            throw new IllegalArgumentException("--rules " + folder + ": no such folder");
        }
        String rootPath = fs.getFileStatus(root).getPath().toUri().getPath();
        TreeMap<String, byte[]> files = new TreeMap<>();
        long total = 0;
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String relative = f.getPath().toUri().getPath().substring(rootPath.length()).replaceFirst("^/+", "");
            if (relative.isEmpty() || hidden(relative)) {
                continue;
            }
            total += f.getLen();
            if (total > MAX_BYTES) {
                throw new IllegalArgumentException("--rules " + folder + ": over " + MAX_BYTES / (1024 * 1024)
                        + " MB of files, not a rules folder");
            }
            try (FSDataInputStream in = fs.open(f.getPath())) {
                files.put(relative, in.readAllBytes());
            }
        }
        return new RuleSnapshot(root.getName(), files);
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Writes the files under {@code parent/NAME} (the folder's own name) and returns that folder. */
    Path writeUnder(Path parent) throws IOException {
        Path folder = parent.resolve(name);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path target = folder.resolve(f.getKey()).normalize();
            if (!target.startsWith(folder)) {
                throw new IOException("a rules file outside its folder: " + f.getKey());
            }
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
        }
        Files.createDirectories(folder);
        return folder;
    }

    String digest() {
        return digest;
    }

    String name() {
        return name;
    }

    private static String digest(String name, TreeMap<String, byte[]> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(name.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update((byte) 0);
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
