/**
 * The preview's stylesheet: VS Code theme variables only, so light, dark and high-contrast
 * themes apply. Text wraps everywhere (long words and URLs break too) so nothing is cut at
 * the width of a pane beside the editor.
 */
import { MAX_GAP_STEP } from './timeline-list';

/** `.gap-N { --gap: 4N px }`: the space above a timeline entry (timeline-list.ts picks N). */
const GAPS = Array.from({ length: MAX_GAP_STEP }, (_, i) => `.gap-${i + 1} { --gap: ${(i + 1) * 4}px; }`).join('\n');

export const PREVIEW_CSS = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-editor-foreground);
  background: var(--vscode-editor-background); margin: 0; padding: 16px 24px 40px; line-height: 1.45; }
h1 { font-size: 1.5em; margin: 0 0 4px; font-weight: 600; }
h2 { font-size: 1.05em; text-transform: uppercase; letter-spacing: .06em; color: var(--vscode-descriptionForeground);
  margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-widget-border, #8884)); }
.subtitle { color: var(--vscode-descriptionForeground); margin: 0 0 8px; }
.empty, .none { color: var(--vscode-descriptionForeground); font-style: italic; }
[data-line] { cursor: pointer; }
[data-line]:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(150px, 100%), 1fr)); gap: 8px; margin: 0; }
.figure { background: var(--vscode-editorWidget-background, var(--vscode-sideBar-background, #8881)); border: 1px solid var(--vscode-widget-border, #8883);
  border-radius: 4px; padding: 8px 10px; }
.figure dt { font-size: .8em; color: var(--vscode-descriptionForeground); margin: 0 0 2px; }
.figure dd { margin: 0; font-size: 1.1em; font-weight: 600; overflow-wrap: anywhere; }
.figure.wide { grid-column: 1 / -1; }
.figure.wide dd { font-size: 1em; font-weight: 500; }
.figure.missing dd { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); font-weight: 400; }
.legend { display: flex; gap: 16px; font-size: .85em; color: var(--vscode-descriptionForeground); margin: 0 0 6px; }
.legend .sw { display: inline-block; width: 10px; height: 10px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.sw.detection { background: var(--vscode-charts-blue, #3794ff); transform: rotate(45deg) scale(.85); }
.sw.mitigation { background: var(--vscode-charts-orange, #d18616); }
.sw.resolution { background: var(--vscode-charts-green, #89d185); }
ol.timeline { list-style: none; margin: 0; padding: 0; font-size: 12.5px; line-height: 18px;
  --tl-time: 7.6em; --tl-since: 3.6em; --tl-axis: calc(var(--tl-time) + var(--tl-since) + 23px); }
.tl-entry, .tl-break { position: relative; display: grid; grid-template-columns: var(--tl-time) var(--tl-since) 16px minmax(0, 1fr);
  column-gap: 8px; padding: 3px 4px; margin-top: var(--gap, 0px); border-radius: 3px; }
.tl-entry > *, .tl-break > * { min-width: 0; overflow-wrap: anywhere; }
/* The axis: each row draws its part, up through the gap above it; markers sit on top. */
.tl-entry::before, .tl-break::before { content: ''; position: absolute; left: var(--tl-axis); top: calc(-1 * var(--gap, 0px)); bottom: 0;
  width: 2px; background: var(--vscode-panel-border, #8886); }
.timeline > :first-child::before { top: 12px; }
.timeline > :last-child::before { bottom: auto; height: calc(12px + var(--gap, 0px)); }
.timeline > :only-child::before { display: none; }
.tl-break::before { background: repeating-linear-gradient(to bottom, var(--vscode-panel-border, #8886) 0 3px, transparent 3px 7px); }
.tl-break { padding: 8px 4px; }
.tl-break .tl-text { grid-column: 4; color: var(--vscode-descriptionForeground); font-style: italic; font-size: 11px; }
${GAPS}
.tl-entry:hover, .tl-entry:focus { background: var(--vscode-list-hoverBackground, #8882); }
.tl-entry:focus { outline: none; }
.tl-entry:focus-visible { outline: 1px solid var(--vscode-focusBorder); }
.tl-time { color: var(--vscode-editor-foreground); font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; white-space: normal; }
.tl-time.unknown { color: var(--vscode-descriptionForeground); }
.tl-since { color: var(--vscode-descriptionForeground); font-size: 11px; text-align: right; }
.tl-mark { position: relative; z-index: 1; height: 18px; display: flex; align-items: center; justify-content: center; }
.tl-mark svg { display: block; overflow: visible; }
.tl-text { color: var(--vscode-editor-foreground); }
.tl-marker { stroke: var(--vscode-editor-background); stroke-width: 2; }
.tl-marker.event { fill: var(--vscode-descriptionForeground); }
.tl-marker.unknown { fill: var(--vscode-editor-background); stroke: var(--vscode-descriptionForeground); stroke-dasharray: 2 2; }
.tl-marker.detection { fill: var(--vscode-charts-blue, #3794ff); }
.tl-marker.mitigation { fill: var(--vscode-charts-orange, #d18616); }
.tl-marker.resolution { fill: var(--vscode-charts-green, #89d185); }
.tl-kind { font-weight: 600; }
.tl-kind.detection { color: var(--vscode-charts-blue, #3794ff); }
.tl-kind.mitigation { color: var(--vscode-charts-orange, #d18616); }
.tl-kind.resolution { color: var(--vscode-charts-green, #89d185); }
/* Narrow panes: time and elapsed above the text, the axis at the left. */
@media (max-width: 440px) {
  ol.timeline { --tl-axis: 11px; }
  .tl-entry, .tl-break { grid-template-columns: 16px auto minmax(0, 1fr); }
  .tl-mark { grid-column: 1; grid-row: 1; }
  .tl-time { grid-column: 2; grid-row: 1; }
  .tl-since { grid-column: 3; grid-row: 1; text-align: left; }
  .tl-entry .tl-text { grid-column: 2 / -1; grid-row: 2; }
  .tl-break .tl-text { grid-column: 2 / -1; }
}
.measures { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.measure { border-left: 3px solid var(--vscode-charts-green, #89d185); padding: 6px 10px; border-radius: 0 4px 4px 0;
  background: var(--vscode-editorWidget-background, #8881); }
.measure.uncovered { border-left-color: var(--vscode-editorWarning-foreground, #cca700);
  background: var(--vscode-inputValidation-warningBackground, #cca70018); }
.measure .text { display: block; }
.measure .covers { display: block; font-size: .88em; color: var(--vscode-descriptionForeground); margin-top: 2px; }
.covers .link { color: var(--vscode-textLink-foreground); }
.badge { display: inline-block; font-size: .8em; padding: 0 6px; border-radius: 8px; margin-top: 3px; font-weight: 600;
  color: var(--vscode-editorWarning-foreground, #cca700); border: 1px solid currentColor; }
table.tasks { border-collapse: collapse; width: 100%; }
.tasks th { text-align: left; font-weight: 600; font-size: .85em; color: var(--vscode-descriptionForeground);
  border-bottom: 1px solid var(--vscode-panel-border, #8886); padding: 4px 8px; }
.tasks td { padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8883); vertical-align: top; overflow-wrap: anywhere; }
.tasks td.due { white-space: nowrap; }
.tasks td.check { width: 1px; }
.tasks tr[data-line]:hover td { background: var(--vscode-list-hoverBackground, #8882); }
.tasks tr.done .task-text { text-decoration: line-through; color: var(--vscode-descriptionForeground); }
.tasks td.missing { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); }
.tasks td.missing.owner { color: var(--vscode-editorWarning-foreground, #cca700); }
.tasks input[type=checkbox] { margin: 2px 0 0; accent-color: var(--vscode-checkbox-background, auto); cursor: pointer; }
.status { font-size: .8em; padding: 0 6px; border-radius: 8px; border: 1px solid var(--vscode-panel-border, #8886); white-space: nowrap; }
.status.done { color: var(--vscode-charts-green, #89d185); border-color: currentColor; }
a { color: var(--vscode-textLink-foreground); }
a:hover { color: var(--vscode-textLink-activeForeground); }
.prio { font-weight: 600; }
h1, .measure .text, .covers, .subtitle, .empty { overflow-wrap: anywhere; }
/* Narrow panes: each task is a block, its fields on one wrapped line under the text. */
@media (max-width: 480px) {
  table.tasks, .tasks tbody, .tasks tr, .tasks td { display: block; }
  .tasks thead { display: none; }
  .tasks tr { position: relative; padding: 6px 0 6px 28px; border-bottom: 1px solid var(--vscode-panel-border, #8883); }
  .tasks td { border: 0; padding: 0; }
  .tasks td.check { position: absolute; left: 4px; top: 6px; width: auto; }
  .tasks td.owner, .tasks td.due, .tasks td.prio, .tasks td.tracking { display: inline; margin-right: 12px; font-size: .9em; }
  .tasks td.missing:not(.owner) { display: none; }
}
`;
