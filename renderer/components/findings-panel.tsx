import type { ReactElement } from 'react';
import { FINDING_KINDS } from '../../shared/proofing/types';
import type { PlacedFinding } from '../proofing/proof-targets';

/** Props of the Findings panel. */
export interface FindingsPanelProps {
  readonly findings: ReadonlyArray<PlacedFinding>;
  readonly status: string;
  readonly onJump: (placed: PlacedFinding) => void;
}

const TITLES: Record<string, string> = {
  spelling: 'Spelling',
  name: 'Names and places',
  consistency: 'Consistency',
  repeat: 'Repeated words',
  article: 'Articles',
  style: 'House style',
  punctuation: 'Punctuation',
  boilerplate: 'Scraped boilerplate',
  hint: 'Unknown names (not counted)',
};

function where(placed: PlacedFinding): string {
  if (placed.target.kind === 'field') return `in the ${placed.target.field}`;
  if (placed.target.kind === 'caption') return 'in a caption';
  return `in paragraph ${placed.target.path.map((n) => n + 1).join('.')}`;
}

/** Every finding, grouped by kind with counts; each one jumps to its place. */
export function FindingsPanel({ findings, status, onJump }: FindingsPanelProps): ReactElement {
  const kinds = [...FINDING_KINDS, 'hint' as const];
  // The same number as the toolbar's "Findings (N)": unknown names are hints, listed apart.
  const counted = findings.filter((f) => f.finding.kind !== 'hint').length;
  return (
    <section className="findings-panel" aria-label="Findings">
      <h2>Findings ({counted})</h2>
      {status ? <p role="status">{status}</p> : null}
      {counted === 0 && !status ? <p>No findings. The copy is clean.</p> : null}
      {kinds.map((kind) => {
        const items = findings.filter((f) => f.finding.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind} className="findings-group">
            <h3>
              {TITLES[kind]} ({items.length})
            </h3>
            <ul aria-label={TITLES[kind]}>
              {items.map((placed) => (
                <li key={placed.id}>
                  <button type="button" onClick={() => onJump(placed)}>
                    <strong>
                      {placed.finding.text.trim() === '' ? '(spaces)' : placed.finding.text}
                    </strong>{' '}
                    {where(placed)}: {placed.finding.message}
                    {placed.finding.kind === 'boilerplate'
                      ? ' → delete the line'
                      : placed.finding.suggestions[0] !== undefined &&
                          placed.finding.suggestions[0].trim() !== ''
                        ? ` → ${placed.finding.suggestions[0]}`
                        : ''}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
