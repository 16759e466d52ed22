package io.fleetfit.job;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hadoop.conf.Configuration;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.MultipartPart;
import org.jclouds.blobstore.domain.MultipartUpload;
import org.jclouds.blobstore.options.CopyOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real S3 API server on 127.0.0.1 in the test JVM: S3Proxy (org.gaul:s3proxy, Jetty serving the
 * S3 REST API, signatures checked) over jclouds' in-memory blob store. Started once per test JVM
 * when a test first asks for it, stopped after the last test. S3A reaches it over HTTP with the
 * settings of {@link Server#configure}. The server's store records every object it writes, copies
 * and removes ({@link Event}), as a NameNode's audit log records what HDFS does.
 */
final class MiniS3 implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(MiniS3.class);
    static final String ACCESS_KEY = "fleetfit-test";
    static final String SECRET_KEY = "fleetfit-test-secret";

    /** The running server. */
    static final class Server implements ExtensionContext.Store.CloseableResource {
        private final S3Proxy proxy;
        private final BlobStoreContext store;
        private final Recording recording;

        private Server(S3Proxy proxy, BlobStoreContext store, Recording recording) {
            this.proxy = proxy;
            this.store = store;
            this.recording = recording;
        }

        /** What the server did to objects of {@code bucket} whose key starts with {@code prefix}, in order. */
        List<Event> events(String bucket, String prefix) {
            return recording.events.stream().filter(e -> e.bucket().equals(bucket)
                    && (e.key().startsWith(prefix) || e.from() != null && e.from().startsWith(prefix))).toList();
        }

        /** {@code http://127.0.0.1:PORT}. */
        String endpoint() {
            return "http://127.0.0.1:" + proxy.getPort();
        }

        /** Makes the bucket {@code name} on the server (S3A itself never makes buckets). */
        void createBucket(String name) {
            store.getBlobStore().createContainerInLocation(null, name);
        }

        /** The settings S3A needs for this server, set in {@code conf}. */
        Configuration configure(Configuration conf) {
            // http:// in the endpoint is enough for plain HTTP (fs.s3a.connection.ssl.enabled left unset)
            conf.set("fs.s3a.endpoint", endpoint());
            // the bucket in the path, not in the host name: the SDK does so by itself for an IP address
            // as here, but a server named by host name (minio.example.com) needs it
            conf.set("fs.s3a.path.style.access", "true");
            // no fs.s3a.endpoint.region (S3A picks one for an endpoint of its own), no change-detection
            // or checksum settings: S3Proxy returns ETags, and S3A 3.5 sends no checksums by default
            conf.set("fs.s3a.access.key", ACCESS_KEY);
            conf.set("fs.s3a.secret.key", SECRET_KEY);
            return conf;
        }

        @Override
        public void close() throws Exception {
            proxy.stop();
            store.close();
        }
    }

    /**
     * One change the server made to an object: {@code put} (a whole object in one request),
     * {@code complete} (the last request of a multipart upload, which makes the object appear),
     * {@code copy} (a server-side copy from {@code from}) or {@code remove}.
     */
    record Event(String op, String bucket, String key, String from) {
    }

    /** The in-memory store, recording what it is asked to change. */
    private static final class Recording extends ForwardingBlobStore {
        final List<Event> events = new CopyOnWriteArrayList<>();

        Recording(BlobStore store) {
            super(store);
        }

        @Override
        public String putBlob(String bucket, Blob blob) {
            String etag = super.putBlob(bucket, blob);
            events.add(new Event("put", bucket, blob.getMetadata().getName(), null));
            return etag;
        }

        @Override
        public String putBlob(String bucket, Blob blob, PutOptions options) {
            String etag = super.putBlob(bucket, blob, options);
            events.add(new Event("put", bucket, blob.getMetadata().getName(), null));
            return etag;
        }

        @Override
        public String completeMultipartUpload(MultipartUpload upload, List<MultipartPart> parts) {
            String etag = super.completeMultipartUpload(upload, parts);
            events.add(new Event("complete", upload.containerName(), upload.blobName(), null));
            return etag;
        }

        @Override
        public String copyBlob(String fromBucket, String from, String toBucket, String to, CopyOptions options) {
            String etag = super.copyBlob(fromBucket, from, toBucket, to, options);
            events.add(new Event("copy", toBucket, to, from));
            return etag;
        }

        @Override
        public void removeBlob(String bucket, String key) {
            super.removeBlob(bucket, key);
            events.add(new Event("remove", bucket, key, null));
        }

        @Override
        public void removeBlobs(String bucket, Iterable<String> keys) {
            super.removeBlobs(bucket, keys);
            keys.forEach(k -> events.add(new Event("remove", bucket, k, null)));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
        return p.getParameter().getType() == Server.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext c) {
        return c.getRoot().getStore(NS).getOrComputeIfAbsent("s3", k -> start(), Server.class);
    }

    private static Server start() {
        long start = System.nanoTime();
        // by its API, not its name: a name makes jclouds instantiate every provider on the class path,
        // S3Proxy's own among them (Azure's, whose SDK is left out)
        BlobStoreContext store = ContextBuilder.newBuilder(new TransientApiMetadata()).credentials(ACCESS_KEY, SECRET_KEY)
                .build(BlobStoreContext.class);
        Recording recording = new Recording(store.getBlobStore());
        S3Proxy proxy = S3Proxy.builder().blobStore(recording)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
        } catch (Exception e) {
            store.close();
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        System.out.printf("S3 server (S3Proxy) started on port %d: %.1f s%n", proxy.getPort(), (System.nanoTime() - start) / 1e9);
        return new Server(proxy, store, recording);
    }
}
