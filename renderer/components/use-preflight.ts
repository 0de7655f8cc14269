import { useMemo } from 'react';
import { budgetState } from '../../shared/counts';
import type { Story } from '../../shared/story';
import type { PlacedFinding } from '../proofing/proof-targets';
import type { PreflightItem } from './publish-dialog';

function focus(id: string): () => void {
  return () => setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** What stands between this story and publishing: missing fields, open findings, length. */
export function usePreflight(
  story: Story,
  words: number,
  findings: ReadonlyArray<PlacedFinding>,
  openFindings: () => void,
  review: {
    readonly suggestions: number;
    readonly openComments: number;
    readonly open: (panel: 'suggestions' | 'comments') => void;
  },
): PreflightItem[] {
  const { suggestions, openComments, open: openPanel } = review;
  return useMemo(() => {
    const items: PreflightItem[] = [];
    if (story.headline.trim() === '')
      items.push({
        id: 'headline',
        text: 'The story has no headline.',
        fix: focus('field-headline'),
      });
    if (story.byline.trim() === '')
      items.push({ id: 'byline', text: 'The story has no byline.', fix: focus('field-byline') });
    const open = findings.filter(
      (f) => f.finding.kind === 'spelling' || f.finding.kind === 'name',
    ).length;
    if (open > 0)
      items.push({
        id: 'findings',
        text: `${open} spelling or name ${open === 1 ? 'finding is' : 'findings are'} still open.`,
        fix: openFindings,
      });
    if (suggestions > 0)
      items.push({
        id: 'suggestions',
        text: `${suggestions} ${suggestions === 1 ? 'suggestion is' : 'suggestions are'} still open: the post will read as if all were accepted.`,
        fix: () => openPanel('suggestions'),
      });
    if (openComments > 0)
      items.push({
        id: 'comments',
        text: `${openComments} ${openComments === 1 ? 'comment is' : 'comments are'} not resolved.`,
        fix: () => openPanel('comments'),
      });
    const budget = budgetState(words, story.wordBudget);
    if (budget.kind === 'over')
      items.push({
        id: 'budget',
        text: `The story is ${budget.by} words over its budget of ${story.wordBudget}.`,
        fix: focus('field-budget'),
      });
    return items;
  }, [
    story.headline,
    story.byline,
    story.wordBudget,
    words,
    findings,
    openFindings,
    suggestions,
    openComments,
    openPanel,
  ]);
}
