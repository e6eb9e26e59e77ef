package org.perftracker.client.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Option;

/** The options that name the job a command uploads: project, title, build, suite, regression tag, … */
public final class JobOptions {
    @Option(names = {"-p", "--project"}, paramLabel = "NAME",
            description = "Project to upload into (default: \"Default project\").")
    String project;

    @Option(names = {"-t", "--title"}, paramLabel = "TITLE", description = "Title of the job.")
    String title;

    @Option(names = {"-b", "--build"}, paramLabel = "VERSION",
            description = "Version of the product measured, e.g. 1.4.0-512 (the job's product_ver).")
    String build;

    @Option(names = "--product", paramLabel = "NAME", description = "Name of the product measured.")
    String product;

    @Option(names = "--suite", paramLabel = "NAME", description = "Name of the test suite.")
    String suite;

    @Option(names = "--suite-version", paramLabel = "VERSION", description = "Version of the test suite.")
    String suiteVersion;

    @Option(names = "--tag", paramLabel = "TAG",
            description = "Regression tag: the series of jobs this one extends, e.g. nightly.")
    String tag;

    @Option(names = "--link", paramLabel = "NAME=URL", description = "A link shown on the job's page; repeatable.")
    Map<String, String> links = new LinkedHashMap<>();

    @Option(names = "--append", paramLabel = "UUID",
            description = "Add the tests to the job with this uuid, keeping its other tests.")
    UUID append;

    @Option(names = "--to-file", paramLabel = "FILE",
            description = "Write the job to FILE ('-' for standard output) instead of uploading it; "
                    + "upload it later with 'pt upload FILE'.")
    String toFile;

    /** @return the fields given on the command line */
    public JobFields fields() {
        return new JobFields(Optional.ofNullable(project), Optional.ofNullable(title), Optional.ofNullable(product),
                Optional.ofNullable(build), Optional.ofNullable(suite), Optional.ofNullable(suiteVersion),
                Optional.ofNullable(tag), links);
    }

    public Optional<UUID> append() {
        return Optional.ofNullable(append);
    }

    public Optional<String> toFile() {
        return Optional.ofNullable(toFile);
    }
}
