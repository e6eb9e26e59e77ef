package org.perftracker.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmark tools the end-to-end tests run. A missing tool fails the test with how to install it. */
final class Tools {
    private Tools() {
    }

    /**
     * @param program e.g. {@code "ab"}
     * @param debianPackage the package that has it, e.g. {@code "apache2-utils"}
     */
    static void require(String program, String debianPackage) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return;
            }
        }
        throw new AssertionError(program + " is not installed, and the end-to-end tests run it: install it with "
                + "'apt-get install " + debianPackage + "' (.ci/run installs it)");
    }
}
