package dev.cosell.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cosell.model.Assessment;
import dev.cosell.model.Collateral;
import dev.cosell.model.Finding;
import dev.cosell.model.Offer;
import dev.cosell.model.OfferType;
import dev.cosell.model.Outcome;
import dev.cosell.model.Partner;
import dev.cosell.model.Requirement;
import dev.cosell.model.SalesContact;
import dev.cosell.model.Submission;
import dev.cosell.model.SubmissionResult;
import dev.cosell.model.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public constructor and method of cosell-model and of the facade ({@code dev.cosell.rules}), called with
 * {@code null} in each of its reference parameters in turn, and every public no-argument method of what such
 * calls build: either the call accepts {@code null} (as its Javadoc says) or it rejects it with a clear exception
 * ({@link IllegalArgumentException} naming the parameter, or a {@link CoSellException} naming the problem). A
 * {@link NullPointerException} never escapes, except where the JDK documents it ({@code Enum.valueOf}). The
 * methods are found by reflection, so a method added later is swept too.
 */
class NullSweepTest {
    /**
     * The public classes swept: every one of the model's package and of the facade's that has a source file (the
     * facade's package also holds classes the build generates from the DRL files, which are not its API).
     */
    static List<Class<?>> publicClasses() {
        List<Class<?>> classes = new ArrayList<>();
        classes.addAll(classesOf(Offer.class, Path.of("..", "cosell-model", "src", "main", "java")));
        classes.addAll(classesOf(CoSellEvaluator.class, Path.of("src", "main", "java")));
        return classes;
    }

    private static List<Class<?>> classesOf(Class<?> anchor, Path sources) {
        String pkg = anchor.getPackageName();
        List<String> names = new ArrayList<>();
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            String prefix = pkg.replace('.', '/') + "/";
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.list(location.resolve(prefix))) {
                    files.map(p -> p.getFileName().toString()).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix)
                            && n.indexOf('/', prefix.length()) < 0).map(n -> n.substring(prefix.length()))
                            .forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            String outer = name.replaceAll("[$.].*", "");
            if (!name.endsWith(".class") || name.equals("package-info.class")
                    || !Files.isRegularFile(sources.resolve(pkg.replace('.', '/')).resolve(outer + ".java"))) {
                continue;
            }
            try {
                Class<?> type = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                if (isPublic(type)) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @TestFactory
    Stream<DynamicTest> everyPublicMethodWithNullInEachParameter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            for (Executable executable : executables(type)) {
                Parameter[] parameters = executable.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isPrimitive()) {
                        continue;
                    }
                    int nullAt = i;
                    tests.add(DynamicTest.dynamicTest(type.getSimpleName() + "." + describe(executable) + " with "
                            + parameters[i].getName() + " = null", () -> sweep(type, executable, nullAt)));
                }
            }
        }
        assertTrue(publicClasses().stream().anyMatch(c -> c == Offer.Builder.class)
                && publicClasses().stream().anyMatch(c -> c == ReloadingEvaluator.class), "classes missing");
        assertTrue(tests.size() > 80, "only " + tests.size() + " calls found: the sweep lost its classes");
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordBuiltOfNullsAnswersEveryMethod() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> type : publicClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(type.getSimpleName() + " of nulls", () -> {
                Class<?>[] components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                Object[] args = Arrays.stream(components).map(c -> c.isPrimitive() ? sample(c) : null).toArray();
                Object built;
                try {
                    built = type.getDeclaredConstructor(components).newInstance(args);
                } catch (InvocationTargetException e) {
                    assertClear(type.getSimpleName() + " of nulls", e.getCause(), null);
                    return;
                }
                answersEverything(type.getSimpleName() + " of nulls", built);
            }));
        }
        return tests.stream();
    }

    private static List<Executable> executables(Class<?> type) {
        List<Executable> all = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers())) {
            all.addAll(Arrays.asList(type.getConstructors()));
        }
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass().getPackageName().startsWith("dev.cosell") && !m.isSynthetic()) {
                all.add(m);
            }
        }
        all.sort(Comparator.comparing(NullSweepTest::describe));
        return all;
    }

    private static void sweep(Class<?> type, Executable executable, int nullAt) throws Exception {
        Parameter[] parameters = executable.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = i == nullAt ? null : sample(parameters[i].getType());
        }
        String call = type.getSimpleName() + "." + describe(executable) + " with " + parameters[nullAt].getName()
                + " = null";
        Object[] baseline = Arrays.stream(parameters).map(p -> sample(p.getType())).toArray();
        Throwable baselineThrew = null;
        try {
            invoke(type, executable, baseline);
        } catch (InvocationTargetException e) {
            baselineThrew = e.getCause();
        }
        Object result;
        try {
            result = invoke(type, executable, args);
        } catch (InvocationTargetException e) {
            if (isEnumValueOf(type, executable)) {
                return; // Enum.valueOf documents its NullPointerException
            }
            Throwable thrown = e.getCause();
            // an exception the call throws whatever the parameter is says nothing of the parameter
            boolean sameAsBaseline = baselineThrew != null && baselineThrew.getClass() == thrown.getClass()
                    && String.valueOf(baselineThrew.getMessage()).equals(thrown.getMessage());
            assertClear(call, thrown, sameAsBaseline ? null : parameters[nullAt].getName());
            return;
        }
        answersEverything(call, result);
    }

    private static Object invoke(Class<?> type, Executable executable, Object[] args) throws Exception {
        if (executable instanceof Constructor<?> constructor) {
            return constructor.newInstance(args);
        }
        Method method = (Method) executable;
        Object receiver = null;
        if (!Modifier.isStatic(method.getModifiers())) {
            receiver = sample(type);
            assertTrue(receiver != null, "no sample of " + type.getName() + " to call " + method + " on");
        }
        return method.invoke(receiver, args);
    }

    private static boolean isEnumValueOf(Class<?> type, Executable executable) {
        return type.isEnum() && executable.getName().equals("valueOf");
    }

    /** An exception that rejects a null clearly: never a NullPointerException, never an undocumented kind. */
    private static void assertClear(String call, Throwable thrown, String parameter) {
        assertFalse(thrown instanceof NullPointerException, call + " threw " + thrown);
        assertTrue(thrown instanceof IllegalArgumentException || thrown instanceof CoSellException
                || thrown instanceof IllegalStateException, call + " threw " + thrown);
        assertTrue(thrown.getMessage() != null && !thrown.getMessage().isBlank(), call + " threw " + thrown);
        if (parameter != null && thrown instanceof IllegalArgumentException) {
            assertTrue(thrown.getMessage().contains(parameter), call + " threw " + thrown
                    + ", which does not name the parameter " + parameter);
        }
    }

    /** Every public no-argument method of a cosell object answers without throwing. */
    private static void answersEverything(String call, Object built) throws Exception {
        if (built == null || !built.getClass().getPackageName().startsWith("dev.cosell")
                || built instanceof ReloadingEvaluator) {
            return;
        }
        for (Method m : built.getClass().getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                    && m.getDeclaringClass().getPackageName().startsWith("dev.cosell")) {
                try {
                    m.invoke(built);
                } catch (InvocationTargetException e) {
                    throw new AssertionError(call + " built " + built.getClass().getSimpleName() + " whose "
                            + m.getName() + "() threw " + e.getCause(), e.getCause());
                }
            }
        }
        built.toString();
        built.hashCode();
    }

    private static String describe(Executable executable) {
        return (executable instanceof Constructor<?> ? "new" : executable.getName()) + Arrays.stream(
                executable.getParameterTypes()).map(Class::getSimpleName).toList().toString()
                .replace('[', '(').replace(']', ')');
    }

    private static final LocalDate DATE = LocalDate.of(2020, 7, 1);
    private static ReloadingEvaluator reloading;
    /** Where the copy of the shipped rules lives; JUnit deletes it after the class's tests (and {@link #stopWatching}). */
    @TempDir
    static Path rulesCopy;

    /** An evaluator over a copy of the shipped rules, made once. */
    private static synchronized ReloadingEvaluator reloading() {
        if (reloading == null) {
            try {
                RuleFolderTest.copyShipped(rulesCopy);
                reloading = ReloadingEvaluator.over(rulesCopy);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return reloading;
    }

    @AfterAll
    static void stopWatching() {
        if (reloading != null) {
            reloading.close();
        }
    }

    /** A plausible value of the given type. */
    static Object sample(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 1L;
        } else if (type == boolean.class || type == Boolean.class) {
            return true;
        } else if (type == String.class) {
            return "1";
        } else if (type == String[].class) {
            return new String[] {"US"};
        } else if (type == Object[].class) {
            return new Object[0];
        } else if (type == BigDecimal.class) {
            return BigDecimal.ONE;
        } else if (type == LocalDate.class) {
            return DATE;
        } else if (type == YearMonth.class) {
            return YearMonth.of(2020, 6);
        } else if (type == Locale.class) {
            return Locale.KOREAN;
        } else if (type == Duration.class) {
            return Duration.ofSeconds(1);
        } else if (type == Path.class) {
            return Path.of("no-such-rule-folder");
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == List.class || type == Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Stream.class) {
            return Stream.empty();
        } else if (type == Consumer.class) {
            return (Consumer<Object>) x -> { };
        } else if (type == Throwable.class || type == RuntimeException.class) {
            return new IllegalStateException("a failure");
        } else if (type == Object.class) {
            return "an object";
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == Partner.class) {
            return Fixtures.partnerAtThreshold().build();
        } else if (type == Partner.Builder.class) {
            return Fixtures.partnerAtThreshold();
        } else if (type == Offer.class) {
            return Fixtures.saas().build();
        } else if (type == Offer.Builder.class) {
            return Fixtures.saas();
        } else if (type == Submission.class) {
            return new Submission(Fixtures.partnerAtThreshold().build(), Fixtures.saas().build(), Fixtures.AS_OF);
        } else if (type == Assessment.class) {
            return Fixtures.evaluate(Fixtures.partnerAtThreshold(), Fixtures.saas());
        } else if (type == Finding.class) {
            return new Finding(Requirement.R1_1, Outcome.MET, "R1.1.met", List.of());
        } else if (type == Collateral.class) {
            return Collateral.NONE;
        } else if (type == SalesContact.class) {
            return SalesContact.of("Jane", "jane@example.com", "Sales", "US");
        } else if (type == SubmissionResult.class) {
            return SubmissionResult.rejected(0, null, List.of(new Violation("offer", "is missing")));
        } else if (type == CoSellEvaluator.class) {
            return Fixtures.EVALUATOR;
        } else if (type == ReloadingEvaluator.class) {
            return reloading();
        } else if (type == InvalidSubmissionException.class) {
            return new InvalidSubmissionException("submission", List.of(new Violation("offer", "is missing")));
        } else if (type == RuleCompilationException.class) {
            return new RuleCompilationException("rules", List.of(new RuleProblem("a.drl", 1, "r", "is broken")));
        } else if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return type.getDeclaredConstructor(types).newInstance(Arrays.stream(types).map(NullSweepTest::sample)
                        .toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("no sample " + type.getName(), e);
            }
        } else if (Throwable.class.isAssignableFrom(type)) {
            for (Constructor<?> c : type.getConstructors()) {
                if (Arrays.equals(c.getParameterTypes(), new Class<?>[] {String.class})) {
                    try {
                        return c.newInstance("a failure");
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return null;
        }
        return null;
    }
}
