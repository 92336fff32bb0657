package dev.cosell.rules;

import dev.cosell.model.Partner;
import dev.cosell.model.Submission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A copy of the shipped rules with hostile rules added, each of which acts only for the partner it names: rules
 * that never stop (of several kinds) and rules whose action throws (of several kinds). Compiled once; the tests
 * mix the partners these rules act on into batches of ordinary submissions.
 */
final class HostileRules {
    /** A hostile rule: the partner id it acts on, the rules that may be named for it, and its DRL. */
    record Hostile(String partnerId, Set<String> rules, String drl) {
    }

    /** Rules that never stop, every one a different way of cycling. */
    static final List<Hostile> RUNAWAY = List.of(
            new Hostile("runaway-update", Set.of("runaway update"), """
                    rule "runaway update"
                        @requirement("B4")
                    when
                        $e : Evaluation( partner.id == "runaway-update" )
                    then
                        update( $e );
                    end
                    """),
            new Hostile("runaway-modify", Set.of("runaway modify"), """
                    declare Counter
                        n : int
                    end
                    rule "runaway modify seed"
                        @requirement("B4")
                    when
                        Evaluation( partner.id == "runaway-modify" )
                    then
                        insert( new Counter( 0 ) );
                    end
                    rule "runaway modify"
                        @requirement("B4")
                    when
                        $c : Counter( n >= 0 )
                    then
                        modify( $c ) { setN( $c.getN() + 1 ) };
                    end
                    """),
            new Hostile("runaway-pingpong", Set.of("runaway ping", "runaway pong"), """
                    declare Ping
                        evaluation : int
                    end
                    rule "runaway ping"
                        @requirement("B4")
                    when
                        Evaluation( partner.id == "runaway-pingpong", $id : id )
                        not Ping( evaluation == $id )
                    then
                        insert( new Ping( $id ) );
                    end
                    rule "runaway pong"
                        @requirement("B4")
                    when
                        $p : Ping()
                    then
                        delete( $p );
                    end
                    """),
            new Hostile("runaway-insert", Set.of("runaway insert"), """
                    declare Tick
                        n : long
                    end
                    rule "runaway insert seed"
                        @requirement("B4")
                    when
                        Evaluation( partner.id == "runaway-insert" )
                    then
                        insert( new Tick( 0 ) );
                    end
                    rule "runaway insert"
                        @requirement("B4")
                    when
                        Tick( $n : n )
                    then
                        insert( new Tick( $n + 1 ) );
                    end
                    """),
            new Hostile("runaway-findings", Set.of("runaway findings"), """
                    rule "runaway findings"
                        @requirement("B4")
                    when
                        $e : Evaluation( partner.id == "runaway-findings", $id : id )
                        $f : FindingFact( evaluation == $id )
                    then
                        delete( $f );
                        insert( FindingFact.of( $id, $f.getFinding().requirement(), $f.getFinding().outcome(),
                                $f.getFinding().messageKey() ) );
                    end
                    """));

    /** Rules whose action throws, every one a different throwable. */
    static final List<Hostile> THROWING = List.of(
            throwing("throws-state", "throw new IllegalStateException(\"broken on purpose\");"),
            throwing("throws-arithmetic", "int zero = $e.getId() - $e.getId(); System.out.print(1 / zero);"),
            throwing("throws-null", "String none = null; System.out.print(none.length());"),
            throwing("throws-index", "int[] none = new int[0]; System.out.print(none[$e.getId() + 1]);"),
            throwing("throws-cast", "Object text = \"text\"; System.out.print(((Integer) text).intValue());"),
            throwing("throws-overflow", "System.out.print(HostileRecursion.deeper(1));"),
            throwing("throws-assertion", "throw new AssertionError(\"asserted on purpose\");"),
            throwing("throws-number", "System.out.print(Integer.parseInt(\"not a number\"));"));

    private static Hostile throwing(String partnerId, String action) {
        String rule = "rule " + partnerId;
        return new Hostile(partnerId, Set.of(rule), """
                rule "%s"
                    @requirement("B4")
                when
                    $e : Evaluation( partner.id == "%s" )
                then
                    %s
                end
                """.formatted(rule, partnerId, action));
    }

    /** Every hostile rule. */
    static List<Hostile> all() {
        List<Hostile> all = new ArrayList<>(RUNAWAY);
        all.addAll(THROWING);
        return all;
    }

    /** The shipped rules and every hostile rule, compiled once. */
    static final CoSellEvaluator EVALUATOR = compile();

    private static CoSellEvaluator compile() {
        try {
            Path folder = Files.createTempDirectory("cosell-hostile-rules");
            folder.toFile().deleteOnExit();
            RuleFolderTest.copyShipped(folder);
            StringBuilder drl = new StringBuilder("""
                    package dev.cosell.rules;
                    import dev.cosell.rules.facts.Evaluation;
                    import dev.cosell.rules.facts.FindingFact;
                    import dev.cosell.rules.HostileRecursion;
                    """);
            all().forEach(h -> drl.append(h.drl()));
            Path file = folder.resolve("zz-hostile.drl");
            Files.writeString(file, drl);
            CoSellEvaluator evaluator = CoSellEvaluator.fromDirectory(folder);
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
            return evaluator;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The submission with its partner's id replaced, which makes the hostile rule for that id act on it. */
    static Submission actedOnBy(Hostile hostile, Submission s) {
        Partner p = s.partner();
        Partner renamed = new Partner(hostile.partnerId(), p.name(), p.businessProfileComplete(), p.competencies(),
                p.isvConnectEnrollments(), p.revenue());
        return new Submission(renamed, s.offer(), s.asOf());
    }

    private HostileRules() {
    }
}
