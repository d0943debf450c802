/** The preview's stylesheet: VS Code theme variables only, so light, dark and high-contrast themes apply. */
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
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px; margin: 0; }
.figure { background: var(--vscode-editorWidget-background, var(--vscode-sideBar-background, #8881)); border: 1px solid var(--vscode-widget-border, #8883);
  border-radius: 4px; padding: 8px 10px; }
.figure dt { font-size: .8em; color: var(--vscode-descriptionForeground); margin: 0 0 2px; }
.figure dd { margin: 0; font-size: 1.1em; font-weight: 600; overflow-wrap: anywhere; }
.figure.wide { grid-column: span 2; }
.figure.wide dd { font-size: 1em; font-weight: 500; }
.figure.missing dd { color: var(--vscode-disabledForeground, var(--vscode-descriptionForeground)); font-weight: 400; }
.legend { display: flex; gap: 16px; font-size: .85em; color: var(--vscode-descriptionForeground); margin: 0 0 6px; }
.legend .sw { display: inline-block; width: 10px; height: 10px; margin-right: 5px; vertical-align: -1px; border-radius: 2px; }
.sw.detection { background: var(--vscode-charts-blue, #3794ff); transform: rotate(45deg) scale(.85); }
.sw.mitigation { background: var(--vscode-charts-orange, #d18616); }
.sw.resolution { background: var(--vscode-charts-green, #89d185); }
svg.timeline { display: block; overflow: visible; font-family: var(--vscode-font-family); font-size: 12.5px; }
.tl-axis { stroke: var(--vscode-panel-border, #8886); stroke-width: 2; }
.tl-hit { fill: transparent; }
.tl-entry:hover .tl-hit, .tl-entry:focus .tl-hit { fill: var(--vscode-list-hoverBackground, #8882); }
.tl-entry:focus { outline: none; }
.tl-time { fill: var(--vscode-editor-foreground); font-family: var(--vscode-editor-font-family, monospace); }
.tl-since { fill: var(--vscode-descriptionForeground); font-size: 11px; }
.tl-text { fill: var(--vscode-editor-foreground); }
.tl-marker { stroke: var(--vscode-editor-background); stroke-width: 2; }
.tl-marker.event { fill: var(--vscode-descriptionForeground); }
.tl-marker.unknown { fill: var(--vscode-editor-background); stroke: var(--vscode-descriptionForeground); stroke-dasharray: 2 2; }
.tl-marker.detection, .tl-kind.detection { fill: var(--vscode-charts-blue, #3794ff); }
.tl-marker.mitigation, .tl-kind.mitigation { fill: var(--vscode-charts-orange, #d18616); }
.tl-marker.resolution, .tl-kind.resolution { fill: var(--vscode-charts-green, #89d185); }
.tl-kind { font-weight: 600; }
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
.tasks td { padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border, #8883); vertical-align: top; }
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
`;
