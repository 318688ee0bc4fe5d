package vn.tiendo.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The walls between packages, read from the sources (imports and fully qualified names alike, strings included, so a
 * JPQL {@code vn.tiendo.x.Y} counts too): {@code common/} names no feature package, and {@code plan/} does not name
 * {@code assignment/} (publishing fires {@code PlanPublishing}, which the assignment package observes).
 */
class PackageWallsTest {
    static final Path SOURCES = Path.of("src/main/java/vn/tiendo");
    static final Pattern REFERENCE = Pattern.compile("\\bvn\\.tiendo\\.([a-z]+)\\b");

    @Test
    void commonNamesNoFeaturePackage() {
        assertEquals(
                List.of(),
                references("common", name -> !name.equals("common")),
                "common/ is shared by every feature and must not depend on one; move the type into common/");
    }

    @Test
    void planDoesNotNameAssignment() {
        assertEquals(
                List.of(),
                references("plan", name -> name.equals("assignment")),
                "plan/ must not depend on assignment/ (assignment/ depends on plan/); fire an event instead");
    }

    @Test
    void theScanSeesTheSources() {
        // guards against a wrong working directory turning the walls above into empty checks
        assertTrue(javaFiles("common").size() > 10, "common/ sources not found under " + SOURCES.toAbsolutePath());
        assertTrue(javaFiles("plan").size() > 5, "plan/ sources not found under " + SOURCES.toAbsolutePath());
        assertEquals(
                List.of("assignment/AssignmentFactory.java -> vn.tiendo.plan"),
                references("assignment", name -> name.equals("plan")).stream()
                        .filter(r -> r.startsWith("assignment/AssignmentFactory"))
                        .toList(),
                "the scan must find the one reference the other way (the PlanPublishing observer)");
    }

    /** "file -> vn.tiendo.pkg" for every reference from a package's sources to a package the predicate picks. */
    static List<String> references(String pkg, java.util.function.Predicate<String> forbidden) {
        TreeSet<String> found = new TreeSet<>();
        for (Path file : javaFiles(pkg)) {
            Matcher m = REFERENCE.matcher(read(file));
            while (m.find()) {
                if (forbidden.test(m.group(1))) {
                    found.add(SOURCES.relativize(file).toString().replace('\\', '/') + " -> vn.tiendo." + m.group(1));
                }
            }
        }
        return List.copyOf(found);
    }

    static List<Path> javaFiles(String pkg) {
        try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
