import { useState } from 'react';
import type { ReactElement } from 'react';
import { FieldUnderlay } from './field-underlay';
import type { FieldMark } from './field-underlay';
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
  /** The checker's findings in the headline, dek and byline, underlined in place. */
  readonly marks?: Partial<Record<'headline' | 'dek' | 'byline', ReadonlyArray<FieldMark>>>;
}

export function TextField({
  label,
  value,
  onChange,
  multiline = false,
  hint,
  marks = [],
}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly multiline?: boolean;
  readonly hint?: string;
  readonly marks?: ReadonlyArray<FieldMark>;
}): ReactElement {
  const id = `field-${label.toLowerCase().replace(/\s+/g, '-')}`;
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const onScroll = (event: { currentTarget: HTMLElement }): void =>
    setScroll({ left: event.currentTarget.scrollLeft, top: event.currentTarget.scrollTop });
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="field-input-wrap">
        {multiline ? (
          <textarea
            id={id}
            value={value}
            rows={2}
            onScroll={onScroll}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <input
            id={id}
            type="text"
            value={value}
            onScroll={onScroll}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={hint ? `${id}-hint` : undefined}
          />
        )}
        <FieldUnderlay value={value} marks={marks} multiline={multiline} scroll={scroll} />
      </div>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

/** The headline, at the top of the page above the text (the slug follows it until edited). */
export function HeadlineField({ story, onChange, marks = {} }: MetadataFieldsProps): ReactElement {
  const slugFollowsHeadline = story.slug === '' || story.slug === slugify(story.headline);
  return (
    <div className="headline-field">
      <TextField
        label="Headline"
        value={story.headline}
        {...(marks.headline ? { marks: marks.headline } : {})}
        hint={`${story.headline.length} characters`}
        onChange={(headline) =>
          onChange(slugFollowsHeadline ? { headline, slug: slugify(headline) } : { headline })
        }
      />
    </div>
  );
}

/** The story's details beside the text: dek, byline, dateline, slug, section, tags, status, budget. */
export function MetadataFields({ story, onChange, marks = {} }: MetadataFieldsProps): ReactElement {
  return (
    <section aria-label="Story details" className="metadata">
      <TextField
        label="Dek"
        value={story.dek}
        {...(marks.dek ? { marks: marks.dek } : {})}
        multiline
        hint={`${story.dek.length} characters`}
        onChange={(dek) => onChange({ dek })}
      />
      <div className="field-row">
        <TextField
          label="Byline"
          value={story.byline}
          {...(marks.byline ? { marks: marks.byline } : {})}
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
