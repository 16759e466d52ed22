package io.fleetfit.job;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The job in a JVM of its own, as {@code jobs/assess} runs it, with this JVM's class path and
 * {@code --add-opens} options: for the tests that kill a run, or run two at once.
 */
final class ChildJob {

    private ChildJob() {
    }

    /**
     * Starts the job with {@code args}; its console (stdout and stderr together) goes to
     * {@code <dir>/<name>-console.txt}, its log to {@code <dir>/<name>.log}.
     *
     * @param options JVM options of the run's own ({@code -Dfleetfit.lock.wait=...})
     */
    static Process start(Path dir, String name, List<String> options, String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.equals("-XX:+IgnoreUnrecognizedVMOptions"))
                .forEach(command::add);
        command.addAll(List.of("-Xmx1g", "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve(name + "-tmp")),
                "-Dfleetfit.log=" + dir.resolve(name + ".log")));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), FleetfitJob.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console(dir, name).toFile()).start();
    }

    /** Where the run's console went. */
    static Path console(Path dir, String name) {
        return dir.resolve(name + "-console.txt");
    }
}
