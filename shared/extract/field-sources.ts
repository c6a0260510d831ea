/**
 * Reports where each metadata field of an article came from into an {@link ExtractionTrace}
 * (`syndicate extract --explain`), for {@link recordingTrace}: the Lambdas, which trace nothing,
 * do not bundle it.
 */

import type { SectionChoice } from './metadata.ts';
import { type PageDates, updateAfter } from './page-dates.ts';
import type { PageZone } from './page-zone.ts';
import type { AuthorChoice } from './read-authors.ts';
import type { TagSources } from './tags.ts';
import type { TitleChoice } from './title.ts';
import type { ExtractionTrace, FieldSource } from './trace.ts';

/** What the extractor chose for each metadata field, with its sources. */
export interface ChosenFields {
  readonly url: string;
  /** Where the page's address was read: its canonical link, `og:url`, …, the url option. */
  readonly urlSource: string;
  readonly title: TitleChoice;
  /** The on-page standfirst, when it was taken. */
  readonly lead: { readonly text: string; readonly source?: string } | null;
  /** The description taken as lead when the page shows no standfirst. */
  readonly description: { readonly text: string; readonly source: string } | null;
  readonly bylineAuthors: readonly string[];
  /** Where the page printed them: its closing byline, or a bold or "Posted by" byline opening the body. */
  readonly bylineSource: string;
  readonly declaredAuthors: AuthorChoice;
  readonly dates: PageDates;
  readonly zone: PageZone;
  readonly language: { readonly chosen: string; readonly declared: string | null };
  readonly section: SectionChoice;
  readonly tags: { readonly chosen: readonly string[]; readonly sources: TagSources };
  /** The picture the page declares for sharing, as taken (a site's default one is none). */
  readonly image: { readonly url: string; readonly source: string } | null;
}

function withOptional(
  base: Pick<FieldSource, 'field' | 'source'>,
  raw: string | undefined,
  note: string | undefined,
): FieldSource {
  return {
    ...base,
    ...(raw === undefined ? {} : { raw }),
    ...(note === undefined ? {} : { note }),
  };
}

/**
 * Reports every metadata field's source.
 *
 * @param trace - the trace to report into
 * @param chosen - the chosen values and their sources
 */
export function reportFieldSources(trace: ExtractionTrace, chosen: ChosenFields): void {
  trace.field({
    field: 'url',
    source: chosen.urlSource,
    raw: chosen.url,
  });
  trace.field(
    withOptional(
      { field: 'title', source: chosen.title.source },
      chosen.title.raw,
      chosen.title.note,
    ),
  );
  if (chosen.lead !== null) {
    trace.field({
      field: 'lead',
      source: chosen.lead.source ?? 'standfirst element',
      raw: chosen.lead.text,
    });
  } else if (chosen.description !== null) {
    trace.field({
      field: 'lead',
      source: chosen.description.source,
      note: 'the page shows no standfirst; its description is not an excerpt of the body',
    });
  } else {
    trace.field({
      field: 'lead',
      source: 'none',
      note: 'no standfirst, and no description that is not an excerpt',
    });
  }
  const declared = chosen.declaredAuthors;
  if (chosen.bylineAuthors.length > 0) {
    trace.field(
      withOptional(
        { field: 'authors', source: chosen.bylineSource },
        chosen.bylineAuthors.join(', '),
        declared.names.length > 0
          ? `preferred to ${declared.source} (${declared.names.join(', ')})`
          : undefined,
      ),
    );
  } else {
    trace.field(
      withOptional(
        { field: 'authors', source: declared.names.length > 0 ? declared.source : 'none' },
        declared.raw,
        declared.names.length > 0 ? undefined : 'the page names no person as author',
      ),
    );
  }
  const zoneNote = `times without an offset read in ${chosen.zone.zone} (${chosen.zone.source})`;
  const { published } = chosen.dates;
  const modified = updateAfter(chosen.dates);
  const publishedFrom = published ?? modified;
  trace.field(
    withOptional(
      {
        field: 'publishedAt',
        source:
          publishedFrom === null
            ? 'none'
            : published === null
              ? `${publishedFrom.source} (the only date: an update)`
              : publishedFrom.source,
      },
      publishedFrom?.raw,
      zoneNote,
    ),
  );
  trace.field(
    withOptional(
      { field: 'modifiedAt', source: modified?.source ?? 'none' },
      modified?.raw,
      undefined,
    ),
  );
  trace.field(
    withOptional(
      {
        field: 'language',
        source:
          chosen.language.declared === null ? 'detected from the text' : 'declared by the page',
      },
      chosen.language.declared ?? undefined,
      chosen.language.declared !== null && chosen.language.declared !== chosen.language.chosen
        ? `declared ${chosen.language.declared}, the text says ${chosen.language.chosen}`
        : undefined,
    ),
  );
  trace.field({
    field: 'section',
    source: chosen.section.source,
    ...(chosen.section.name === null ? {} : { raw: chosen.section.name }),
  });
  const { sources } = chosen.tags;
  trace.field({
    field: 'tags',
    source:
      chosen.tags.chosen.length === 0
        ? 'none'
        : sources.declared.length > 0
          ? (sources.source ?? 'declared tags')
          : 'keywords meta (its words occur in the article)',
  });
  trace.field(
    chosen.image === null
      ? { field: 'image', source: 'none' }
      : { field: 'image', source: chosen.image.source, raw: chosen.image.url },
  );
}
