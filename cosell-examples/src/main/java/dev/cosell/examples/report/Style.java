package dev.cosell.examples.report;

/**
 * The report's inline style sheet. System fonts only, so the page renders the same offline; every colour pair
 * of text and background has a contrast of at least 4.5:1, and each status and outcome also has a word and a
 * symbol, so nothing depends on colour alone. The Korean page names the common Korean fonts of each system
 * first, so that no Hangul is drawn as empty boxes where one is installed; none is downloaded. Printed (Letter
 * or A4), the summary fills the first page, each offer one page of its own (with up to five unmet rows), a
 * heading never ends a page, a step's rows stay together, and the highlights keep their colours.
 */
final class Style {
    static final String CSS = """
            :root {
              --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa; --accent: #0b3d91;
              --met: #116329; --met-bg: #dafbe1; --unmet: #a40e26; --unmet-bg: #ffebe9;
              --optional: #7a4a00; --optional-bg: #fff8c5; --na: #57606a; --na-bg: #f6f8fa;
            }
            * { box-sizing: border-box; }
            html { color: var(--ink); background: #fff; }
            body {
              margin: 0 auto; max-width: 72rem; padding: 2rem 2.5rem 3rem;
              font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
                "Liberation Sans", "DejaVu Sans", sans-serif;
            }
            :lang(ko) { word-break: keep-all; overflow-wrap: anywhere; }
            html:lang(ko) body {
              font-family: "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo",
                "NanumGothic", system-ui, sans-serif;
            }
            h1, h2, h3 { line-height: 1.25; margin: 0; }
            h1 { font-size: 1.9rem; letter-spacing: -0.01em; }
            h2 { font-size: 1.45rem; margin-bottom: .4rem; }
            h3 { font-size: 1.05rem; margin: 1.5rem 0 .6rem; color: var(--ink); }
            a { color: var(--accent); }
            code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
            .report-header { border-bottom: 3px solid var(--accent); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
            .lede { color: var(--muted); margin: .35rem 0 1rem; max-width: 48rem; }
            dl.meta, dl.ids { display: flex; flex-wrap: wrap; gap: .25rem 2rem; margin: 0 0 1rem; }
            dl.meta div, dl.ids div { display: flex; gap: .4rem; }
            dt { color: var(--muted); }
            dt::after { content: ":"; }
            dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            p.counts-caption { margin: .5rem 0 .25rem; color: #444; font-size: .9rem; }
            ul.counts { list-style: none; display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; padding: 0; }
            .count {
              border: 1px solid var(--line); border-left-width: 6px; border-radius: 6px; padding: .45rem .9rem;
              min-width: 10rem; background: #fff;
            }
            .count-n { display: block; font-size: 1.6rem; font-weight: 700; line-height: 1.1; }
            .count-label { color: var(--muted); font-size: .9rem; }
            .count.s-not-ready { border-left-color: var(--unmet); }
            .count.s-ready { border-left-color: #1a5fb4; }
            .count.s-incentivized { border-left-color: var(--met); }
            .count.rejected-count { border-left-color: var(--muted); }
            .badge {
              display: inline-block; border-radius: 999px; padding: .05rem .65rem; font-size: .9rem;
              font-weight: 700; border: 1px solid currentColor; white-space: nowrap;
            }
            .badge.s-not-ready { color: var(--unmet); background: var(--unmet-bg); }
            .badge.s-ready { color: #0a3069; background: #ddf4ff; }
            .badge.s-incentivized { color: var(--met); background: var(--met-bg); }
            section { margin: 0 0 2.5rem; }
            section.offer, section.rejected { border-top: 1px solid var(--line); padding-top: 1.75rem; }
            table { border-collapse: collapse; width: 100%; font-size: .93rem; }
            caption { text-align: left; color: var(--muted); font-size: .88rem; padding-bottom: .4rem; }
            th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-bottom: 1px solid var(--line); }
            thead th { background: var(--panel); border-bottom: 2px solid var(--line); font-weight: 600; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            .summary-table th[scope=row] { font-weight: 600; }
            table.checklist { table-layout: fixed; }
            .checklist col.c-row { width: 4rem; }
            .checklist col.c-requirement { width: 34%; }
            .checklist col.c-outcome { width: 12rem; }
            .checklist th[scope=row] { white-space: nowrap; font-variant-numeric: tabular-nums; }
            .checklist td.outcome { font-weight: 600; }
            .checklist tbody { break-inside: avoid; }
            .checklist .step-row th {
              background: #fff; color: var(--accent); font-size: .8rem; text-transform: uppercase;
              letter-spacing: .04em; padding-top: .9rem; border-bottom: 1px solid var(--accent);
            }
            tr.o-met td.outcome { color: var(--met); background: var(--met-bg); }
            tr.o-unmet td.outcome { color: var(--unmet); background: var(--unmet-bg); }
            tr.o-unmet th[scope=row] { box-shadow: inset 4px 0 0 var(--unmet); }
            tr.o-optional td.outcome { color: var(--optional); background: var(--optional-bg); }
            tr.o-input td.outcome { color: var(--unmet); background: var(--optional-bg); }
            tr.o-input th[scope=row] { box-shadow: inset 4px 0 0 var(--optional); }
            tr.o-na td.outcome { color: var(--na); background: var(--na-bg); font-weight: 400; }
            tr.o-na td { color: var(--muted); }
            .sym { display: inline-block; width: 1.1em; text-align: center; font-weight: 700; }
            .sym.ok { color: var(--met); }
            .status-line { margin: 0 0 .25rem; }
            .standing { margin: 0 0 .75rem; }
            .status-title, .attributes { margin: 0 0 .25rem; }
            .notices { border: 1px solid var(--line); border-left: 6px solid var(--optional); border-radius: 6px;
              background: var(--optional-bg); padding: .35rem .8rem; margin: 0 0 .75rem; }
            .notices-label { font-weight: 600; margin: 0 0 .2rem; }
            table.timeline td.status-cell { font-weight: 600; }
            table.timeline tr.in-force th[scope=row] { box-shadow: inset 4px 0 0 var(--accent); }
            table.timeline td.changed { color: var(--accent); }
            /* a revision id is not cut at its hyphens, nor a column heading inside a word (Korean included) */
            table.timeline th[scope=row] { white-space: nowrap; }
            table.timeline th[scope=row] .where { white-space: normal; }
            table.timeline thead th { overflow-wrap: normal; }
            .standing-label { font-weight: 600; }
            ol.ladder { list-style: none; display: flex; gap: 2rem; margin: 0; padding: 0; }
            ol.ladder li {
              position: relative; flex: 1; display: flex; flex-direction: column; gap: .1rem;
              border: 2px solid var(--line); border-radius: 8px; padding: .6rem .9rem; background: #fff;
              color: var(--muted);
            }
            ol.ladder li + li::before {
              content: "\\2192"; position: absolute; left: -1.6rem; top: 50%; transform: translateY(-50%);
              color: var(--muted); font-size: 1.2rem;
            }
            ol.ladder .step-name { font-weight: 700; font-size: 1.02rem; }
            ol.ladder .step-state { font-size: .88rem; }
            ol.ladder .step-route { font-size: .88rem; border-top: 1px dashed currentColor; margin-top: .3rem; padding-top: .3rem; }
            ol.ladder li.passed { color: var(--met); border-color: #8ccf9e; background: #f3fbf5; }
            ol.ladder li.current {
              color: #fff; background: var(--accent); border-color: var(--accent);
              box-shadow: 0 0 0 3px #b6c8ea;
            }
            ol.next-steps { margin: 0; padding-left: 1.4rem; }
            ol.next-steps li { margin-bottom: .6rem; }
            .req-id { font-weight: 700; font-variant-numeric: tabular-nums; }
            .where { color: var(--muted); font-size: .9rem; }
            .where-label { font-weight: 600; }
            p.none { color: var(--muted); margin: 0; }
            .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2.5rem; }
            ul.plain { list-style: none; margin: 0; padding: 0; }
            ul.plain li { display: flex; gap: .35rem; margin-bottom: .35rem; }
            ul.plain li .sym { flex: none; }
            .channels li.closed { color: var(--muted); }
            .fee { margin: .6rem 0 0; font-weight: 600; }
            .rejection { border: 1px solid var(--line); border-left: 6px solid var(--unmet); border-radius: 6px;
              padding: .2rem 1rem 1rem; margin-bottom: 1rem; }
            .rejection h3 { margin-top: .9rem; }
            .page-footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding-top: .75rem; }
            @media screen and (max-width: 48rem) {
              body { padding: 1rem; }
              ol.ladder { flex-direction: column; gap: .9rem; }
              ol.ladder li + li::before { content: "\\2193"; left: 50%; top: -1.05rem; transform: translateX(-50%); }
              .columns { grid-template-columns: 1fr; }
            }
            @media print {
              /* Letter and A4 alike: the summary fills the first page, each offer one page of its own. */
              @page { margin: 9mm 12mm; }
              body { max-width: none; padding: 0; font-size: 8pt; line-height: 1.2; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
              h1 { font-size: 16pt; }
              h2 { font-size: 13pt; margin-bottom: .15rem; }
              h3 { font-size: 9.5pt; margin: .45rem 0 .2rem; }
              .report-header { padding-bottom: .6rem; margin-bottom: .8rem; }
              .count { min-width: 8rem; padding: .25rem .6rem; }
              section { margin: 0; }
              section.offer, section.rejected { break-before: page; border-top: 0; padding-top: 0; }
              /* the timeline page has no summary: its first offer follows the header on the first page */
              body.timeline section.offer:first-of-type { break-before: auto; }
              dl.ids { margin: 0 0 .2rem; gap: 0 1.4rem; }
              table { font-size: 8pt; }
              caption { padding-bottom: .15rem; font-size: 7.5pt; }
              th, td { padding: .06rem .4rem; }
              .checklist td.outcome { white-space: nowrap; }
              .checklist col.c-row { width: 3.2rem; }
              .checklist col.c-requirement { width: 37%; }
              .checklist col.c-outcome { width: 9.4rem; }
              .checklist .step-row th { padding-top: .3rem; font-size: 7pt; }
              tr, ol.ladder, ol.next-steps li, .rejection, .count, .benefits, .channels { break-inside: avoid; }
              h2, h3, .status-line { break-after: avoid; }
              thead { display: table-header-group; }
              .status-line { margin: 0 0 .3rem; }
              .status-title, .attributes { margin: 0 0 .1rem; }
              .notices { padding: .1rem .5rem; margin: 0 0 .3rem; }
              ol.ladder { gap: 1.5rem; }
              ol.ladder li {
                padding: .2rem .6rem; border-width: 1.5px; flex-direction: row; flex-wrap: wrap; gap: 0 .6rem;
                align-items: baseline;
              }
              ol.ladder .step-route { border-top: 0; margin-top: 0; padding-top: 0; }
              ol.ladder li + li::before { left: -1.2rem; }
              ol.ladder .step-name { font-size: 9pt; }
              ol.ladder .step-state, ol.ladder .step-route { font-size: 8pt; }
              ol.next-steps li { margin-bottom: .1rem; }
              .where { font-size: 8pt; }
              ul.plain li { margin-bottom: .1rem; }
              .page-footer { break-before: avoid; margin-top: .8rem; padding-top: .3rem; }
            }
            """;

    private Style() {
    }
}
