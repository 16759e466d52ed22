package io.fleetfit.run;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme ({@code other:///tmp/...}): a Hadoop file system that is
 * not {@code file:}, as {@code hdfs://} and {@code s3a://} are not, so tests can show the job reads
 * and writes through Hadoop's API and never through {@code java.io} or the local-file shortcuts.
 */
public class OtherSchemeFileSystem extends RawLocalFileSystem {

    public static final String SCHEME = "other";

    @Override
    public URI getUri() {
        return URI.create(SCHEME + ":///");
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }
}
