/**
 * What only the meetings, agendas and the annual wheel need, beside the shared base. The wheel's colours keep at
 * least 3:1 against white and the month tint (WCAG 1.4.11), and every kind also has a shape of its own. The wheel
 * prints on one A4 page of its own kind (`page: wheel`), so other pages' printing is left as it was.
 */
export const meetingsStyles = `
.year-nav ul, .wheel-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem 1.25rem; margin: 0 0 1rem; padding: 0; }
.year-nav a[aria-current="page"] { font-weight: 700; text-decoration-thickness: 3px; }
th.number, td.number { text-align: right; }
.meeting-calendar th[scope="row"] { font-weight: 400; }
.plan-form { margin: 1rem 0 0; }
.plan-form .hint { margin: 0 0 0.5rem; }
ol.agenda { padding-left: 1.5rem; }
ol.agenda > li { margin: 0 0 1.5rem; padding-bottom: 1rem; border-bottom: 1px solid var(--line); }
ol.agenda h3 { margin: 0 0 0.5rem; font-size: 1.25rem; }
ul.documents { margin: 0; padding-left: 1.25rem; }
.missing { font-weight: 600; }
.decision { font-weight: 600; }
.decision-text { display: block; white-space: pre-line; }
dd .button { margin-top: 0.25rem; }

.wheel-layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 48rem) { .wheel-layout { grid-template-columns: minmax(0, 1fr); } }
svg.wheel { width: 100%; height: auto; max-width: 36rem; display: block; }
.wheel .month-odd { fill: #f3f5f7; }
.wheel .month-even { fill: #ffffff; }
.wheel .month { stroke: #8a8a8a; stroke-width: 1; }
.wheel .ring { fill: none; stroke: #c8c8c8; stroke-width: 1; }
.wheel .month-labels text { font-size: 13px; fill: #1b1b1b; }
.wheel .wheel-year { font-size: 26px; font-weight: 700; fill: #1b1b1b; }
.wheel .window { fill: none; stroke-width: 8; stroke-linecap: butt; opacity: 0.6; }
.mark { stroke: #ffffff; stroke-width: 1; }
.mark-meeting-VVG { fill: #0b4f8a; }
.mark-meeting-SRO { fill: #6f2c91; }
.mark-consultation { fill: #b34700; }
.mark-survey { fill: #1e6b34; }
.window-survey { stroke: #1e6b34; }
.mark-implementation { fill: #8a1538; }
.mark-commission { fill: #3d3d3d; }
.mark-yearly-task { fill: #ffffff; stroke: #00607a; stroke-width: 3; }
.kind-icon { vertical-align: -0.15em; margin-right: 0.35rem; flex: none; }
ul.legend { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0.25rem 1rem; }
.legend-title { font-size: 1.25rem; }
.wheel-list h3 { font-size: 1.125rem; margin: 1rem 0 0.25rem; }
.wheel-list ul { list-style: none; padding: 0; margin: 0; }
.wheel-list li { margin: 0 0 0.25rem; }

@page wheel { size: A4 portrait; margin: 12mm; }
@media print {
  .wheel-page { page: wheel; font-size: 8pt; line-height: 1.3; }
  .wheel-page h1 { font-size: 16pt; margin: 0 0 2mm; }
  .wheel-page h2 { font-size: 10pt; margin: 2mm 0 1mm; }
  .wheel-page h3 { font-size: 9pt; margin: 1.5mm 0 0.5mm; }
  .wheel-page .lead, .wheel-nav { display: none; }
  main:has(> .wheel-page) { padding: 0; max-width: none; }
  .wheel-layout { display: block; }
  svg.wheel { width: 125mm; max-width: none; margin: 0 auto; }
  .kind-icon { width: 8pt; height: 8pt; }
  ul.legend { grid-template-columns: repeat(4, 1fr); font-size: 7pt; }
  .wheel-list { columns: 3; column-gap: 5mm; }
  .wheel-list h2 { column-span: all; }
  .wheel-list h3 { break-after: avoid; }
  .wheel-list li { break-inside: avoid; margin: 0; }
  .wheel-list a { color: inherit; text-decoration: none; }
}
`;
