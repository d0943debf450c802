/** The preview's sections as HTML strings. Every document string passes through `esc`. */
import type { PreviewData, PreviewFigures, PreviewMeasure, PreviewTask } from '../../../../server/src/service/index';
import { esc, safeHref, truncate } from './escape';
import { timelineList } from './timeline-list';

const FIGURES: [keyof PreviewFigures, string][] = [
  ['date', 'Date'], ['start', 'Start'], ['end', 'End'], ['duration', 'Duration'],
  ['timeToDetect', 'Time to detect'], ['timeToMitigate', 'Time to mitigate'], ['timeToResolve', 'Time to resolve'], ['impact', 'Impact'],
];

export function figuresHtml(f: PreviewFigures): string {
  const cards = FIGURES.map(([key, label]) => {
    const v = f[key];
    const cls = `figure${key === 'impact' ? ' wide' : ''}${v === null ? ' missing' : ''}`;
    return `<div class="${cls}" data-figure="${key}"><dt>${label}</dt><dd>${v === null ? 'not stated' : esc(v)}</dd></div>`;
  });
  return `<section id="figures"><h2>Key figures</h2><dl class="figures">${cards.join('')}</dl></section>`;
}

export function timelineHtml(data: PreviewData): string {
  const legend = '<div class="legend"><span><i class="sw detection"></i>Detection</span><span><i class="sw mitigation"></i>Mitigation</span><span><i class="sw resolution"></i>Resolution</span></div>';
  return `<section id="timeline"><h2>Timeline</h2>${data.timeline.length ? legend : ''}${timelineList(data.timeline)}</section>`;
}

function measureHtml(m: PreviewMeasure, tasks: PreviewTask[]): string {
  const covering = m.taskLines.map((line) => {
    const t = tasks.find((x) => x.line === line);
    return `<span class="link" data-line="${line}" tabindex="0" role="button">${esc(truncate(t?.text ?? `line ${line + 1}`, 90))}</span>`;
  });
  const covers = m.covered && covering.length
    ? `<span class="covers">Covered by: ${covering.join('; ')}</span>`
    : m.covered ? '' : '<span class="badge" role="note">No task covers this measure</span>';
  return `<li class="measure${m.covered ? ' covered' : ' uncovered'}" data-line="${m.line}" tabindex="0"><span class="text">${esc(m.text)}</span>${covers}</li>`;
}

export function measuresHtml(data: PreviewData): string {
  const body = data.measures.length
    ? `<ul class="measures">${data.measures.map((m) => measureHtml(m, data.tasks)).join('')}</ul>`
    : '<p class="empty">No corrective or preventative measures were found.</p>';
  const open = data.measures.filter((m) => !m.covered).length;
  const sub = data.measures.length ? `<p class="subtitle">${data.measures.length - open} of ${data.measures.length} covered by a task</p>` : '';
  return `<section id="measures"><h2>Measures</h2>${sub}${body}</section>`;
}

function cell(value: string | null, cls: string, missing = '—'): string {
  return value === null ? `<td class="${cls} missing">${missing}</td>` : `<td class="${cls}">${esc(value)}</td>`;
}

/** A bare URL shows its last path segment (`OPS-311`); the link and its title keep the whole URL. */
function linkText(text: string, href: string): string {
  if (text.trim() !== href) return text;
  const path = href.replace(/^https?:\/\/[^/]+/i, '').replace(/[?#].*$/, '').split('/').filter(Boolean);
  const last = path[path.length - 1];
  return last ? decodeSafe(last) : href.replace(/^https?:\/\//i, '');
}

function decodeSafe(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}

function trackingCell(t: PreviewTask['tracking']): string {
  if (!t) return '<td class="tracking missing">—</td>';
  const href = safeHref(t.href);
  return href
    ? `<td class="tracking"><a href="${esc(href)}" title="${esc(href)}">${esc(linkText(t.text, href))}</a></td>`
    : `<td class="tracking">${esc(t.text)}</td>`;
}

/** Optional columns are shown only when some task fills them; owner and due always (a gap there matters). */
const OPTIONAL: { key: 'priority' | 'tracking'; head: string }[] = [{ key: 'priority', head: 'Priority' }, { key: 'tracking', head: 'Tracking' }];

function taskRow(t: PreviewTask, version: number, optional: readonly ('priority' | 'tracking')[]): string {
  const check = t.checkbox
    ? `<input type="checkbox" data-line="${t.line}" data-version="${version}" aria-label="Done"${t.status === 'done' ? ' checked' : ''}>`
    : t.status ? `<span class="status ${t.status}">${t.status}</span>` : '';
  const extra = optional.map((k) => (k === 'priority' ? cell(t.priority, 'prio') : trackingCell(t.tracking))).join('');
  return `<tr class="task${t.status === 'done' ? ' done' : ''}" data-line="${t.line}" tabindex="0">`
    + `<td class="check">${check}</td><td class="task-text">${esc(t.text)}</td>`
    + `${cell(t.owner, 'owner', 'no owner')}${cell(t.due, 'due')}${extra}</tr>`;
}

/**
 * The action items, first in the preview (the panel is named after them): open tasks (and
 * tasks of unknown status) first in document order, done ones after them.
 */
export function tasksHtml(data: PreviewData): string {
  if (data.tasks.length === 0) return '<section id="tasks"><h2>Action items</h2><p class="empty">No action items were found.</p></section>';
  const done = data.tasks.filter((t) => t.status === 'done');
  const open = data.tasks.filter((t) => t.status !== 'done');
  const optional = OPTIONAL.filter(({ key }) => data.tasks.some((t) => t[key] !== null));
  const head = `<thead><tr><th></th><th>Task</th><th>Owner</th><th>Due</th>${optional.map((o) => `<th>${o.head}</th>`).join('')}</tr></thead>`;
  const keys = optional.map((o) => o.key);
  return `<section id="tasks"><h2>Action items</h2><p class="subtitle">${open.length} open, ${done.length} done</p>`
    + `<table class="tasks">${head}<tbody>${[...open, ...done].map((t) => taskRow(t, data.version, keys)).join('')}</tbody></table></section>`;
}
