package dev.cosell.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the DRL compiler is on the class path. The shipped rules come precompiled, so {@code cosell-rules}
 * leaves the DRL compiler chain out of its dependencies; compiling DRL at run time (a rule folder, a reload)
 * needs the extra dependency {@value #ARTIFACT}. Without it, the engine would fail deep inside with a
 * {@code NoClassDefFoundError}; this names what to add instead.
 */
final class DrlCompiler {
    /** The artifact that brings the DRL compiler, as an application declares it. */
    static final String ARTIFACT = "dev.cosell:cosell-drl-compiler (<type>pom</type>)";

    /** One class of each jar that cosell-drl-compiler adds, by the jar's name. */
    private static final Map<String, String> PARTS = Map.of(
            "drools-drl-parser", "org.drools.drl.parser.DrlParser",
            "drools-drl-ast", "org.drools.drl.ast.descr.PackageDescr",
            "drools-io", "org.drools.io.ByteArrayResource",
            "drools-ecj", "org.drools.ecj.EclipseJavaCompiler",
            "ecj", "org.eclipse.jdt.internal.compiler.Compiler",
            "antlr-runtime", "org.antlr.runtime.Parser",
            "antlr4-runtime", "org.antlr.v4.runtime.Parser",
            "drools-model-codegen", "org.drools.model.codegen.ExecutableModelProject",
            "javaparser-core", "com.github.javaparser.JavaParser");

    private DrlCompiler() {
    }

    /**
     * Checks that the DRL compiler is on the class path.
     *
     * @param ruleSet the name of the rule set about to be compiled, for the error
     * @throws RuleCompilationException naming the missing jars and the dependency that brings them
     */
    static void require(String ruleSet) {
        List<String> missing = new ArrayList<>();
        ClassLoader loader = DrlCompiler.class.getClassLoader();
        PARTS.forEach((jar, className) -> {
            try {
                Class.forName(className, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(jar);
            }
        });
        if (!missing.isEmpty()) {
            throw missing(ruleSet, String.join(", ", missing.stream().sorted().toList()));
        }
    }

    /** The error for a rule set that cannot be compiled for want of a part of the DRL compiler. */
    static RuleCompilationException missing(String ruleSet, String what) {
        return new RuleCompilationException(ruleSet, List.of(new RuleProblem("(rule set)", 0, "",
                "compiling DRL at run time needs the DRL compiler, which is not on the class path (missing: " + what
                        + "); add the dependency " + ARTIFACT + " beside cosell-rules, at the same version")));
    }
}
