package dev.cosell.rules.lean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.rules.CoSellEvaluator;
import dev.cosell.rules.RuleCompilationException;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lean runtime: an application that depends on cosell-rules alone gets the engine without the DRL compiler
 * chain (cosell-drl-compiler), and with exactly that class path it evaluates every requirement row R1.1 … R4.3,
 * the benefits B1–B4 and channels C1–C3 as the full class path does; loading a rule folder there fails with a
 * {@link RuleCompilationException} that names the dependency to add, never a {@code NoClassDefFoundError}.
 * The class path is the module's compile and runtime scope as Maven resolves it
 * ({@code target/runtime-classpath.txt}, written by the build), with this module's classes.
 */
class LeanRuntimeTest {
    private static final Path RUNTIME_CLASSPATH = Path.of("target/runtime-classpath.txt");
    /** The jars of the DRL compiler chain, which an embedder's class path must not hold. */
    private static final List<String> COMPILER_CHAIN = List.of("drools-drl-parser", "drools-drl-ast",
            "drools-drl-extensions", "drools-ecj", "ecj-", "antlr-runtime", "antlr4-runtime", "javaparser",
            "drools-model-codegen", "drools-mvel-parser", "drools-mvel-compiler");

    @Test
    void theEmbeddersClassPathHoldsTheEngineButNoDrlCompilerAndNoLoggingBinding() throws IOException {
        List<String> jars = runtimeJars().stream().map(p -> p.getFileName().toString()).toList();
        for (String engine : List.of("drools-core-", "drools-model-compiler-", "drools-mvel-", "mvel2-",
                "slf4j-api-")) {
            assertTrue(jars.stream().anyMatch(j -> j.startsWith(engine)), engine + " missing from " + jars);
        }
        for (String part : COMPILER_CHAIN) {
            assertFalse(jars.stream().anyMatch(j -> j.startsWith(part)), part + " is on the embedder's class path");
        }
        for (String binding : List.of("slf4j-simple", "logback", "log4j-slf4j")) {
            assertFalse(jars.stream().anyMatch(j -> j.startsWith(binding)), binding + " is a logging binding");
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {20_261_130L, 7L, 424_242L})
    void theShippedRulesEvaluateOnTheEmbeddersClassPathAsOnTheFullOne(long seed) throws Exception {
        List<String> full = new EmbedderProbe().apply("evaluate:" + seed);
        List<String> lean = probe("evaluate:" + seed);
        assertEquals(2 * EmbedderProbe.COUNT, lean.size());
        for (int i = 0; i < full.size(); i++) {
            assertEquals(full.get(i), lean.get(i), "submission " + i + " of seed " + seed);
        }
    }

    @Test
    void aRuleFolderOnTheEmbeddersClassPathNamesTheDependencyToAdd() throws Exception {
        List<String> outcome = probe("folder:" + Path.of("src/main/rules/2020-05-19").toAbsolutePath());
        assertEquals(RuleCompilationException.class.getName(), outcome.get(0), String.join("\n", outcome));
        String message = outcome.get(1);
        assertTrue(message.contains("dev.cosell:cosell-drl-compiler"), message);
        for (String jar : List.of("drools-drl-parser", "drools-ecj", "ecj", "antlr-runtime", "javaparser-core")) {
            assertTrue(message.contains(jar), jar + " not named in: " + message);
        }
    }

    @Test
    void withTheDrlCompilerTheSameFolderLoads() {
        // This JVM's test class path has cosell-drl-compiler (test scope): the folder compiles.
        List<String> outcome = new EmbedderProbe().apply(
                "folder:" + Path.of("src/main/rules/2020-05-19").toAbsolutePath());
        assertEquals(List.of("rules: " + CoSellEvaluator.create().forRevision("2020-05-19").rules().size()), outcome);
    }

    /** Runs the probe in a class loader over the embedder's class path, this module's classes and the tests'. */
    @SuppressWarnings("unchecked")
    private static List<String> probe(String command) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(location(CoSellEvaluator.class));
        urls.add(location(EmbedderProbe.class));
        for (Path jar : runtimeJars()) {
            urls.add(jar.toUri().toURL());
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                Object probe = loader.loadClass(EmbedderProbe.class.getName()).getDeclaredConstructor().newInstance();
                return ((Function<String, List<String>>) probe).apply(command);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    private static URL location(Class<?> type) throws MalformedURLException {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    /** The module's compile and runtime dependencies, as the build resolved them. */
    private static List<Path> runtimeJars() throws IOException {
        String classpath = Files.readString(RUNTIME_CLASSPATH, StandardCharsets.UTF_8).strip();
        return Arrays.stream(classpath.split(File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
    }
}
