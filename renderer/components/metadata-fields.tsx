import type { ReactElement } from 'react';
import { slugify } from '../../shared/slug';
import { STORY_STATUSES } from '../../shared/story';
import type { Story, StoryStatus } from '../../shared/story';
import { TagField } from './tag-field';

/** Sections offered in the picker; any other name can be typed. */
const SECTIONS = [
  'Metro',
  'Politics',
  'Business',
  'Sports',
  'Arts',
  'Opinion',
  'Education',
  'Health',
  'Science',
  'World',
  'Nation',
  'Obituaries',
];

/** Tags offered in the picker; any other tag can be typed. */
const TAG_SUGGESTIONS = [
  'breaking',
  'transportation',
  'housing',
  'courts',
  'elections',
  'city council',
  'schools',
  'police',
  'weather',
  'economy',
  'environment',
  'public health',
];

/** Props of the metadata panel. */
export interface MetadataFieldsProps {
  readonly story: Story;
  readonly onChange: (patch: Partial<Story>) => void;
}

function TextField({
  label,
  value,
  onChange,
  multiline = false,
  hint,
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly hint?: string;
}): ReactElement {
  const id = `field-${label.toLowerCase().replace(/\s+/g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={2}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The story's metadata: headline, dek, byline, dateline, slug, section, tags, status, budget.
 *
 * The slug follows the headline until someone edits the slug by hand.
 */
export function MetadataFields({ story, onChange }: MetadataFieldsProps): ReactElement {
  const slugFollowsHeadline = story.slug === '' || story.slug === slugify(story.headline);
  return (
    <section aria-label="Story details" className="metadata">
      <TextField
        label="Headline"
        value={story.headline}
        hint={`${story.headline.length} characters`}
        onChange={(headline) =>
          onChange(slugFollowsHeadline ? { headline, slug: slugify(headline) } : { headline })
        }
      />
      <TextField
        label="Dek"
        value={story.dek}
        multiline
        hint={`${story.dek.length} characters`}
        onChange={(dek) => onChange({ dek })}
      />
      <div className="field-row">
        <TextField
          label="Byline"
          value={story.byline}
          onChange={(byline) => onChange({ byline })}
        />
        <TextField
          label="Dateline"
          value={story.dateline}
          onChange={(dateline) => onChange({ dateline })}
        />
      </div>
      <div className="field-row">
        <TextField label="Slug" value={story.slug} onChange={(slug) => onChange({ slug })} />
        <div className="field">
          <label htmlFor="field-section">Section</label>
          <input
            id="field-section"
            type="text"
            list="section-suggestions"
            value={story.section}
            onChange={(event) => onChange({ section: event.target.value })}
          />
          <datalist id="section-suggestions">
            {SECTIONS.map((section) => (
              <option key={section} value={section} />
            ))}
          </datalist>
        </div>
        <TagField
          tags={story.tags}
          suggestions={TAG_SUGGESTIONS}
          onChange={(tags) => onChange({ tags })}
        />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="field-status">Status</label>
          <select
            id="field-status"
            value={story.status}
            onChange={(event) => onChange({ status: event.target.value as StoryStatus })}
          >
            {STORY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="field-budget">Word budget</label>
          <input
            id="field-budget"
            type="number"
            min={0}
            step={50}
            value={story.wordBudget === 0 ? '' : story.wordBudget}
            onChange={(event) =>
              onChange({ wordBudget: Math.max(0, Math.floor(Number(event.target.value) || 0)) })
            }
          />
        </div>
      </div>
    </section>
  );
}
